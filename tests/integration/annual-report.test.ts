// The annual report (issue 21 item 4) through its server actions and PDF route against a seeded database – only the
// session cookie is faked (next/headers), so authorization runs against the database as on a request. Checked as the
// secretariat and a reader would notice: the draft's numbers are the database's, the stored row, the audit entries,
// who can open the page and the PDF.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_USERS, seed } from "@/prisma/seed";
import { formOf, redirected, sessionTokenFor } from "../helpers/actions";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { pdfStrings } from "../helpers/pdf-text";

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
let actions: typeof import("@/lib/annual-report/actions");
let data: typeof import("@/lib/annual-report/data");
const YEAR = new Date().getUTCFullYear() - 1; // the seed's last full year

const signInAs = async (userId: string | null) => {
  cookie.token = userId ? await sessionTokenFor(userId) : undefined;
};
const stored = () => db.prisma.annualReport.findUnique({ where: { year: YEAR } });
const pdf = async () => {
  const { GET } = await import("@/app/api/arsmelding/[file]/route");
  return GET(new Request(`http://localhost/api/arsmelding/${YEAR}.pdf`), { params: Promise.resolve({ file: `${YEAR}.pdf` }) });
};
const sectionFields = async () => {
  const report = (await data.getAnnualReport(YEAR))!;
  const fields: Record<string, string> = { year: String(YEAR), version: String(report.version) };
  for (const s of report.sections) {
    fields[`title_${s.key}`] = s.title;
    fields[`body_${s.key}`] = s.body;
  }
  return fields;
};

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "annual-report-test-secret-annual-report";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  actions = await import("@/lib/annual-report/actions");
  data = await import("@/lib/annual-report/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the facts of a year", () => {
  it("are counted from the database in Oslo years", async () => {
    const facts = await data.gatherFacts(YEAR);
    const span = data.osloYear(YEAR);
    const ssu = facts.bodies.find((b) => b.shortName === "SSU")!;
    const held = await db.prisma.meeting.count({ where: { body: { shortName: "SSU" }, startsAt: span, cancelledAt: null, status: { in: ["HELD", "MINUTES_APPROVED", "MINUTES_PUBLISHED"] } } });
    expect(ssu.meetingsHeld).toBe(held);
    expect(held).toBeGreaterThanOrEqual(4); // S8: the seed's SSU met at least four times
    expect(facts.bodies.reduce((n, b) => n + b.casesReceived, 0)).toBe(await db.prisma.case.count({ where: { submittedAt: span } }));
    expect(facts.decisions).toHaveLength(await db.prisma.decision.count({ where: data.CASE_DECISIONS(span) }));
    // Case decisions only: never the standing items (approval of the notice, the action-plan status).
    expect(facts.decisions.length).toBeGreaterThan(0);
    expect(facts.decisions.length).toBeLessThan(await db.prisma.decision.count({ where: { decidedAt: span } }));
    expect(facts.decisions.every((d) => d.body !== "")).toBe(true);
    expect(facts.plan?.measures.length).toBe(await db.prisma.measure.count({ where: { part: { plan: { year: YEAR } } } }));
    expect(facts.bodies.some((b) => b.shortName === "SEK")).toBe(false);
  });

  it("take the indicators' last period of the year, never a small count (issue 21.3)", async () => {
    const facts = await data.gatherFacts(YEAR);
    expect(facts.indicators.length).toBeGreaterThan(0);
    const small = await db.prisma.indicatorValue.findMany({
      where: { period: { startsWith: String(YEAR) }, indicator: { suppressSmallCounts: true }, OR: [{ numerator: { gte: 1, lte: 4 } }, { numerator: null, value: { gte: 1, lt: 5 } }] },
      select: { value: true, period: true, indicator: { select: { slug: true } } },
    });
    let checked = 0;
    for (const v of small) {
      const fact = facts.indicators.find((i) => i.slug === v.indicator.slug && i.period === v.period);
      if (!fact) continue;
      checked += 1;
      expect(fact.values.map((x) => x.value)).not.toContain(v.value);
      expect(fact.values.some((x) => x.value === null)).toBe(true);
    }
    expect(checked).toBeGreaterThan(0); // the seed has small counts in the year's last period (Fedje, Modalen)
    for (const i of facts.indicators) expect(i.period.startsWith(String(YEAR))).toBe(true);
  });

  it("gives a report from before a section existed that section's title, so it can still be saved", () => {
    const sections = data.sectionsOf([{ key: "intro", title: "Innleiing", body: "Tekst" }], "nn");
    expect(sections.find((s) => s.key === "indicators")).toEqual({ key: "indicators", title: "Styringsinformasjon", body: "" });
    expect(sections[0]).toEqual({ key: "intro", title: "Innleiing", body: "Tekst" });
  });
});

