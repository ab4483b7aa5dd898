// Indicators / styringsinformasjon (issue 21 item 3) through the server actions against a seeded database – only the
// session cookie is faked (next/headers), so authorization runs against the database as on a request. Checked as a
// user would notice: the rows written or not, the public data and the rendered figures (suppression as for
// deviations, lib/deviations/suppression.ts: counts 1–4 never leave the server).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DEMO_USERS, ids, seed } from "@/prisma/seed";
import { INDICATOR_SLUGS, indicatorId } from "@/prisma/seed/indicators";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { redirected, sessionTokenFor } from "../helpers/actions";

const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (cookie.token ? { name, value: cookie.token } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

let db: TestDatabase;
let actions: typeof import("@/lib/indicators/actions");
let data: typeof import("@/lib/indicators/data");

function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  fd.append("lang", "nn");
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) fd.append(name, v);
  return fd;
}

function csvFile(text: string): FormData {
  const fd = new FormData();
  fd.append("lang", "nn");
  fd.append("file", new File([text], "indikatorar.csv", { type: "text/csv" }));
  fd.append("csv", "");
  return fd;
}

async function signInAs(userId: string | null): Promise<void> {
  cookie.token = userId ? await sessionTokenFor(userId) : undefined;
}

const snapshot = async () => JSON.stringify(await db.prisma.indicatorValue.findMany({ orderBy: { id: "asc" }, select: { id: true, period: true, scopeKey: true, value: true, numerator: true, denominator: true } }));
const year = new Date().getFullYear();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "indicators-test-secret-indicators-test-secret";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  actions = await import("@/lib/indicators/actions");
  data = await import("@/lib/indicators/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("CSV import", () => {
  const good = ["indikator;periode;eining;verdi;teljar;nemnar", `${INDICATOR_SLUGS.discharge};2031;askoy;555;;`, `${INDICATOR_SLUGS.readmissions};2031;voss;14,5;58;400`, `${INDICATOR_SLUGS.deviations};2031-Q1;;19;;`];

  it("refuses a file with one bad row, naming the line and reason, and imports nothing (all or nothing)", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const before = await snapshot();
    const bad = [...good.slice(0, 2), `${INDICATOR_SLUGS.readmissions};2031;voss;fjorten;58;400`, good[3]!].join("\n");
    const result = await actions.importCsvAction(null, csvFile(bad));
    expect(result).toMatchObject({ ok: false, error: "ROWS", rows: [{ line: 3, code: "value", text: "fjorten" }] });
    // The text comes back for correction in the form.
    expect(result && !result.ok ? result.text : "").toBe(bad);
    expect(await snapshot()).toBe(before);
  });

  it("imports a good file in one go, then upserts on a second import (no duplicates)", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const before = await db.prisma.indicatorValue.count();
    expect(await actions.importCsvAction(null, csvFile(good.join("\r\n")))).toMatchObject({ ok: true, count: 3, created: 3 });
    expect(await db.prisma.indicatorValue.count()).toBe(before + 3);
    const voss = await db.prisma.indicatorValue.findUniqueOrThrow({ where: { indicatorId_period_scopeKey: { indicatorId: indicatorId(INDICATOR_SLUGS.readmissions), period: "2031", scopeKey: ids.area("voss") } } });
    expect(voss).toMatchObject({ value: 14.5, numerator: 58, denominator: 400, areaId: ids.area("voss") });
    // The same file pasted as text with a changed value: updated, nothing new.
    const fd = form({ csv: good.join("\n").replace(";555;", ";560;") });
    expect(await actions.importCsvAction(null, fd)).toMatchObject({ ok: true, count: 3, created: 0 });
    expect(await db.prisma.indicatorValue.count()).toBe(before + 3);
    expect(await db.prisma.auditEntry.count({ where: { action: "indicator.import" } })).toBe(2);
  });

  it("is refused to a partner contact and to an anonymous visitor; nothing is written", async () => {
    const before = await snapshot();
    for (const user of [DEMO_USERS.partner.id, DEMO_USERS.member.id, null]) {
      await signInAs(user);
      const error = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(await actions.importCsvAction(null, csvFile(good.join("\n").replace(";555;", ";1;")))).toMatchObject({ ok: false, error });
      expect(await actions.saveValueAction(null, form({ indicatorId: indicatorId(INDICATOR_SLUGS.deviations), period: "2031-Q2", value: "1" }))).toMatchObject({ ok: false, error });
      expect(await actions.saveIndicatorAction(null, form({ slug: "x", name: "x", definition: "x", unit: "x", source: "x", level: "AREA", periodKind: "YEAR" }))).toMatchObject({ ok: false, error });
    }
    expect(await snapshot()).toBe(before);
    expect(await db.prisma.indicator.count({ where: { slug: "x" } })).toBe(0);
  });
});

