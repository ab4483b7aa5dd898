// Issue 14: the role menu and home sections (lib/workspace/policy.ts), and the one document-access decision shared by
// downloads and listings (lib/documents/access.ts, policy.ts, view.ts): the submitting party reads its attachments,
// drafts stay with the secretariat, and the anonymous cache never holds a restricted title.
import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { toAccessFacts, type DocumentAccessRow } from "@/lib/documents/access";
import { canReadDocument } from "@/lib/documents/policy";
import { documentView, redactForPublicCache, type DocumentFacts } from "@/lib/documents/view";
import { homeSections, roleNav } from "@/lib/workspace/policy";

const viewer = (over: Partial<Viewer>): Viewer => ({ userId: "u1", roles: [], memberBodyIds: [], partyId: null, ...over });
const anonymous = viewer({ userId: null });
const member = viewer({ memberBodyIds: ["ssu"] });
const partner = viewer({ roles: ["PARTNER_CONTACT"], partyId: "askoy" });
const otherPartner = viewer({ roles: ["PARTNER_CONTACT"], partyId: "bergen" });
const secretariat = viewer({ roles: ["SECRETARIAT"] });
const admin = viewer({ roles: ["ADMIN"] });
const NOW = new Date("2026-12-03T09:00:00Z");

describe("roleNav", () => {
  const facts = { deviations: { areaCommittees: [{ bodyId: "ou-bergen", areaId: "bergen" }], strategicCommitteeIds: ["ssu"] } };
  const keys = (v: Viewer) => roleNav(v, facts).map((i) => i.key);
  const paths = (v: Viewer) => roleNav(v, facts).map((i) => i.path);
  it("shows each role only the pages it may open", () => {
    expect(keys(anonymous)).toEqual([]);
    // Members and deputies reach the meetings they are called to (forfall, deputy call-up; S6, issue 16).
    expect(paths(member)).toEqual(["/mitt-saman", "/mine-mote", "/avvik"]);
    // A member of a body that gives no deviation overview (a working group) gets no deviation link.
    expect(paths(viewer({ memberBodyIds: ["arbeidsgruppe"] }))).toEqual(["/mitt-saman", "/mine-mote"]);
    expect(keys(viewer({ memberBodyIds: ["ssu"], prioritisingBodyIds: ["ssu"] }))).toEqual(["home", "myMeetings", "desk", "deviations"]);
    // A partner contact registers deviations (the overview is not theirs).
    expect(paths(partner)).toEqual(["/mitt-saman", "/mine-saker", "/meld-inn-sak", "/avvik/registrer"]);
    expect(keys(secretariat)).toEqual(["home", "desk", "deviations", "membership", "admin"]);
    expect(keys(admin)).toEqual(["home", "desk", "deviations", "membership", "admin"]);
  });
});

describe("homeSections", () => {
  it("gives members their meetings, partners their cases, the secretariat its tasks", () => {
    expect(homeSections(member, { hasPerson: true })).toEqual(["seats", "myMeetings", "meetings", "minutes", "measures", "fees", "calendar"]);
    expect(homeSections(partner, { hasPerson: false })).toEqual(["partnerCases", "calendar"]);
    // The secretariat is told of seats that forfall left without anyone (S6).
    expect(homeSections(secretariat, { hasPerson: false })).toEqual(["tasks", "uncoveredSeats", "calendar"]);
    expect(homeSections(anonymous, { hasPerson: false })).toEqual([]);
  });
});

const caseRow = (over: Partial<DocumentAccessRow> = {}): DocumentAccessRow => ({
  kind: "ATTACHMENT",
  visibility: "BODY_MEMBERS",
  bodyId: "ou-bergen",
  publicFrom: null,
  meeting: null,
  case: { targetBodyId: "ou-bergen", currentBodyId: "ssu", submitterPartyId: "askoy", route: [{ fromBodyId: "ou-bergen", toBodyId: "ssu" }] },
  ...over,
});

describe("document access facts (download and link alike)", () => {
  it("lets the submitting party, the bodies on the route and the secretariat read a case's attachment – no one else", () => {
    const facts = toAccessFacts(caseRow());
    expect(canReadDocument(partner, facts, NOW)).toBe(true);
    expect(canReadDocument(member, facts, NOW)).toBe(true); // SSU is on the route
    expect(canReadDocument(secretariat, facts, NOW)).toBe(true);
    expect(canReadDocument(otherPartner, facts, NOW)).toBe(false);
    expect(canReadDocument(anonymous, facts, NOW)).toBe(false);
    // A member of the party's municipality without the partner role does not get it through the party.
    expect(canReadDocument(viewer({ partyId: "askoy" }), facts, NOW)).toBe(false);
  });

  it("keeps the papers of a meeting whose notice has not gone out with the secretariat", () => {
    const facts = toAccessFacts(caseRow({ kind: "CASE_PAPER", bodyId: "ssu", case: null, meeting: { status: "PLANNED" }, visibility: "PUBLIC" }));
    expect(canReadDocument(member, facts, NOW)).toBe(false);
    expect(canReadDocument(anonymous, facts, NOW)).toBe(false);
    expect(canReadDocument(secretariat, facts, NOW)).toBe(true);
  });
});

describe("documentView and the anonymous cache", () => {
  const doc: DocumentFacts = {
    id: "d1",
    kind: "CASE_PAPER",
    title: "Internt notat",
    titleNb: null,
    visibility: "BODY_MEMBERS",
    legalBasis: "Offentleglova § 14",
    publicFrom: null,
    bodyId: "ssu",
    agendaItemId: null,
    latest: { id: "v1", number: 1, size: 10, mimeType: "application/pdf", fileName: "notat.pdf" },
  };

  it("offers a member the paper marked with its legal basis, and the public only its kind and basis", () => {
    expect(documentView(member, doc, NOW)).toMatchObject({ readable: true, title: "Internt notat", restricted: { legalBasis: "Offentleglova § 14" } });
    const seen = documentView(anonymous, doc, NOW);
    expect(seen).toEqual({ readable: false, id: "d1", kind: "CASE_PAPER", agendaItemId: null, legalBasis: "Offentleglova § 14", publicFrom: null });
  });

  it("drops the title and file of a restricted paper from the anonymous cache, and never offers what was dropped", () => {
    const cached = redactForPublicCache(doc, NOW, 3_600_000);
    expect(JSON.stringify(cached)).not.toContain("Internt notat");
    expect(JSON.stringify(cached)).not.toContain("notat.pdf");
    expect(documentView(secretariat, cached, NOW).readable).toBe(false);
    // One turning public within the cache's lifetime keeps them, so it shows on time.
    const soon = { ...doc, publicFrom: new Date(NOW.getTime() + 600_000) };
    expect(redactForPublicCache(soon, NOW, 3_600_000).title).toBe("Internt notat");
    expect(redactForPublicCache({ ...doc, visibility: "PUBLIC" }, NOW, 3_600_000).title).toBe("Internt notat");
  });
});
