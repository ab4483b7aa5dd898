// The authorization matrix (issue: sign-in, roles and access): every persona – anonymous, partner, member, personal
// deputy, deputy whose term ended yesterday, secretariat, admin – against every permission and every kind of
// document, with the viewer built by the data layer from the seeded database exactly as on a request.
// The HTTP side (pages, server actions, downloads) is in tests/e2e/access.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/auth/viewer";
import { can, type Permission, PERMISSIONS } from "@/lib/auth/permissions";
import { DEMO_USERS, ids, INTERNAL_LEGAL_BASIS } from "@/prisma/seed";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let auth: typeof import("@/lib/auth/data");
let mutations: typeof import("@/lib/auth/mutations");

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 86_400_000;

const PERSONAS = ["anonymous", "partner", "member", "deputy", "formerDeputy", "secretariat", "admin"] as const;
type Persona = (typeof PERSONAS)[number];
const userOf: Record<Exclude<Persona, "anonymous">, string> = {
  partner: DEMO_USERS.partner.id,
  member: DEMO_USERS.member.id,
  deputy: DEMO_USERS.deputy.id,
  formerDeputy: DEMO_USERS.formerDeputy.id,
  secretariat: DEMO_USERS.secretariat.id,
  admin: DEMO_USERS.admin.id,
};

const viewers = {} as Record<Persona, Viewer>;
type Facts = { visibility: "PUBLIC" | "BODY_MEMBERS" | "SECRETARIAT"; bodyId: string | null; publicFrom: Date | null };
const docs = {} as Record<string, Facts>;

async function viewerAt(persona: Persona, now: Date): Promise<Viewer> {
  if (persona === "anonymous") return ANONYMOUS;
  const sid = await mutations.createSession(userOf[persona], now);
  return (await auth.loadSession(sid, now)).viewer;
}

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  auth = await import("@/lib/auth/data");
  mutations = await import("@/lib/auth/mutations");
  for (const p of PERSONAS) viewers[p] = await viewerAt(p, NOW);

  const facts = { visibility: true, bodyId: true, publicFrom: true } as const;
  const ssu = ids.body("ssu");
  docs.public = (await db.prisma.document.findFirstOrThrow({ where: { visibility: "PUBLIC" }, select: facts }))!;
  docs.ssuInternal = await db.prisma.document.findFirstOrThrow({
    where: { visibility: "BODY_MEMBERS", bodyId: ssu, legalBasis: INTERNAL_LEGAL_BASIS, publicFrom: null },
    select: facts,
  });
  docs.ssuUntilMeeting = await db.prisma.document.findFirstOrThrow({ where: { visibility: "BODY_MEMBERS", bodyId: ssu, publicFrom: { gt: NOW } }, select: facts });
  docs.ssuPublishedAfterMeeting = await db.prisma.document.findFirstOrThrow({
    where: { visibility: "BODY_MEMBERS", bodyId: ssu, publicFrom: { lte: NOW } },
    select: facts,
  });
  // Kinds the seed has no example of: another body's restricted paper and a secretariat-only paper.
  docs.otherBody = { visibility: "BODY_MEMBERS", bodyId: ids.body("omradeutval-bergen"), publicFrom: null };
  docs.secretariat = { visibility: "SECRETARIAT", bodyId: null, publicFrom: null };
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the viewer is built from the database", () => {
  it("gives the member and the personal deputy SSU, and the deputy whose term ended yesterday nothing", () => {
    const ssu = ids.body("ssu");
    expect(viewers.member.memberBodyIds).toContain(ssu);
    expect(viewers.deputy.memberBodyIds).toContain(ssu);
    expect(viewers.formerDeputy.memberBodyIds).toEqual([]);
    expect(viewers.partner).toMatchObject({ roles: ["PARTNER_CONTACT"], partyId: ids.party("askoy"), memberBodyIds: [] });
    expect(viewers.secretariat.roles).toEqual(["SECRETARIAT"]);
    expect(viewers.admin.roles).toEqual(["ADMIN"]);
  });

  it("counts the last day of a term (inclusive) and not the day after", async () => {
    const yesterday = new Date(NOW.getTime() - DAY);
    expect((await viewerAt("formerDeputy", yesterday)).memberBodyIds).toContain(ids.body("ssu"));
    expect((await viewerAt("formerDeputy", NOW)).memberBodyIds).not.toContain(ids.body("ssu"));
  });
});

// ✓ = allowed. Columns: anonymous, partner, member, deputy, formerDeputy, secretariat, admin.
const DOCUMENT_MATRIX: Record<string, string> = {
  public: "✓✓✓✓✓✓✓",
  ssuInternal: "··✓✓·✓✓",
  ssuUntilMeeting: "··✓✓·✓✓",
  ssuPublishedAfterMeeting: "✓✓✓✓✓✓✓",
  otherBody: "·····✓✓",
  secretariat: "·····✓✓",
};

