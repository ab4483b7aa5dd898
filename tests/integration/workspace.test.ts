// Issue 14 against a seeded database: the home page's reads for a member, a deputy (S6), a partner and the
// secretariat/admin; the submitting party downloads its case's attachment through the download's own access facts;
// the receipt and status e-mails say what was sent, the meeting and the link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { DEMO_USERS, EXTRA_SSU_MEETING_ID, EXTRA_SSU_PAPER_TITLE, ids, INTERNAL_LEGAL_BASIS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let workspace: typeof import("@/lib/workspace/data");
let tasks: typeof import("@/lib/workspace/tasks/data");
const NOW = new Date("2026-11-22T12:00:00Z");
const viewers = {} as Record<"member" | "deputy" | "gp" | "partner" | "secretariat" | "admin", Viewer>;

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  workspace = await import("@/lib/workspace/data");
  tasks = await import("@/lib/workspace/tasks/data");
  const auth = await import("@/lib/auth/data");
  const mutations = await import("@/lib/auth/mutations");
  for (const who of ["member", "deputy", "gp", "partner", "secretariat", "admin"] as const) {
    viewers[who] = (await auth.loadSession(await mutations.createSession(DEMO_USERS[who].id, NOW), NOW)).viewer;
  }
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** The home page's one read (issue 18 item 2) for a demo user, as its sections get it. */
async function home(who: "member" | "deputy" | "gp") {
  const personId = (await db.prisma.user.findUniqueOrThrow({ where: { id: DEMO_USERS[who].id }, select: { personId: true } })).personId;
  return workspace.readHome(DEMO_USERS[who].id, personId, viewers[who], NOW);
}

describe("the member's and deputy's home page", () => {
  it("reads in one query what the other pages read on their own: meetings called to, fee claims, calendar, seats", async () => {
    const participation = await import("@/lib/participation/data");
    const personMeetings = await import("@/lib/participation/person-meetings/data");
    const fees = await import("@/lib/fees/data");
    const { MY_MEETINGS_DAYS } = await import("@/lib/participation/policy");
    for (const who of ["member", "deputy", "gp"] as const) {
      const userId = DEMO_USERS[who].id;
      const personId = (await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { personId: true } })).personId!;
      const read = await home(who);
      const alone = await personMeetings.getPersonMeetingsWithPapers(personId, viewers[who], NOW, { to: new Date(NOW.getTime() + MY_MEETINGS_DAYS * 86_400_000) });
      expect(read.myMeetings.meetings, who).toEqual(alone.meetings);
      if (who === "member") expect(read.myMeetings.meetings.length).toBeGreaterThan(0);
      expect(read.myMeetings.papers, who).toEqual(alone.papers);
      expect(read.fees, who).toEqual(await fees.claimableMeetings(userId, NOW));
      expect(read.calendar, who).toEqual(await participation.getCalendarSubscription(userId));
      // Seats: the memberships active today, one per body the session counts the viewer a member of.
      expect(new Set(read.seats.map((s) => s.body.id)), who).toEqual(new Set(viewers[who].memberBodyIds));
    }
    // The GP sat in meetings in a fee-entitled seat (the seed): the comparison above is not of two empty lists.
    expect((await home("gp")).fees.length).toBeGreaterThan(0);
  });

  it("lists the next SSU meeting with its internal paper, readable and marked with its legal basis", async () => {
    for (const who of ["member", "deputy"] as const) {
      const { meetings } = await home(who);
      const extra = meetings.find((m) => m.id === EXTRA_SSU_MEETING_ID);
      expect(extra, who).toBeDefined();
      const paper = extra!.agenda.flatMap((a) => a.documents).find((d) => d.readable && d.title === EXTRA_SSU_PAPER_TITLE);
      expect(paper, who).toMatchObject({ readable: true, restricted: { legalBasis: INTERNAL_LEGAL_BASIS } });
      // Meetings before their notice show no agenda or papers (drafts).
      for (const m of meetings) if (m.status === "PLANNED") expect(m.agenda).toEqual([]);
    }
  });

  it("names the personal deputy of a member and the principal of a deputy (S6)", async () => {
    const memberSeats = (await home("member")).seats;
    const deputySeats = (await home("deputy")).seats;
    const ssu = ids.body("ssu");
    const own = memberSeats.find((s) => s.body.id === ssu)!;
    const standIn = deputySeats.find((s) => s.body.id === ssu)!;
    expect(standIn.role).toBe("PERSONAL_DEPUTY");
    expect(standIn.principal).not.toBeNull();
    expect(own.deputies.length).toBeGreaterThan(0);
  });
});