describe("suppression never leaks (as for deviations)", () => {
  it("a small numerator or count leaves the server as no number at all – not in the data, the table or the SVG", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    // A rate from a numerator of 3 (of 4567 discharges) and a quarter with 2 deviations: distinctive numbers to look for.
    const csv = ["indikator;periode;eining;verdi;teljar;nemnar", `${INDICATOR_SLUGS.readmissions};2032;voss;0,0657;3;4567`, `${INDICATOR_SLUGS.deviations};2032-Q4;;2;;`].join("\n");
    expect(await actions.importCsvAction(null, form({ csv }))).toMatchObject({ ok: true });
    const readmissions = (await data.publicIndicator(INDICATOR_SLUGS.readmissions))!;
    const point = readmissions.series[ids.area("voss")]!.find((p) => p.period === "2032");
    expect(point).toEqual({ period: "2032", value: null, numerator: null, denominator: null, suppressed: true });
    const deviations = (await data.publicIndicator(INDICATOR_SLUGS.deviations))!;
    expect(deviations.series[""]!.find((p) => p.period === "2032-Q4")).toMatchObject({ value: null, suppressed: true });

    const { IndicatorFigures } = await import("@/components/indicators/indicator-figures");
    for (const [indicator, secrets] of [
      [readmissions, ["4567", "0,0657", "0.0657", "0,1", "0.1"]],
      [deviations, ["2032-Q4\">2<"]],
    ] as const) {
      const html = renderToStaticMarkup(createElement(IndicatorFigures, { lang: "nn", indicator, chosen: [] }));
      const json = JSON.stringify(indicator);
      expect(html).toContain("færre enn 5");
      expect(html).toMatch(/<svg[^>]+role="img"/);
      expect(html).toContain("<table");
      for (const secret of secrets) {
        expect(html).not.toContain(secret);
        expect(json).not.toContain(secret);
      }
    }
    // The seeded small municipalities (Fedje, Modalen) are suppressed too; Bergen is shown.
    const discharge = (await data.publicIndicator(INDICATOR_SLUGS.discharge))!;
    expect(discharge.series[ids.party("fedje")]!.every((p) => p.suppressed && p.value === null)).toBe(true);
    expect(discharge.series[ids.party("bergen")]!.every((p) => !p.suppressed && (p.value ?? 0) > 5000)).toBe(true);
  });
});

describe("indicators as data", () => {
  it("the secretariat creates an indicator linked to measures; a taken slug and a stale version are refused", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const measureId = ids.measure(year, "2.8");
    const fields = { slug: "fact-pasientar", name: "Pasientar i FACT-team", definition: "Talet på pasientar.", unit: "pasientar", source: "Helse Bergen", priorityGroup: "SEVERE_MENTAL_ILLNESS_SUBSTANCE", level: "AREA", periodKind: "HALF", suppressSmallCounts: "on", decimals: "0", measureIds: [measureId] };
    const location = await redirected(actions.saveIndicatorAction(null, form(fields)));
    const created = await db.prisma.indicator.findUniqueOrThrow({ where: { slug: "fact-pasientar" }, include: { measures: true } });
    expect(location).toBe(`/admin/indikatorar/${created.id}?lagra=1`);
    expect(created).toMatchObject({ level: "AREA", periodKind: "HALF", suppressSmallCounts: true, priorityGroup: "SEVERE_MENTAL_ILLNESS_SUBSTANCE" });
    expect(created.measures.map((m) => m.measureId)).toEqual([measureId]);
    expect(await data.indicatorsOfMeasure(measureId)).toEqual([{ slug: "fact-pasientar", name: "Pasientar i FACT-team", nameNb: null }]);

    expect(await actions.saveIndicatorAction(null, form({ ...fields, name: "Anna" }))).toMatchObject({ ok: false, fieldErrors: { slug: "taken" } });
    await redirected(actions.saveIndicatorAction(null, form({ ...fields, id: created.id, version: "1", name: "Pasientar i FACT-team (endra)" })));
    expect(await actions.saveIndicatorAction(null, form({ ...fields, id: created.id, version: "1" }))).toMatchObject({ ok: false, error: "CONFLICT" });

    // One value by hand: the period must fit the kind, the unit the level.
    expect(await actions.saveValueAction(null, form({ indicatorId: created.id, period: "2031", unit: "nordhordland", value: "12" }))).toMatchObject({ ok: false, fieldErrors: { period: "period" } });
    expect(await actions.saveValueAction(null, form({ indicatorId: created.id, period: "2031-H2", unit: "askoy", value: "12" }))).toMatchObject({ ok: false, fieldErrors: { unit: "unit" } });
    expect(await actions.saveValueAction(null, form({ indicatorId: created.id, period: "2031-h2", unit: "nordhordland", value: "12,0" }))).toMatchObject({ ok: true });
    expect(await db.prisma.indicatorValue.findMany({ where: { indicatorId: created.id } })).toMatchObject([{ period: "2031-H2", areaId: ids.area("nordhordland"), value: 12 }]);
  });

  it("seeds linked demo indicators the measure pages point back to", async () => {
    expect(await data.indicatorsOfMeasure(ids.measure(year, "1.1"))).toEqual([expect.objectContaining({ slug: INDICATOR_SLUGS.discharge })]);
    const groups = await data.publicIndicators();
    // In the national plan's order, named from the data (PriorityGroupDefinition, issue 20 item 3); across the groups last.
    expect(groups.map((g) => g.group?.code ?? null)).toEqual(["SEVERE_MENTAL_ILLNESS_SUBSTANCE", "FRAIL_ELDERLY", "MULTIPLE_CHRONIC", null]);
    expect(groups[1]!.group).toEqual({ code: "FRAIL_ELDERLY", name: "Skrøpelege eldre", nameNb: "Skrøpelige eldre" });
  });
});
