// Issue 15's pure rules: the time guards (nothing presuming the meeting before its start, no move to the past), the
// desk following the same rule, the phases of the admin page, what another person changed on a saksliste, and the
// refusal naming the date in Oslo time.
import { describe, expect, it } from "vitest";
import { agendaChanges, parseSeen } from "@/lib/meetings/agenda-diff";
import { defaultPhase, parsePhase, phaseStatus, PHASES } from "@/lib/meetings/phases";
import { AFTER_START_STEPS, canRecordDecisionFromDesk, refusedBeforeStart, refusedStart, type MeetingState } from "@/lib/meetings/policy";
import { refusalText } from "@/lib/meetings/refusal-text";
import { osloInstant } from "@/lib/meetings/schema";

const start = osloInstant("2026-03-12", "10:00");
const open = (status: MeetingState["status"]): MeetingState => ({ status, cancelled: false });

describe("time guards", () => {
  it("refuses every step that presumes the meeting until its start, and allows it from the start on", () => {
    for (const step of AFTER_START_STEPS) {
      expect(refusedBeforeStart(step, start, new Date(start.getTime() - 1))).toEqual({ code: "BEFORE_START", step, startsAt: start });
      expect(refusedBeforeStart(step, start, start)).toBeNull();
    }
  });

  it("lets the desk record a decision only under the same rule", () => {
    expect(canRecordDecisionFromDesk(open("PLANNED"), start, new Date(start.getTime() - 1))).toBe(false);
    expect(canRecordDecisionFromDesk(open("PLANNED"), start, start)).toBe(true);
    expect(canRecordDecisionFromDesk(open("MINUTES_APPROVED"), start, start)).toBe(false);
    expect(canRecordDecisionFromDesk({ status: "NOTICE_SENT", cancelled: true }, start, start)).toBe(false);
  });

  it("never moves a meeting into the past; a new one only after the fact when told so; an unchanged start is no move", () => {
    const now = osloInstant("2026-03-13", "09:00");
    expect(refusedStart({ startsAt: start, previous: osloInstant("2026-04-01", "10:00") }, now)).toBe("IN_THE_PAST");
    expect(refusedStart({ startsAt: start, previous: start }, now)).toBeNull();
    expect(refusedStart({ startsAt: start }, now)).toBe("IN_THE_PAST");
    expect(refusedStart({ startsAt: start, afterTheFact: true }, now)).toBeNull();
    expect(refusedStart({ startsAt: start, previous: osloInstant("2026-04-01", "10:00"), afterTheFact: true }, now)).toBe("IN_THE_PAST");
    expect(refusedStart({ startsAt: osloInstant("2026-03-14", "10:00") }, now)).toBeNull();
  });

  it("names the start in Oslo time in the refusal, in both languages (summer and winter time)", () => {
    expect(refusalText("nn", "BEFORE_START", { step: "approveMinutes", startsAt: start })?.message).toBe(
      "Møtet startar 12. mars 2026 kl. 10.00; referatet kan ikkje godkjennast før det.",
    );
    expect(refusalText("nb", "BEFORE_START", { step: "decision", startsAt: osloInstant("2026-06-04", "10:00") })?.message).toBe(
      "Møtet starter 4. juni 2026 kl. 10.00; vedtak kan ikke registreres før det.",
    );
    expect(refusalText("nn", "CONFLICT", undefined)).toBeNull();
  });
});

describe("phases of the admin meeting page", () => {
  it("opens where the work is and marks each phase's status", () => {
    expect(PHASES).toEqual(["forebu", "innkall", "mote", "referat"]);
    expect(defaultPhase(open("PLANNED"))).toBe("forebu");
    expect(defaultPhase(open("NOTICE_SENT"))).toBe("mote");
    expect(defaultPhase(open("HELD"))).toBe("referat");
    expect(defaultPhase(open("MINUTES_PUBLISHED"))).toBe("referat");
    expect(PHASES.map((p) => phaseStatus(p, open("PLANNED")))).toEqual(["current", "current", "upcoming", "upcoming"]);
    expect(PHASES.map((p) => phaseStatus(p, open("NOTICE_SENT")))).toEqual(["done", "done", "current", "upcoming"]);
    expect(PHASES.map((p) => phaseStatus(p, open("MINUTES_PUBLISHED")))).toEqual(["done", "done", "done", "done"]);
    expect(PHASES.map((p) => phaseStatus(p, { status: "PLANNED", cancelled: true }))).toEqual(["closed", "closed", "closed", "closed"]);
    expect(parsePhase("referat")).toBe("referat");
    expect(parsePhase("../x")).toBeNull();
  });
});

describe("what another person changed on the saksliste", () => {
  it("lists added, moved and removed lines", () => {
    const seen: [string, string][] = [
      ["a", "Godkjenning"],
      ["b", "Orienteringar"],
      ["c", "Eventuelt"],
    ];
    expect(
      agendaChanges(seen, [
        ["a", "Godkjenning"],
        ["c", "Eventuelt"],
        ["d", "SSU 4/2026 Ny sak"],
      ]),
    ).toEqual([{ what: "added", label: "SSU 4/2026 Ny sak" }, { what: "removed", label: "Orienteringar" }]);
    expect(agendaChanges(seen, [seen[1]!, seen[0]!, seen[2]!])).toEqual([
      { what: "moved", label: "Orienteringar" },
      { what: "moved", label: "Godkjenning" },
    ]);
    expect(agendaChanges(seen, seen)).toEqual([]);
    expect(parseSeen("not json")).toBeNull();
    expect(parseSeen('[["a","A"],[1,2]]')).toEqual([["a", "A"]]);
  });
});
