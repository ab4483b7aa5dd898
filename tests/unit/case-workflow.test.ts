// The case workflow table: every allowed move is allowed for exactly the actors listed, and a set of moves a user
// could try (a decided case withdrawn, a withdrawn case scheduled, a submitter scheduling) is refused.
import { describe, expect, it } from "vitest";
import { canWithdraw, checkTransition, nextStatuses, TRANSITIONS, type CaseActor } from "@/lib/cases/workflow";
import { CASE_STATUSES, type CaseStatus } from "@/lib/domain/vocabulary";

const ACTORS: CaseActor[] = ["triage", "submitter"];

describe("every allowed transition", () => {
  for (const from of CASE_STATUSES) {
    for (const [to, actors] of Object.entries(TRANSITIONS[from]) as [CaseStatus, readonly CaseActor[]][]) {
      for (const actor of ACTORS) {
        const allowed = actors.includes(actor);
        it(`${from} → ${to} is ${allowed ? "allowed" : "refused"} for ${actor}`, () => {
          expect(checkTransition(from, to, actor)).toEqual(allowed ? { ok: true } : { ok: false, error: "ILLEGAL_TRANSITION" });
        });
      }
    }
  }
});

describe("illegal transitions", () => {
  const illegal: [CaseStatus, CaseStatus, CaseActor][] = [
    ["DECIDED", "WITHDRAWN", "submitter"],
    ["DECIDED", "WITHDRAWN", "triage"],
    ["DECIDED", "RECEIVED", "triage"],
    ["WITHDRAWN", "SCHEDULED", "triage"],
    ["WITHDRAWN", "ASSESSING", "triage"],
    ["REJECTED", "ASSESSING", "triage"],
    ["REJECTED", "WITHDRAWN", "submitter"],
    ["RECEIVED", "DECIDED", "triage"],
    ["ASSESSING", "DECIDED", "triage"],
    ["RECEIVED", "SCHEDULED", "submitter"],
    ["ASSESSING", "REJECTED", "submitter"],
    ["SCHEDULED", "RECEIVED", "triage"],
    ["SCHEDULED", "REJECTED", "triage"],
    ["DISAGREEMENT", "WITHDRAWN", "submitter"],
    ["RECEIVED", "RECEIVED", "triage"],
  ];
  for (const [from, to, actor] of illegal) {
    it(`${from} → ${to} by ${actor} is refused`, () => {
      expect(checkTransition(from, to, actor)).toEqual({ ok: false, error: "ILLEGAL_TRANSITION" });
    });
  }

  it("refuses every move out of a rejected or withdrawn case", () => {
    for (const from of ["REJECTED", "WITHDRAWN"] as const) {
      for (const to of CASE_STATUSES) for (const actor of ACTORS) expect(checkTransition(from, to, actor).ok).toBe(false);
    }
  });
});

describe("what the screens offer", () => {
  it("lets the submitter only withdraw, and only while the case is undecided", () => {
    for (const from of CASE_STATUSES) {
      const moves = nextStatuses(from, "submitter");
      expect(moves.every((s) => s === "WITHDRAWN")).toBe(true);
      expect(canWithdraw(from)).toBe(["RECEIVED", "ASSESSING", "SCHEDULED", "FORWARDED"].includes(from));
    }
  });

  it("sends a new case to assessment, scheduling, forwarding or rejection", () => {
    expect(nextStatuses("RECEIVED", "triage").sort()).toEqual(["ASSESSING", "FORWARDED", "REJECTED", "SCHEDULED", "WITHDRAWN"]);
    expect(nextStatuses("SCHEDULED", "triage").sort()).toEqual(["DECIDED", "DISAGREEMENT", "FORWARDED", "WITHDRAWN"]);
  });
});
