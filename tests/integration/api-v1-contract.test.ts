// Issue 20 item 1: the public API /api/v1 against a real, seeded database. Every endpoint's responses are validated
// against the OpenAPI document it publishes (/api/v1/openapi.json, generated from the zod schemas); nothing the public
// pages hide appears in any response – a restricted paper (offl. §§ 13/14), a PLANNED meeting's agenda and papers
// (isAgendaPublic), unpublished minutes; plus paging, filters, ETag/304, CORS, 400/404/429 as problem+json.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededTestDatabase, type TestDatabase } from "../helpers/db";
import { apiRequest, contractValidator, responseRef, type Handler } from "../helpers/api-v1";

let db: TestDatabase;
const NOW = new Date();

/** Planted where the public must never see them: each occurs in no public text. */
const SECRET = {
  restrictedTitle: "Hemmeleg-tittel-7q3",
  restrictedFile: "hemmeleg-fil-7q3.pdf",
  plannedAgenda: "Ikkje-kunngjord-sak-7q3",
  plannedPaper: "Utkast-til-saksframlegg-7q3",
  draftMinutes: "Utkast-til-referat-7q3",
  deviationText: "Hemmeleg-avviksskildring-7q3",
  deviationFollowUp: "Hemmeleg-oppfolging-7q3",
  deviationProject: "Hemmeleg-prosjekt-7q3",
  deviationClause: "Hemmeleg-klausul-7q3",
};

/** A finished year with no seeded registrations: 7 discharge deviations under § 5.2 and 2 medication-list ones. */
const PLANTED_YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(NOW)) - 3;

// Every list resource and its route module; the test below fails when API_RESOURCES has one that is missing here.
const ROUTES: Record<string, () => Promise<{ GET: Handler; OPTIONS?: () => Response }>> = {
  "/bodies": () => import("@/app/api/v1/bodies/route"),
  "/meetings": () => import("@/app/api/v1/meetings/route"),
  "/documents": () => import("@/app/api/v1/documents/route"),
  "/minutes": () => import("@/app/api/v1/minutes/route"),
  "/measures": () => import("@/app/api/v1/measures/route"),
  "/parties": () => import("@/app/api/v1/parties/route"),
  "/areas": () => import("@/app/api/v1/areas/route"),
  "/agreements": () => import("@/app/api/v1/agreements/route"),
  "/deviation-statistics": () => import("@/app/api/v1/deviation-statistics/route"),
};

let document: Parameters<typeof responseRef>[0];
let validate: ReturnType<typeof contractValidator>;
let resources: typeof import("@/lib/api/v1/resources").API_RESOURCES;
let plannedMeetingId: string;
let heldMeetingId: string;

async function call(path: string, init?: Parameters<typeof apiRequest>[1]): Promise<Response> {
  const base = path.split("?")[0]!;
  const route = ROUTES[base];
  if (!route) throw new Error(`no route for ${base}`);
  return (await route()).GET(apiRequest(path, init));
}