const PERMISSION_MATRIX: Record<Exclude<Permission, "document.read">, string> = {
  "content.edit": "·····✓✓",
  "case.submit": "·✓···✓✓",
  "case.follow": "·✓···✓✓", // for the partner's own party (Askøy)
  "case.triage": "·····✓✓", // the demo member is an ordinary SSU member, not in its prioritising group
  "users.manage": "······✓",
  "admin.overview": "·····✓✓", // the staff overview at /admin (its sections ask their own permissions)
  "audit.read": "······✓",
  "outbox.read": "······✓",
  "outbox.resend": "······✓", // "send again" in /admin/utboks
  "membership.manage": "·····✓✓",
  "compliance.read": "··✓✓·✓✓", // the whole structure: anyone who sits in a body
  "deviation.register": "·✓···✓✓", // for one's own party
  "deviation.read": "··✓✓·✓✓", // scoped further to areas in lib/deviations/policy
  "feedback.read": "·····✓✓", // accessibility feedback (issue 14.8)
  "meeting.answer": "··✓✓···", // forfall for one's own seat, or as a called-in deputy (S6; the mutation checks whose)
  "participation.manage": "·····✓✓", // answers on someone's behalf, the attendance register
  "calendar.personal": "·✓✓✓·✓✓", // signed-in users with a role or a membership
  "minutes.approve": "··✓✓···", // members may ask; the mutation requires the LEADER seat of the meeting's body (issue 15)
  "fee.claim": "··✓✓···", // for a meeting one attended in a fee-entitled seat (the mutation checks the register)
  "fee.manage": "·····✓✓", // approve or return claims, export for payroll
  "adoption.update": "·✓·····", // one's own party's adoption rows only (issue 21.1; the mutation checks the row's party)
  "adoption.manage": "·····✓✓", // the adoption matrix, reminders, the yearly review task
  "indicator.manage": "·····✓✓", // define indicators, enter and import their values (issue 21.3)
  "consultation.answer": "·✓·····", // one's own party's answer to a round asking it (issue 21.2; the mutation checks the asked party)
  "consultation.manage": "·····✓✓", // open, close, link and remind consultation rounds; read restricted ones
  "annualReport.manage": "·····✓✓", // generate, edit and publish the annual report (issue 21.4); a published one is public
  "archive.export": "·····✓✓", // a meeting's full archive export (issue 20.2); everyone else gets the public edition
  "structure.manage": "·····✓✓", // export the structure description, dry-run and apply an import (issue 20.3)
};

