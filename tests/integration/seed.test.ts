// The deterministic seed (prisma/seed) against a real, freshly migrated database: it runs twice and the second run
// changes nothing; the structure and the membership follow the representation rules; the PDFs are stable.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { BAROMETER_WORD, buildSeedData, checkComposition, MUNICIPALITIES, seed } from "@/prisma/seed";
import { osloParts } from "@/prisma/seed/time";

const NOW = new Date();
const DAY = 86_400_000;

let db: TestDatabase;
let countsAfterFirst: Record<string, number>;
let digestsAfterFirst: Record<string, string>;
let filesAfterFirst: Map<string, string>;

const modelNames = Object.values(Prisma.ModelName);

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of modelNames) {
    const delegate = (db.prisma as unknown as Record<string, { count: () => Promise<number> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!;
    counts[model] = await delegate.count();
  }
  return counts;
}

/** An md5 of every row of every table: equal digests mean not a single value changed. */
async function digestAll(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const model of modelNames) {
    const rows = await db.prisma.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${model}" t`,
    );
    digests[model] = rows[0]!.digest;
  }
  return digests;
}

async function fileHashes(): Promise<Map<string, string>> {
  const files = await db.prisma.documentFile.findMany({ select: { versionId: true, content: true } });
  return new Map(files.map((f) => [f.versionId, createHash("sha256").update(f.content).digest("hex")]));
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { now: NOW });
  countsAfterFirst = await countAll();
  digestsAfterFirst = await digestAll();
  filesAfterFirst = await fileHashes();
  await seed(db.prisma, { now: NOW });
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("seed: idempotent and deterministic", () => {
  // How long seeding takes is measured by `npm run bench`, not asserted here (no timing assertions in tests).
  it("fills every table it owns", () => {
    for (const model of modelNames) {
      if (["AuditEntry", "CaseComment", "Session", "SignInFailure", "PasswordResetToken", "OutgoingEmail", "MembershipWarning", "RateLimitHit", "AccessibilityFeedback", "PersonalCalendar", "MeetingBundle", "CaseStatusLink", "FollowToken", "FollowDigestItem"].includes(model)) continue; // not seeded (MeetingBundle: built on first download; follow tokens and digest items: made for a mail)
      expect(countsAfterFirst[model], model).toBeGreaterThan(0);
    }
  });

  it("changes no row count and no value on the second run", async () => {
    expect(await countAll()).toEqual(countsAfterFirst);
    expect(await digestAll()).toEqual(digestsAfterFirst);
  });

  it("builds the same data, byte for byte, from the same anchor", async () => {
    const [a, b] = [await buildSeedData(NOW), await buildSeedData(NOW)];
    const hash = (d: Awaited<ReturnType<typeof buildSeedData>>) => d.documentFiles.map((f) => createHash("sha256").update(f.content).digest("hex"));
    expect(hash(a)).toEqual(hash(b));
    expect(JSON.stringify({ ...a, documentFiles: null })).toEqual(JSON.stringify({ ...b, documentFiles: null }));
    // …and the bytes in the database are exactly those.
    const stored = await fileHashes();
    a.documentFiles.forEach((f) => expect(stored.get(f.versionId)).toBe(createHash("sha256").update(f.content).digest("hex")));
  });

  it("stores real, stable PDFs with matching sha256 and size", async () => {
    expect(await fileHashes()).toEqual(filesAfterFirst);
    const versions = await db.prisma.documentVersion.findMany({ include: { file: true } });
    expect(versions.length).toBeGreaterThan(50);
    for (const v of versions) {
      const bytes = v.file!.content;
      expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      expect(v.mimeType).toBe("application/pdf");
      expect(v.size).toBe(bytes.length);
      expect(v.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(v.extractedText?.length).toBeGreaterThan(20);
    }
    const ssuMinutes = await db.prisma.document.findFirst({
      where: { kind: "MINUTES", meeting: { body: { slug: "ssu" } } },
      include: { versions: true },
    });
    expect(ssuMinutes?.versions[0]?.fileName).toMatch(/^referat-ssu-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});

describe("seed: the structure", () => {
  it("has the 18 municipalities in their four areas", async () => {
    const areas = await db.prisma.area.findMany({
      include: { parties: { where: { kind: "MUNICIPALITY" }, select: { shortName: true } } },
      orderBy: { sortOrder: "asc" },
    });
    expect(areas.map((a) => a.slug)).toEqual(["bergen", "bergensregionen", "nordhordland", "voss"]);
    expect(areas.find((a) => a.slug === "voss")?.name).toBe("Voss lokalsjukehusområde");
    const members = Object.fromEntries(areas.map((a) => [a.slug, a.parties.map((p) => p.shortName).sort()]));
    expect(members).toEqual({
      bergen: ["Bergen"],
      bergensregionen: ["Askøy", "Austevoll", "Bjørnafjorden", "Samnanger", "Øygarden"].sort(),
      nordhordland: ["Alver", "Austrheim", "Fedje", "Gulen", "Masfjorden", "Modalen", "Osterøy"].sort(),
      voss: ["Eidfjord", "Kvam", "Ulvik", "Vaksdal", "Voss"].sort(),
    });
    expect(await db.prisma.party.count({ where: { kind: "MUNICIPALITY" } })).toBe(18);
    expect(MUNICIPALITIES).toHaveLength(18);
  });

  it("gives the specialist institutions the right sector responsibility", async () => {
    const rows = await db.prisma.serviceArea.findMany({ include: { party: true, area: true } });
    const sector = (slug: string) => rows.filter((r) => r.party.slug === slug && r.sectorResponsibility).map((r) => r.area.slug).sort();
    expect(sector("helse-bergen")).toEqual(["bergen", "bergensregionen", "nordhordland", "voss"]);
    expect(sector("haraldsplass")).toEqual(["bergen", "bergensregionen", "nordhordland"]);
    expect(sector("betanien")).toEqual([]);
    expect(sector("solli-dps")).toEqual([]);
  });
});

describe("seed: membership follows the retningsline", () => {
  const PERMANENT = ["LEADER", "DEPUTY_LEADER", "MEMBER"] as const;

  it("gives SSU the composition of S1–S5 and S7", async () => {
    const members = await db.prisma.membership.findMany({
      // Today's composition (planned successors start on 1 January).
      where: { body: { slug: "ssu" }, role: { in: [...PERMANENT] }, termStart: { lte: NOW } },
      include: { party: { include: { area: true } } },
    });
    const municipal = members.filter((m) => m.seat === "MUNICIPAL");
    expect(municipal).toHaveLength(5);
    const perArea: Record<string, number> = {};
    for (const m of municipal) perArea[m.party!.area!.slug] = (perArea[m.party!.area!.slug] ?? 0) + 1;
    expect(perArea).toEqual({ bergen: 2, bergensregionen: 1, nordhordland: 1, voss: 1 });

    const specialist = members.filter((m) => m.seat === "SPECIALIST");
    expect(specialist).toHaveLength(5);
    const hb = specialist.filter((m) => m.party!.slug === "helse-bergen");
    expect(hb.map((m) => m.portfolio).sort()).toEqual(["Overordna administrasjon og samhandling", "Psykisk helsevern", "Somatikk"]);
    expect(specialist.filter((m) => m.party!.slug === "haraldsplass")).toHaveLength(1);
    expect(specialist.filter((m) => ["betanien", "solli-dps"].includes(m.party!.slug))).toHaveLength(1);

    expect(members.filter((m) => m.seat === "USER_MUNICIPAL")).toHaveLength(1);
    expect(members.filter((m) => m.seat === "USER_SPECIALIST")).toHaveLength(1);
    expect(members.filter((m) => m.seat === "GP")).toHaveLength(1);
    expect(members.filter((m) => m.seat === "EMPLOYEE_MUNICIPAL" || m.seat === "EMPLOYEE_STATE")).toHaveLength(1);

    const leader = members.find((m) => m.role === "LEADER")!;
    const deputyLeader = members.find((m) => m.role === "DEPUTY_LEADER")!;
    expect(new Set([leader.side, deputyLeader.side])).toEqual(new Set(["MUNICIPAL", "SPECIALIST"]));
  });

  it("gives every permanent SSU member a personal deputy (S6)", async () => {
    const members = await db.prisma.membership.findMany({
      // Today's composition (planned successors start on 1 January).
      where: { body: { slug: "ssu" }, role: { in: [...PERMANENT] }, termStart: { lte: NOW } },
      include: { deputies: true },
    });
    expect(members).toHaveLength(14);
    for (const m of members) {
      // Active today: the demo former deputy (prisma/seed/users.ts) stood in until yesterday.
      const active = m.deputies.filter((d) => d.termEnd === null || d.termEnd.getTime() >= NOW.getTime());
      expect(active.filter((d) => d.role === "PERSONAL_DEPUTY" && d.bodyId === m.bodyId), m.id).toHaveLength(1);
    }
  });

  it("meets every rule today and throughout the next twelve months (read back from the database)", async () => {
    const input = {
      bodies: await db.prisma.body.findMany(),
      parties: await db.prisma.party.findMany(),
      serviceAreas: await db.prisma.serviceArea.findMany(),
      memberships: (await db.prisma.membership.findMany()).map((m) => ({ ...m, termEnd: m.termEnd })),
    };
    for (const offset of [0, 90, 180, 270, 365]) {
      expect(checkComposition(input, new Date(NOW.getTime() + offset * DAY)), `+${offset} days`).toEqual([]);
    }
    // Every seat is held for more than a year: by one membership, or by one that ends on 31 December and its planned
    // successor (S7, O5 alternations) from the next day. The demo former deputy's ended yesterday.
    const byId = new Map(input.memberships.map((m) => [m.id, m]));
    for (const m of input.memberships.filter((m) => m.id !== "seed-ms-ssu-tidlegare-vara" && !m.id.endsWith("-neste"))) {
      expect(m.termStart.getTime()).toBeLessThanOrEqual(NOW.getTime());
      const successor = byId.get(`${m.id}-neste`);
      if (successor) expect(successor.termStart.getTime() - m.termEnd!.getTime(), m.id).toBe(DAY);
      expect((successor ?? m).termEnd!.getTime(), m.id).toBeGreaterThan(NOW.getTime() + 365 * DAY);
    }
    expect(input.memberships.filter((m) => m.id.endsWith("-neste"))).toHaveLength(2 * 2 + 4 * 2);
  });

  it("is compliant for any anchor date, also around the turn of the year and in summer time", async () => {
    for (const anchor of ["2027-01-01T00:30:00Z", "2027-07-15T12:00:00Z", "2028-12-31T22:00:00Z"]) {
      const data = await buildSeedData(new Date(anchor));
      const input = { bodies: data.bodies, parties: data.parties, serviceAreas: data.serviceAreas, memberships: data.memberships };
      expect(checkComposition(input, new Date(anchor)), anchor).toEqual([]);
    }
  });
});

describe("seed: meetings, cases and documents", () => {
  it("stores meeting times as Oslo local time in winter and in summer", async () => {
    const ssu = await db.prisma.meeting.findMany({ where: { body: { slug: "ssu" } } });
    expect(ssu.length).toBeGreaterThanOrEqual(10);
    for (const m of ssu) expect(osloParts(m.startsAt)).toMatchObject({ hour: 10, minute: 0, weekday: 4 });
    const offsets = new Set(ssu.map((m) => m.startsAt.getUTCHours()));
    expect(offsets).toEqual(new Set([8, 9])); // 10:00 is 08:00 UTC in summer and 09:00 UTC in winter
  });

  it("has published minutes for held meetings and upcoming meetings with agendas", async () => {
    const held = await db.prisma.meeting.findMany({ where: { endsAt: { lte: NOW }, cancelledAt: null }, include: { minutes: { include: { versions: true } } } });
    expect(held.length).toBeGreaterThan(40);
    for (const m of held) {
      expect(m.status).toBe("MINUTES_PUBLISHED");
      expect(m.minutes?.versions[0]?.publishedAt).toBeTruthy();
    }
    const upcoming = await db.prisma.meeting.findMany({ where: { startsAt: { gt: NOW }, cancelledAt: null }, include: { agendaItems: true } });
    expect(upcoming.length).toBeGreaterThan(5);
    for (const m of upcoming) {
      expect(["PLANNED", "NOTICE_SENT"]).toContain(m.status);
      expect(m.agendaItems.length).toBeGreaterThan(0);
    }
  });

  it("keeps CaseNumberCounter at the highest sequence per body and year", async () => {
    const counters = await db.prisma.caseNumberCounter.findMany();
    const max = await db.prisma.caseNumber.groupBy({ by: ["bodyId", "year"], _max: { sequence: true } });
    expect(counters.length).toBe(max.length);
    for (const m of max) {
      expect(counters.find((c) => c.bodyId === m.bodyId && c.year === m.year)?.lastSequence).toBe(m._max.sequence);
    }
  });

  it("records a disagreement in an OU that travels to SSU as the same case", async () => {
    const decision = await db.prisma.decision.findFirst({
      where: { kind: "DISAGREEMENT", agendaItem: { meeting: { body: { kind: "AREA_COMMITTEE" } } } },
      include: { case: { include: { route: true, numbers: { include: { body: true } }, statusHistory: true } }, forwardedToBody: true },
    });
    expect(decision?.disagreementNote).toBeTruthy();
    expect(decision?.forwardedToBody?.slug).toBe("ssu");
    const c = decision!.case!;
    expect(c.route.some((r) => r.toBodyId === decision!.forwardedToBodyId && r.fromBodyId !== null)).toBe(true);
    expect(c.numbers.map((n) => n.body.slug)).toContain("ssu");
    expect(c.statusHistory.map((s) => s.to)).toEqual(expect.arrayContaining(["DISAGREEMENT", "FORWARDED"]));
  });

  it("has restricted documents: an internal one for SSU members and one held back until a future date", async () => {
    const internal = await db.prisma.document.findFirst({
      where: { visibility: "BODY_MEMBERS", legalBasis: "Offentleglova § 14 (organinternt dokument)", body: { slug: "ssu" } },
    });
    expect(internal).toBeTruthy();
    expect(await db.prisma.document.count({ where: { visibility: { not: "PUBLIC" }, publicFrom: { gt: NOW } } })).toBeGreaterThan(0);
    expect(await db.prisma.document.count({ where: { visibility: { not: "PUBLIC" }, legalBasis: null } })).toBe(0);
  });

  it(`has exactly one document whose text contains "${BAROMETER_WORD}", and the word nowhere else`, async () => {
    const word = BAROMETER_WORD;
    expect(await db.prisma.documentVersion.count({ where: { extractedText: { contains: word, mode: "insensitive" } } })).toBe(1);
    const elsewhere = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT text AS t FROM "MinutesVersion" UNION ALL SELECT description FROM "Case" UNION ALL SELECT title FROM "Case"
        UNION ALL SELECT body FROM "NewsArticle" UNION ALL SELECT title FROM "Document" UNION ALL SELECT "text" FROM "Decision"
        UNION ALL SELECT description FROM "Measure" UNION ALL SELECT description FROM "Deviation"
      ) x WHERE t ILIKE ${"%" + word + "%"}`;
    expect(Number(elsewhere[0]!.n)).toBe(0);
  });

  it("has an action plan for this year covering all four priority groups", async () => {
    const plan = await db.prisma.actionPlan.findUnique({
      where: { year: NOW.getFullYear() },
      include: { parts: { include: { measures: { include: { statusUpdates: true } } } } },
    });
    const measures = plan!.parts.flatMap((p) => p.measures);
    expect(plan!.parts.map((p) => p.number).sort()).toEqual([1, 2]);
    expect(measures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(measures.flatMap((m) => m.priorityGroups))).toEqual(
      new Set(["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE", "FRAIL_ELDERLY", "MULTIPLE_CHRONIC"]),
    );
    for (const m of measures) expect(m.statusUpdates.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps deviations anonymous: no digits that could be a birth date or identity number", async () => {
    const deviations = await db.prisma.deviation.findMany();
    expect(deviations.length).toBe(30 + 2 * 72); // 30 spread thin, 72 a year for real charts (issue 14.7)
    for (const d of deviations) expect(`${d.description} ${d.followUp ?? ""}`).not.toMatch(/\d{6}/);
  });
});

describe("seed: a later run", () => {
  it("only adds what is missing and leaves every existing row as it was", async () => {
    const snapshot = async () => {
      const rows = await db.prisma.$queryRaw<{ id: string; digest: string }[]>`
        SELECT id, md5(t::text) AS digest FROM "Meeting" t
        UNION ALL SELECT id, md5(t::text) FROM "Case" t
        UNION ALL SELECT id, md5(t::text) FROM "Measure" t`;
      return new Map(rows.map((r) => [r.id, r.digest]));
    };
    const before = await snapshot();
    const decisionsBefore = await db.prisma.decision.count();
    await seed(db.prisma, { now: new Date(NOW.getTime() + 40 * DAY) });
    const after = await snapshot();
    for (const [id, digest] of before) expect(after.get(id), id).toBe(digest);
    // Meetings held since the first run stay as they were (no minutes or decisions are added to existing meetings).
    expect(await db.prisma.decision.count()).toBe(decisionsBefore);
  }, 60_000);
});