/** Every page of a list, following nextCursor, each page validated against the document. */
async function walk(path: string, query = "limit=7"): Promise<unknown[]> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 500; n++) {
    const res = await call(`${path}?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status, path).toBe(200);
    const body = (await res.json()) as { data: unknown[]; nextCursor: string | null };
    expect(validate(responseRef(document, path), body), path).toEqual([]);
    items.push(...body.data);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error("paging did not end");
}

beforeAll(async () => {
  db = await createSeededTestDatabase({ now: NOW });
  process.env.DATABASE_URL = db.url;
  process.env.API_RATE_LIMIT = "100000";
  const ssu = await db.prisma.body.findUniqueOrThrow({ where: { slug: "ssu" } });
  // A restricted paper of a public meeting (offl. § 13): the API shows neither its title nor its file.
  const noticed = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: ssu.id, status: { not: "PLANNED" } }, orderBy: { startsAt: "asc" } });
  heldMeetingId = noticed.id;
  await db.prisma.document.create({
    data: {
      kind: "CASE_PAPER",
      title: SECRET.restrictedTitle,
      visibility: "BODY_MEMBERS",
      legalBasis: "Offl. § 13, jf. fvl. § 13",
      bodyId: ssu.id,
      meetingId: noticed.id,
      versions: { create: { number: 1, fileName: SECRET.restrictedFile, mimeType: "application/pdf", size: 10, sha256: "x" } },
    },
  });
  // A PLANNED meeting: its agenda and its (public-to-be) paper are drafts.
  const planned = await db.prisma.meeting.create({ data: { bodyId: ssu.id, startsAt: new Date(NOW.getTime() + 40 * 86_400_000), status: "PLANNED" } });
  plannedMeetingId = planned.id;
  const item = await db.prisma.agendaItem.create({ data: { meetingId: planned.id, position: 1, title: SECRET.plannedAgenda } });
  await db.prisma.document.create({
    data: {
      kind: "CASE_PAPER",
      title: SECRET.plannedPaper,
      meetingId: planned.id,
      agendaItemId: item.id,
      bodyId: ssu.id,
      versions: { create: { number: 1, fileName: "utkast.pdf", mimeType: "application/pdf", size: 10, sha256: "y" } },
    },
  });
  // A held meeting's minutes draft (not published).
  const held = await db.prisma.meeting.create({ data: { bodyId: ssu.id, startsAt: new Date(NOW.getTime() - 3 * 86_400_000), status: "HELD", noticeSentAt: new Date(NOW.getTime() - 20 * 86_400_000) } });
  await db.prisma.minutes.create({ data: { meetingId: held.id, versions: { create: { number: 1, html: `<p>${SECRET.draftMinutes}</p>`, text: SECRET.draftMinutes } } } });

  // Deviations of a finished year (spec "Cooperation deviations"): a small count and free text that must never show.
  const askoy = await db.prisma.party.findUniqueOrThrow({ where: { slug: "askoy" }, select: { id: true, areaId: true } });
  const hospital = await db.prisma.party.findFirstOrThrow({ where: { kind: "HEALTH_TRUST" }, select: { id: true } });
  const agreement = await db.prisma.agreement.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const planted = (category: "DISCHARGE" | "MEDICATION_LIST", i: number) => ({
    areaId: askoy.areaId!,
    reportingPartyId: askoy.id,
    concernedPartyId: hospital.id,
    category,
    severity: "MEDIUM" as const,
    agreementId: agreement.id,
    clause: category === "DISCHARGE" ? "5.2" : SECRET.deviationClause,
    month: new Date(Date.UTC(PLANTED_YEAR, i % 12, 1)),
    description: `${SECRET.deviationText} ${i}`,
    followUp: SECRET.deviationFollowUp,
    localProject: SECRET.deviationProject,
  });
  await db.prisma.deviation.createMany({
    data: [...Array.from({ length: 7 }, (_, i) => planted("DISCHARGE", i)), planted("MEDICATION_LIST", 1), planted("MEDICATION_LIST", 2)],
  });

  const openapi = await import("@/app/api/v1/openapi.json/route");
  const res = await openapi.GET(apiRequest("/openapi.json"));
  expect(res.status).toBe(200);
  document = (await res.json()) as typeof document;
  validate = contractValidator(document);
  resources = (await import("@/lib/api/v1/resources")).API_RESOURCES;
}, 300_000);

afterAll(async () => {
  delete process.env.API_RATE_LIMIT;
  await db?.close();
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the NLOD 2.0 licence and describes every resource, each with a route", () => {
    expect((document as unknown as { openapi: string }).openapi).toBe("3.1.0");
    expect(JSON.stringify((document as unknown as { info: unknown }).info)).toContain("NLOD");
    for (const resource of resources) {
      expect(Object.keys(document.paths)).toContain(resource.path);
      expect(ROUTES[resource.path], `route for ${resource.path}`).toBeDefined();
    }
  });
});

describe("the structure description in the OpenAPI document (issue 20 item 3)", () => {
  it("names the published structure schema, whose answer validates, and carries the description as a component the Bergen file matches", async () => {
    const ref = responseRef(document, "/structure.schema.json", "200", "application/schema+json");
    const res = (await import("@/app/api/v1/structure.schema.json/route")).GET();
    expect(res.status).toBe(200);
    const published = (await res.json()) as { properties: Record<string, unknown> };
    expect(validate(ref, published)).toEqual([]);
    expect(Object.keys(published.properties)).toEqual(expect.arrayContaining(["areas", "parties", "bodies", "priorityGroups", "ruleSet"]));
    const bergen = JSON.parse(readFileSync("prisma/structure/bergen.json", "utf8")) as Record<string, unknown>;
    expect(validate("#/components/schemas/StructureDescription", bergen)).toEqual([]);
    // A file the import refuses (a body of an unknown kind) fails against the component too.
    const broken = structuredClone(bergen) as { bodies: Record<string, unknown>[] };
    broken.bodies[0]!.kind = "COUNCIL";
    expect(validate("#/components/schemas/StructureDescription", broken)).not.toEqual([]);
  });
});

describe("every endpoint answers as its OpenAPI description says", () => {
  it("bodies: every page validates, and the holders are today's (S6: deputies inside their principal)", async () => {
    const bodies = (await walk("/bodies")) as { slug: string; holders: { role: string }[] }[];
    const ssu = bodies.find((b) => b.slug === "ssu")!;
    expect(ssu.holders.length).toBeGreaterThan(0);
    expect(ssu.holders.map((h) => h.role)).not.toContain("PERSONAL_DEPUTY");
    expect(JSON.stringify(bodies)).not.toMatch(/@|e-?post|phone/i);
  });

  it("meetings: pages validate; filters by body, year and status; a PLANNED meeting has no agenda", async () => {
    const all = (await walk("/meetings")) as { id: string; status: string; agenda: unknown[]; startsAt: string; bodyId: string }[];
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    expect(all.find((m) => m.id === plannedMeetingId)?.agenda).toEqual([]);
    const ssu = await db.prisma.body.findUniqueOrThrow({ where: { slug: "ssu" } });
    const year = NOW.getUTCFullYear();
    const filtered = (await walk("/meetings", `body=ssu&year=${year}&status=NOTICE_SENT&limit=50`)) as typeof all;
    for (const m of filtered) {
      expect(m.bodyId).toBe(ssu.id);
      expect(m.status).toBe("NOTICE_SENT");
    }
    expect(filtered.length).toBe(all.filter((m) => m.bodyId === ssu.id && m.status === "NOTICE_SENT" && new Date(m.startsAt).getFullYear() === year).length);
    expect(all.find((m) => m.id === heldMeetingId)).toBeDefined();
  });
});

describe("documents and minutes", () => {
  it("documents: pages validate; only what an anonymous reader may download, each with the download route", async () => {
    const docs = (await walk("/documents", "limit=25")) as { id: string; kind: string; meetingId: string | null; latest: { versionId: string; downloadUrl: string } | null }[];
    expect(docs.length).toBeGreaterThan(0);
    const rows = await db.prisma.document.findMany({ where: { id: { in: docs.map((d) => d.id) } }, select: { id: true, visibility: true, publicFrom: true } });
    for (const row of rows) expect(row.visibility === "PUBLIC" || (row.publicFrom !== null && row.publicFrom <= new Date())).toBe(true);
    for (const d of docs) if (d.latest) expect(d.latest.downloadUrl).toBe(`/api/dokument/${d.latest.versionId}`);
    expect(docs.some((d) => d.meetingId === plannedMeetingId)).toBe(false);
    // Every public document the pages offer is here (none is lost to short pages).
    const publicCount = await db.prisma.document.count({ where: { visibility: "PUBLIC", OR: [{ meetingId: null }, { meeting: { status: { not: "PLANNED" } } }], NOT: { kind: "MINUTES", meeting: { status: { not: "MINUTES_PUBLISHED" } } } } });
    expect(docs.length).toBeGreaterThanOrEqual(publicCount);
    const filtered = (await walk("/documents", "kind=MINUTES&limit=50")) as typeof docs;
    expect(filtered.every((d) => d.kind === "MINUTES")).toBe(true);
  });

  it("minutes: pages validate; only MINUTES_PUBLISHED meetings, only published versions", async () => {
    const minutes = (await walk("/minutes", "limit=5")) as { meetingId: string; history: { number: number }[] }[];
    expect(minutes.length).toBeGreaterThan(0);
    const meetings = await db.prisma.meeting.findMany({ where: { id: { in: minutes.map((m) => m.meetingId) } }, select: { status: true } });
    expect(meetings.every((m) => m.status === "MINUTES_PUBLISHED")).toBe(true);
  });
});

describe("structure, action plan and agreements", () => {
  it("measures: pages validate; history oldest first; filters by year and status; priority groups named from the data", async () => {
    // A measure of the newest plan (from 2024) for pregnant women, birth and postnatal care (Meld. St. 9 (2023–2024)).
    const part = await db.prisma.actionPlanPart.findFirstOrThrow({ where: { plan: { year: { gte: 2024 } } }, orderBy: { plan: { year: "desc" } } });
    const body = await db.prisma.body.findFirstOrThrow({ select: { id: true } });
    const planted = await db.prisma.measure.create({
      data: { partId: part.id, code: "9.77", title: "Felles barselomsorg", priorityGroups: ["PREGNANCY_BIRTH_POSTNATAL", "FRAIL_ELDERLY"], responsibleBodyId: body.id },
    });
    const all = (await walk("/measures", "limit=20")) as {
      id: string;
      planYear: number;
      status: string;
      history: { at: string }[];
      priorityGroups: string[];
      priorityGroupNames: { code: string; name: { nn: string; nb: string | null } }[];
    }[];
    for (const m of all) expect(m.priorityGroupNames.map((g) => g.code).sort()).toEqual([...m.priorityGroups].sort());
    expect(all.find((m) => m.id === planted.id)!.priorityGroupNames).toEqual([
      { code: "FRAIL_ELDERLY", name: { nn: "Skrøpelege eldre", nb: "Skrøpelige eldre" } },
      { code: "PREGNANCY_BIRTH_POSTNATAL", name: { nn: "Gravide, fødsel og barselomsorg", nb: null } },
    ]);
    expect(all.length).toBe(await db.prisma.measure.count());
    expect(all.some((m) => m.history.length > 0)).toBe(true);
    for (const m of all) expect([...m.history.map((h) => h.at)].sort()).toEqual(m.history.map((h) => h.at));
    const year = all[0]!.planYear;
    const some = (await walk("/measures", `year=${year}&status=${all[0]!.status}`)) as typeof all;
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((m) => m.planYear === year && m.status === all[0]!.status)).toBe(true);
  });

  it("parties and areas: pages validate; every party and area is there once", async () => {
    const parties = (await walk("/parties", "limit=9")) as { id: string; kind: string }[];
    expect(parties.length).toBe(await db.prisma.party.count());
    expect(new Set(parties.map((p) => p.id)).size).toBe(parties.length);
    const municipalities = (await walk("/parties", "kind=MUNICIPALITY")) as typeof parties;
    expect(municipalities.every((p) => p.kind === "MUNICIPALITY")).toBe(true);
    const areas = (await walk("/areas", "limit=2")) as { municipalityIds: string[] }[];
    expect(areas.length).toBe(await db.prisma.area.count());
    expect(areas.flatMap((a) => a.municipalityIds).length).toBe(municipalities.filter((p) => p).length - (await db.prisma.party.count({ where: { kind: "MUNICIPALITY", areaId: null } })));
  });

  it("agreements: pages validate, with versions", async () => {
    const agreements = (await walk("/agreements", "limit=4")) as { versions: unknown[] }[];
    expect(agreements.length).toBe(await db.prisma.agreement.count());
    expect(agreements.some((a) => a.versions.length > 0)).toBe(true);
  });
});

describe("deviation statistics", () => {
  type Count = { kind: "exact"; value: number } | { kind: "lessThan"; limit: number } | { kind: "withheld" };
  type Stats = {
    year: number;
    periodEnd: string;
    total: Count;
    byCategory: { category: string; count: Count }[];
    byArea: { areaId: string; count: Count }[];
    byClause: { agreementId: string | null; clause: string | null; count: Count }[];
  };

  it("publishes finished years only, every page valid; a planted small count is never exact, nor recoverable from the total", async () => {
    const years = (await walk("/deviation-statistics", "limit=1")) as Stats[];
    const thisYear = PLANTED_YEAR + 3;
    expect(years.map((y) => y.year)).toEqual([PLANTED_YEAR, PLANTED_YEAR + 1, PLANTED_YEAR + 2]);
    expect(years.every((y) => y.periodEnd === `${y.year}-12`)).toBe(true);
    expect(years.some((y) => y.year === thisYear)).toBe(false);

    const [planted] = (await walk("/deviation-statistics", `year=${PLANTED_YEAR}`)) as Stats[];
    const category = (key: string) => planted!.byCategory.find((c) => c.category === key)!.count;
    // The two medication-list deviations: "<5", never 2.
    expect(category("MEDICATION_LIST")).toEqual({ kind: "lessThan", limit: 5 });
    // Complementary suppression: with the total shown, the 7 discharge deviations must be withheld too (9 − 7 = 2).
    expect(planted!.total).toEqual({ kind: "exact", value: 9 });
    expect(category("DISCHARGE")).toEqual({ kind: "withheld" });
    expect(category("REFERRAL")).toEqual({ kind: "exact", value: 0 });
    const exact = planted!.byCategory.flatMap((c) => (c.count.kind === "exact" ? [c.count.value] : []));
    expect(exact.reduce((a, b) => a + b, 0)).toBe(0);
    // By clause: "5.2" is published as "§ 5.2"; the typed wording is not, and its count is "<5".
    const clauses = planted!.byClause.map((c) => c.clause);
    expect(clauses).toContain("§ 5.2");
    expect(planted!.byClause.find((c) => c.clause === null)?.count).toEqual({ kind: "lessThan", limit: 5 });
    expect(planted!.byClause.find((c) => c.clause === "§ 5.2")?.count).toEqual({ kind: "withheld" });
    // Every area is listed; the one with all nine shows 9, the others 0.
    expect(planted!.byArea.length).toBe(await db.prisma.area.count());
    expect(planted!.byArea.filter((a) => a.count.kind === "exact" && a.count.value === 9)).toHaveLength(1);
  });

  it("prints the same table as the annual report (one shared function)", async () => {
    const { gatherFacts } = await import("@/lib/annual-report/data");
    const { apiCount } = await import("@/lib/api/v1/deviation-statistics/data");
    const facts = await gatherFacts(PLANTED_YEAR + 2, NOW);
    const [api] = (await walk("/deviation-statistics", `year=${PLANTED_YEAR + 2}`)) as Stats[];
    expect(api!.total).toEqual(apiCount(facts.deviations.total));
    expect(api!.byCategory.map((c) => c.count)).toEqual(facts.deviations.byCategory.map((c) => apiCount(c.count)));
  });

  it("never contains the text of a registration, and refuses a foreign cursor", async () => {
    const text = JSON.stringify(await walk("/deviation-statistics", "limit=200"));
    for (const secret of [SECRET.deviationText, SECRET.deviationFollowUp, SECRET.deviationProject, SECRET.deviationClause]) expect(text).not.toContain(secret);
    const seeded = await db.prisma.deviation.findMany({ where: { month: { gte: new Date(Date.UTC(PLANTED_YEAR + 2, 0, 1)) } }, select: { description: true }, take: 20 });
    for (const d of seeded) expect(text).not.toContain(d.description);
    expect((await call(`/deviation-statistics?cursor=${Buffer.from("id:x").toString("base64url")}`)).status).toBe(400);
  });
});

describe("nothing the pages hide appears in any response", () => {
  it("walks every resource, every page, and finds none of the planted secrets", async () => {
    const everything = JSON.stringify(await Promise.all(resources.map((r) => walk(r.path, "limit=200"))));
    for (const secret of Object.values(SECRET)) expect(everything).not.toContain(secret);
  });
});

describe("HTTP behaviour", () => {
  it("answers a matching If-None-Match with 304, and sends CORS headers for GET and OPTIONS", async () => {
    const first = await call("/bodies?limit=2");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await call("/bodies?limit=2", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await call("/bodies?limit=3", { headers: { "if-none-match": etag! } });
    expect(other.status).toBe(200);
    const options = (await ROUTES["/bodies"]!()).OPTIONS!();
    expect(options.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("refuses a bad query or a foreign cursor with 400 problem+json that matches the document", async () => {
    for (const path of ["/meetings?status=SECRET", "/meetings?limit=0", "/bodies?cursor=bm9wZQ", "/bodies?colour=red"]) {
      const res = await call(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(validate(responseRef(document, path.split("?")[0]!, "400", "application/problem+json"), await res.json())).toEqual([]);
    }
  });

  it("answers an unknown address with 404 and a write with 405, as problem+json", async () => {
    const rest = await import("@/app/api/v1/[...rest]/route");
    const missing = rest.GET(apiRequest("/nope"));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(rest.POST().status).toBe(405);
  });

  it("limits requests per address in the shared RateLimitHit table: 429 with Retry-After, other addresses unaffected", async () => {
    process.env.API_RATE_LIMIT = "3";
    try {
      const address = "198.51.100.7";
      for (let i = 0; i < 3; i++) expect((await call("/bodies?limit=1", { address })).status).toBe(200);
      const refused = await call("/bodies?limit=1", { address });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect(validate(responseRef(document, "/bodies", "429", "application/problem+json"), await refused.json())).toEqual([]);
      expect((await call("/bodies?limit=1", { address: "198.51.100.8" })).status).toBe(200);
    } finally {
      process.env.API_RATE_LIMIT = "100000";
    }
  });
});