describe("authorization matrix", () => {
  it("covers every permission", () => {
    expect(new Set([...Object.keys(PERMISSION_MATRIX), "document.read"])).toEqual(new Set(PERMISSIONS));
  });

  for (const [doc, row] of Object.entries(DOCUMENT_MATRIX)) {
    PERSONAS.forEach((persona, i) => {
      const allowed = row[i] === "✓";
      it(`${persona} ${allowed ? "may" : "may not"} read a ${doc} document`, () => {
        expect(can(viewers[persona], "document.read", docs[doc]!, NOW)).toBe(allowed);
      });
    });
  }

  for (const [permission, row] of Object.entries(PERMISSION_MATRIX)) {
    PERSONAS.forEach((persona, i) => {
      const allowed = row[i] === "✓";
      it(`${persona} ${allowed ? "may" : "may not"} ${permission}`, () => {
        const record =
          permission === "case.follow" || permission === "deviation.register" ? { partyId: ids.party("askoy") } : undefined;
        expect(can(viewers[persona], permission as Permission, record as never, NOW)).toBe(allowed);
      });
    });
  }

  it("lets a partner follow only their own party's cases", () => {
    expect(can(viewers.partner, "case.follow", { partyId: ids.party("askoy") })).toBe(true);
    expect(can(viewers.partner, "case.follow", { partyId: ids.party("bergen") })).toBe(false);
    expect(can(viewers.partner, "case.submit", { partyId: ids.party("bergen") })).toBe(false);
  });

  it("lets the prioritising group (leader, deputy leader, user representatives) triage their own body's cases only", async () => {
    const ssu = ids.body("ssu");
    const ou = ids.body("omradeutval-bergen");
    const today = new Date(`${NOW.toISOString().slice(0, 10)}T00:00:00Z`);
    const active = { bodyId: ssu, termStart: { lte: today }, OR: [{ termEnd: null }, { termEnd: { gte: today } }] };
    const viewerOf = async (personId: string, suffix: string) => {
      // The user and GP representatives have demo accounts of their own (README); others get one here.
      const user =
        (await db.prisma.user.findUnique({ where: { personId } })) ??
        (await db.prisma.user.create({ data: { email: `triage-${suffix}@example.no`, name: suffix, roles: [], personId } }));
      return (await auth.loadSession(await mutations.createSession(user.id, NOW), NOW)).viewer;
    };
    const leader = await db.prisma.membership.findFirstOrThrow({ where: { ...active, role: "LEADER" } });
    const userRep = await db.prisma.membership.findFirstOrThrow({ where: { ...active, role: "MEMBER", seat: { in: ["USER_MUNICIPAL", "USER_SPECIALIST"] } } });
    const gp = await db.prisma.membership.findFirstOrThrow({ where: { ...active, role: "MEMBER", seat: "GP" } });
    for (const [membership, suffix] of [[leader, "leader"], [userRep, "user-rep"]] as const) {
      const viewer = await viewerOf(membership.personId, suffix);
      expect(can(viewer, "case.triage", { bodyId: ssu }, NOW)).toBe(true);
      expect(can(viewer, "case.triage", undefined, NOW)).toBe(true);
      expect(can(viewer, "case.triage", { bodyId: ou }, NOW)).toBe(false);
    }
    const gpViewer = await viewerOf(gp.personId, "gp");
    expect(gpViewer.memberBodyIds).toContain(ssu);
    expect(can(gpViewer, "case.triage", { bodyId: ssu }, NOW)).toBe(false);
    expect(can(viewers.secretariat, "case.triage", { bodyId: ou }, NOW)).toBe(true);
  });

  it("lets the members of every body a case has been before read its attachments after forwarding, and never the public", async () => {
    const downloads = await import("@/lib/downloads/data");
    const cases = await import("@/lib/cases/mutations");
    const ssu = ids.body("ssu");
    const ou = ids.body("omradeutval-bergen");
    const voss = ids.body("omradeutval-voss");
    // A partner's case for the area committee with an internal attachment, as the submission writes it.
    const created = await db.prisma.case.create({
      data: {
        reference: "SAK-2026-9901",
        title: "Vedlegg etter vidaresending",
        description: "Test",
        targetBodyId: ou,
        currentBodyId: ou,
        contactName: "Kari",
        contactEmail: "kari@askoy.example.no",
        status: "ASSESSING",
        route: { create: { fromBodyId: null, toBodyId: ou } },
        documents: {
          create: {
            kind: "ATTACHMENT",
            title: "vedlegg.pdf",
            visibility: "BODY_MEMBERS",
            legalBasis: cases.ATTACHMENT_LEGAL_BASIS,
            bodyId: ou,
            versions: { create: { number: 1, fileName: "vedlegg.pdf", mimeType: "application/pdf", size: 4, sha256: "x", file: { create: { content: new Uint8Array([1, 2, 3, 4]) } } } },
          },
        },
      },
      select: { id: true, version: true, documents: { select: { versions: { select: { id: true } } } } },
    });
    const versionId = created.documents[0]!.versions[0]!.id;
    const readers = async () => {
      const access = await downloads.getVersionAccess(versionId);
      return Object.fromEntries(PERSONAS.map((p) => [p, can(viewers[p], "document.read", access!.document, NOW)]));
    };
    // Before forwarding: the SSU member and deputy are not members of the area committee.
    expect(await readers()).toMatchObject({ anonymous: false, partner: false, member: false, deputy: false, formerDeputy: false, secretariat: true });

    const forward = async (bodyId: string) => {
      const version = (await db.prisma.case.findUniqueOrThrow({ where: { id: created.id } })).version;
      const moved = await cases.moveCase(
        { caseId: created.id, version, move: "forward", bodyId, meetingId: "", reason: "Til SSU", decisionText: "", measureIds: [] },
        { actorId: DEMO_USERS.secretariat.id, actor: "triage", now: NOW },
      );
      expect(moved).toMatchObject({ ok: true });
    };
    await forward(ssu);
    expect(await readers()).toMatchObject({ anonymous: false, partner: false, member: true, deputy: true, formerDeputy: false, secretariat: true });
    // Forwarded on again: SSU's members keep reading what they worked on; the public still never.
    await forward(voss);
    expect(await readers()).toMatchObject({ anonymous: false, partner: false, member: true, deputy: true, formerDeputy: false, secretariat: true });
  });

  it("makes a held-back paper public at its publicFrom moment without anyone acting", () => {
    const paper = docs.ssuUntilMeeting!;
    const before = new Date(paper.publicFrom!.getTime() - 1);
    expect(can(ANONYMOUS, "document.read", paper, before)).toBe(false);
    expect(can(ANONYMOUS, "document.read", paper, paper.publicFrom!)).toBe(true);
    expect(can(viewers.formerDeputy, "document.read", paper, paper.publicFrom!)).toBe(true);
  });
});