describe("the partner's home page and the case attachment", () => {
  it("lists the party's cases and lets the party – and nobody outside the route – download what it sent", async () => {
    const partyId = viewers.partner.partyId!;
    const ou = ids.body("omradeutval-bergen");
    const created = await db.prisma.case.create({
      data: {
        reference: "SAK-2026-9951",
        title: "Vedlegg for innsendaren",
        description: "Test av vedlegg",
        background: "Bakgrunn for testen",
        targetBodyId: ou,
        currentBodyId: ou,
        submitterPartyId: partyId,
        contactName: "Kari",
        contactEmail: "kari@askoy.example.no",
        status: "RECEIVED",
        route: { create: { fromBodyId: null, toBodyId: ou } },
        documents: {
          create: {
            kind: "ATTACHMENT",
            title: "vedlegg.pdf",
            visibility: "BODY_MEMBERS",
            legalBasis: "Offentleglova § 14",
            bodyId: ou,
            versions: { create: { number: 1, fileName: "vedlegg.pdf", mimeType: "application/pdf", size: 4, sha256: "x", file: { create: { content: new Uint8Array([1, 2, 3, 4]) } } } },
          },
        },
      },
      select: { id: true, documents: { select: { versions: { select: { id: true } } } } },
    });
    const home = await workspace.getPartnerHome(partyId);
    expect(home.cases.map((c) => c.reference)).toContain("SAK-2026-9951");

    const downloads = await import("@/lib/downloads/data");
    const access = (await downloads.getVersionAccess(created.documents[0]!.versions[0]!.id))!;
    expect(can(viewers.partner, "document.read", access.document, NOW)).toBe(true);
    expect(can(viewers.secretariat, "document.read", access.document, NOW)).toBe(true);
    expect(can(viewers.member, "document.read", access.document, NOW)).toBe(false); // SSU is not on this case's route

    // The case page offers the same: a link for the partner, kind and basis only for a member outside the route.
    const cases = await import("@/lib/cases/data");
    expect((await cases.caseAttachments(created.id, viewers.partner, NOW))[0]).toMatchObject({ readable: true, title: "vedlegg.pdf" });
    expect((await cases.caseAttachments(created.id, viewers.member, NOW))[0]).toMatchObject({ readable: false, legalBasis: "Offentleglova § 14" });
  });
});

describe("the secretariat's tasks", () => {
  it("counts each task the viewer may do; failed mails only for those who read the outbox", async () => {
    await db.prisma.outgoingEmail.create({ data: { to: "x@example.no", subject: "s", text: "t", status: "FAILED", failedAt: NOW } });
    const secretariat = await tasks.getTasks(viewers.secretariat, NOW);
    expect(secretariat.map((t) => t.key)).toEqual(["newCases", "drafts", "minutesAwaiting", "noticesDue", "termsEnding", "compliance", "uncoveredSeats", "feeClaims", "agreementReviews", "consultationResults"]);
    expect(secretariat.find((t) => t.key === "newCases")!.count).toBeGreaterThan(0);
    const admin = await tasks.getTasks(viewers.admin, NOW);
    expect(admin.find((t) => t.key === "failedMails")).toMatchObject({ count: 1, path: "/admin/utboks" });
    expect(await tasks.getTasks(viewers.member, NOW)).toEqual([]);
  });
});

describe("mails to the submitter", () => {
  it("repeat what was sent in the receipt, and give the meeting and the link in a status mail", async () => {
    const mail = await import("@/lib/cases/status-mail");
    const receipt = mail.buildReceiptMail(
      "nn",
      { name: "Kari", reference: "SAK-2026-0001", title: "Ei sak", description: "Kva saka gjeld", targetBody: { name: "Strategisk samarbeidsutval", nameNb: null }, priorityGroups: ["Skrøpelege eldre"], attachments: ["a.pdf"] },
      "https://saman.example.no/sak/status/abc",
    );
    for (const part of ["Ei sak", "Strategisk samarbeidsutval", "Skrøpelege eldre", "a.pdf", "Kva saka gjeld", "https://saman.example.no/sak/status/abc"]) expect(receipt.text).toContain(part);
    const notice = { caseId: "c1", reference: "SAK-2026-0001", title: "Ei sak", to: "SCHEDULED" as const, contactEmail: "k@x.no", locale: "nb", note: null };
    const status = mail.buildStatusMail("nb", notice, { startsAt: new Date("2027-02-04T09:00:00Z"), body: { name: "Strategisk samarbeidsutval", nameNb: "Strategisk samarbeidsutvalg" } }, "https://saman.example.no/nb/sak/status/privat");
    expect(status.text).toContain("Strategisk samarbeidsutvalg");
    // Issue 14.5: the private link opens for the recipient with or without an account; the signed-in page follows.
    expect(status.text).toContain("https://saman.example.no/nb/sak/status/privat");
    expect(status.text).toContain("4. februar 2027");
    expect(status.text).toContain("/nb/mine-saker/c1");
  });
});
