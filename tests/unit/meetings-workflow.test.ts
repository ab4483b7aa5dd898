// The meeting workflow table and the minutes markup: illegal transitions are refused, drafts are never public, and
// nothing typed into the minutes editor reaches the page as HTML.
import { describe, expect, it } from "vitest";
import { MEETING_STATUSES, type MeetingStatus } from "@/lib/domain/vocabulary";
import { htmlToMarkup, htmlToText, markupToHtml } from "@/lib/meetings/markup";
import {
  canCorrectMinutes,
  canEditAgenda,
  canEditMinutesDraft,
  canRecordDecision,
  canTransition,
  isAgendaPublic,
  MEETING_TRANSITIONS,
} from "@/lib/meetings/policy";
import { osloInstant } from "@/lib/i18n/oslo";
import { decisionSchema, uploadDocumentSchema } from "@/lib/meetings/schema";

const open = (status: MeetingStatus) => ({ status, cancelled: false });

describe("meeting transitions", () => {
  it("allows exactly the forward steps PLANNED → NOTICE_SENT → HELD → MINUTES_APPROVED → MINUTES_PUBLISHED", () => {
    const allowed = MEETING_STATUSES.flatMap((from) => MEETING_STATUSES.filter((to) => canTransition(open(from), to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(["PLANNED→NOTICE_SENT", "NOTICE_SENT→HELD", "HELD→MINUTES_APPROVED", "MINUTES_APPROVED→MINUTES_PUBLISHED"]);
  });

  it("refuses skipping a step, going back, and publishing unapproved minutes", () => {
    expect(canTransition(open("PLANNED"), "MINUTES_PUBLISHED")).toBe(false);
    expect(canTransition(open("NOTICE_SENT"), "MINUTES_APPROVED")).toBe(false);
    expect(canTransition(open("HELD"), "MINUTES_PUBLISHED")).toBe(false);
    expect(canTransition(open("MINUTES_PUBLISHED"), "PLANNED")).toBe(false);
    expect(canTransition(open("MINUTES_APPROVED"), "HELD")).toBe(false);
  });

  it("moves a cancelled meeting nowhere", () => {
    for (const from of MEETING_STATUSES) for (const to of MEETING_TRANSITIONS[from]) expect(canTransition({ status: from, cancelled: true }, to)).toBe(false);
  });

  it("opens the agenda, decisions and the minutes at the right steps", () => {
    expect(MEETING_STATUSES.filter((s) => canEditAgenda(open(s)))).toEqual(["PLANNED", "NOTICE_SENT"]);
    expect(MEETING_STATUSES.filter((s) => canRecordDecision(open(s)))).toEqual(["NOTICE_SENT", "HELD"]);
    expect(MEETING_STATUSES.filter((s) => canEditMinutesDraft(open(s)))).toEqual(["NOTICE_SENT", "HELD"]);
    expect(MEETING_STATUSES.filter((s) => canCorrectMinutes(open(s)))).toEqual(["MINUTES_PUBLISHED"]);
    expect(MEETING_STATUSES.filter((s) => !isAgendaPublic(s))).toEqual(["PLANNED"]);
  });
});

describe("minutes markup", () => {
  it("turns headings, lists, emphasis and paragraphs into HTML and back", () => {
    const source = "## Sak 1\n\nSSU slutta seg til **framlegget**.\nNeste linje.\n\n- punkt ein\n- punkt *to*";
    const html = markupToHtml(source);
    expect(html).toBe("<h2>Sak 1</h2>\n<p>SSU slutta seg til <strong>framlegget</strong>.<br>Neste linje.</p>\n<ul><li>punkt ein</li><li>punkt <em>to</em></li></ul>");
    expect(htmlToMarkup(html)).toBe(source);
    expect(htmlToText(html)).toContain("SSU slutta seg til framlegget.");
  });

  it("escapes any HTML typed into the editor", () => {
    const html = markupToHtml(`<script>alert(1)</script>\n\n<img src=x onerror="alert(1)"> & <a href="javascript:x">lenkje</a>`);
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("meeting forms", () => {
  it("demands a legal basis or a publish date for a restricted document", () => {
    const base = { meetingId: "m", kind: "CASE_PAPER", title: "Saksframlegg", visibility: "BODY_MEMBERS" };
    const refused = uploadDocumentSchema.safeParse(base);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ["legalBasis"], message: "legalBasisRequired" });
    expect(uploadDocumentSchema.safeParse({ ...base, legalBasis: "Offl. § 14" }).success).toBe(true);
    expect(uploadDocumentSchema.safeParse({ ...base, publicFrom: "2026-12-01" }).success).toBe(true);
  });

  it("demands a note for a disagreement and refuses forwarding a consensus", () => {
    const base = { meetingId: "m", agendaItemId: "a", version: "0", text: "Vedtak" };
    expect(decisionSchema.safeParse({ ...base, kind: "DISAGREEMENT" }).error?.issues[0]?.message).toBe("disagreementNoteRequired");
    expect(decisionSchema.safeParse({ ...base, kind: "CONSENSUS", forwardToSsu: "on" }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...base, kind: "DISAGREEMENT", disagreementNote: "Ueinige om finansiering", forwardToSsu: "on" }).success).toBe(true);
  });

  it("reads meeting times as Norwegian wall-clock time, summer and winter", () => {
    expect(osloInstant("2026-06-10", "10:00").toISOString()).toBe("2026-06-10T08:00:00.000Z");
    expect(osloInstant("2026-12-10", "10:00").toISOString()).toBe("2026-12-10T09:00:00.000Z");
  });
});