describe("the secretariat writes the report", () => {
  it("refuses a partner, and writes nothing", async () => {
    await signInAs(DEMO_USERS.partner.id);
    expect(await actions.generateReportAction(null, formOf({ year: String(YEAR), language: "nn" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await stored()).toBeNull();
  });

  it("generates a draft and shows the editor", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    expect(await redirected(actions.generateReportAction(null, formOf({ year: String(YEAR), language: "nn" })))).toBe(`/admin/arsmelding/${YEAR}?utfall=laga`);
    const row = (await stored())!;
    expect(row).toMatchObject({ status: "DRAFT", language: "nn", version: 1, updatedById: DEMO_USERS.secretariat.id });
    const report = (await data.getAnnualReport(YEAR))!;
    expect(report.sections.map((s) => s.title)).toContain("Møte i samarbeidsorgana");
    expect(report.sections.find((s) => s.key === "meetings")!.body).toMatch(/Strategisk samarbeidsutval \(SSU\): \d+ møte/);
    expect(await db.prisma.auditEntry.count({ where: { action: "annualReport.generate", entityId: String(YEAR) } })).toBe(1);
  });

  it("does not replace a draft unless asked, nor in the wrong language", async () => {
    expect(await actions.generateReportAction(null, formOf({ year: String(YEAR), language: "nb" }))).toMatchObject({ ok: false, error: "EXISTS", fieldErrors: { replace: "confirm" } });
    expect(await actions.generateReportAction(null, formOf({ year: String(YEAR), language: "en" }))).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { language: "required" } });
    expect((await stored())!).toMatchObject({ language: "nn", version: 1 });
  });

  it("saves edits, refuses a stale form and a fødselsnummer, keeping what was typed", async () => {
    const fields = await sectionFields();
    fields.body_intro = "Eit år med godt samarbeid.\n\n- Første punkt\n- Andre punkt";
    expect(await redirected(actions.saveReportAction(null, formOf(fields)))).toBe(`/admin/arsmelding/${YEAR}?utfall=lagra`);
    expect((await data.getAnnualReport(YEAR))!.sections[0]!.body).toBe("Eit år med godt samarbeid.\n\n- Første punkt\n- Andre punkt");

    // The same form again (its version is now stale): CONFLICT, nothing written, the text given back.
    const stale = await actions.saveReportAction(null, formOf({ ...fields, body_intro: "Ein annan tekst" }));
    expect(stale).toMatchObject({ ok: false, error: "CONFLICT", values: { body_intro: "Ein annan tekst" } });
    expect((await stored())!.version).toBe(2);

    const fresh = await sectionFields();
    expect(await actions.saveReportAction(null, formOf({ ...fresh, title_intro: "", body_cases: "Gjeld 010190 10046" }))).toMatchObject({
      ok: false,
      error: "INVALID",
      fieldErrors: { title_intro: "required", body_cases: "nationalId" },
    });
    expect((await stored())!.version).toBe(2);
  });

  it("keeps a draft from the public, page and PDF alike", async () => {
    await signInAs(null);
    expect((await pdf()).status).toBe(404);
    await signInAs(DEMO_USERS.member.id);
    expect((await pdf()).status).toBe(404);
    expect(await data.listPublishedReports()).toEqual([]);
    await signInAs(DEMO_USERS.secretariat.id);
    expect((await pdf()).status).toBe(200);
  });

  it("publishes once on a double click, then everyone reads it and its PDF", async () => {
    const version = String((await stored())!.version);
    expect(await redirected(actions.publishReportAction(null, formOf({ year: String(YEAR), version })))).toBe(`/admin/arsmelding/${YEAR}?utfall=publisert`);
    expect(await actions.publishReportAction(null, formOf({ year: String(YEAR), version }))).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await db.prisma.auditEntry.count({ where: { action: "annualReport.publish", entityId: String(YEAR) } })).toBe(1);
    expect((await stored())!).toMatchObject({ status: "PUBLISHED", version: 3 });
    expect((await stored())!.publishedAt).not.toBeNull();

    await signInAs(null);
    expect((await data.listPublishedReports()).map((r) => r.year)).toEqual([YEAR]);
    const response = await pdf();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = (await pdfStrings(new Uint8Array(await response.arrayBuffer()))).join("\n");
    expect(text).toContain(`Årsmelding ${YEAR}`);
    expect(text).toContain("Eit år med godt samarbeid.");
    expect(text).toContain("Første punkt");
  });

  it("does not regenerate over a published report; withdrawing makes it a draft again", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    expect(await actions.generateReportAction(null, formOf({ year: String(YEAR), language: "nn", replace: "on" }))).toMatchObject({ ok: false, error: "PUBLISHED" });
    const version = String((await stored())!.version);
    expect(await redirected(actions.publishReportAction(null, formOf({ year: String(YEAR), version, publish: "0" })))).toBe(`/admin/arsmelding/${YEAR}?utfall=trekt`);
    expect((await stored())!).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await redirected(actions.generateReportAction(null, formOf({ year: String(YEAR), language: "nb", replace: "on" })))).toBe(`/admin/arsmelding/${YEAR}?utfall=laga`);
    const report = (await data.getAnnualReport(YEAR))!;
    expect(report.language).toBe("nb");
    expect(report.sections[0]!.title).toBe("Innledning");
  });
});
