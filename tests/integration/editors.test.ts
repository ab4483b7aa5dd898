// The secretariat's editors (action plan, agreements, news) through their server actions, against a seeded
// database: the session cookie is the only thing faked (next/headers), so authorization runs against the database
// exactly as on a request. Each write is checked for what a user would notice: the row and its history, the public
// reads and the search index, the audit log, and that a stale form (an older version) gets CONFLICT and changes
// nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_USERS, ids, seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { sessionTokenFor } from "../helpers/actions";

const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (cookie.token ? { name, value: cookie.token } : undefined) }),
  headers: async () => new Headers(),
}));
const revalidated = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => void revalidated.tags.push(tag),
  revalidatePath: () => undefined,
}));

let db: TestDatabase;
let planActions: typeof import("@/lib/action-plan/actions");
let newsActions: typeof import("@/lib/news/actions");
let agreementActions: typeof import("@/lib/agreements/actions");
let newsData: typeof import("@/lib/news/data");
let agreementData: typeof import("@/lib/agreements/data");
let planData: typeof import("@/lib/action-plan/data");

function form(fields: Record<string, string | string[] | Blob>, fileName?: string): FormData {
  const fd = new FormData();
  fd.append("lang", "nn");
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) fd.append(name, value, fileName);
    else for (const v of Array.isArray(value) ? value : [value]) fd.append(name, v);
  }
  return fd;
}

async function signInAs(userId: string | null): Promise<void> {
  cookie.token = userId ? await sessionTokenFor(userId) : undefined;
}

/** A successful action redirects to the editor page of what it saved; returns that path. */
async function redirected(promise: Promise<unknown>): Promise<string> {
  try {
    const result = await promise;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? error);
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2]!;
  }
}

const searchEntry = (kind: string, refId: string) => db.prisma.searchEntry.findUnique({ where: { kind_refId: { kind: kind as never, refId } } });

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "editors-test-secret-editors-test-secret";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  planActions = await import("@/lib/action-plan/actions");
  newsActions = await import("@/lib/news/actions");
  agreementActions = await import("@/lib/agreements/actions");
  newsData = await import("@/lib/news/data");
  agreementData = await import("@/lib/agreements/data");
  planData = await import("@/lib/action-plan/data");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

beforeEach(async () => {
  revalidated.tags = [];
  await signInAs(DEMO_USERS.secretariat.id);
});

describe("authorization", () => {
  it("refuses a partner contact and an anonymous visitor, writes nothing and audits the refusal", async () => {
    const before = await db.prisma.newsArticle.count();
    await signInAs(DEMO_USERS.partner.id);
    const partner = await newsActions.createNewsAction(null, form({ title: "Ikkje lov", lead: "Ingress", body: "Tekst" }));
    expect(partner).toMatchObject({ ok: false, error: "FORBIDDEN" });
    await signInAs(null);
    const anonymous = await planActions.createPlanAction(null, form({ year: "2031", title: "x", part1Title: "a", part2Title: "b" }));
    expect(anonymous).toMatchObject({ ok: false, error: "UNAUTHENTICATED" });
    await signInAs(DEMO_USERS.member.id);
    const member = await agreementActions.createAgreementAction(null, form({ slug: "ny-avtale", kind: "SERVICE", title: "Ny" }));
    expect(member).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await db.prisma.newsArticle.count()).toBe(before);
    expect(await db.prisma.actionPlan.findUnique({ where: { year: 2031 } })).toBeNull();
    const denied = await db.prisma.auditEntry.findMany({ where: { action: "content.edit", outcome: "DENIED" } });
    expect(denied.map((d) => d.actorId)).toEqual(expect.arrayContaining([DEMO_USERS.partner.id, DEMO_USERS.member.id, null]));
  });
});

describe("action plan", () => {
  let measureId: string;

  it("creates a year's plan with its two parts, and refuses the same year twice", async () => {
    const fields = { year: "2030", title: "Felles handlingsplan 2030", adoptedOn: "2029-12-04", adoptedByBodyId: ids.body("ssu"), part1Title: "Avtalane", part2Title: "Andre tiltak" };
    expect(await redirected(planActions.createPlanAction(null, form(fields)))).toBe("/admin/handlingsplan/2030?lagra=1");
    const plan = await db.prisma.actionPlan.findUniqueOrThrow({ where: { year: 2030 }, include: { parts: { orderBy: { number: "asc" } } } });
    expect(plan.parts.map((p) => [p.number, p.title])).toEqual([
      [1, "Avtalane"],
      [2, "Andre tiltak"],
    ]);
    expect(plan.adoptedOn?.toISOString().slice(0, 10)).toBe("2029-12-04");
    expect(await planActions.createPlanAction(null, form(fields))).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { year: "taken" } });
    expect(await planData.getPlanYears()).toContain(2030);
  });

  it("creates a measure that is public and searchable at once; a taken code is a field error", async () => {
    const plan = await planData.getPlanForEditor(2030);
    const fields = {
      partId: plan!.parts[1]!.id,
      code: "2.1",
      title: "Samordna heimebesøk for skrøpelege eldre",
      description: "Kommunane og sjukehuset prøver ut felles heimebesøk etter utskriving.",
      priorityGroups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
      responsibleBodyId: ids.body("ssu"),
      deadline: "2030-12-31",
    };
    const path = await redirected(planActions.createMeasureAction(null, form(fields)));
    measureId = path.split("/")[4]!.split("?")[0]!;
    const page = await planData.getMeasure(measureId);
    expect(page).toMatchObject({ code: "2.1", status: "NOT_STARTED", priorityGroups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"] });
    expect((await searchEntry("MEASURE", measureId))?.title).toBe("2.1 Samordna heimebesøk for skrøpelege eldre");
    expect(revalidated.tags).toContain("action-plan");
    expect(await planActions.createMeasureAction(null, form(fields))).toMatchObject({ ok: false, fieldErrors: { code: "taken" }, values: { code: "2.1" } });
  });

  it("records a status report in the history; a stale second report gets CONFLICT and changes nothing", async () => {
    const { version } = await db.prisma.measure.findUniqueOrThrow({ where: { id: measureId } });
    const report = { measureId, version: String(version), status: "ON_TRACK", progress: "40", note: "Fire kommunar er med i utprøvinga." };
    await redirected(planActions.recordStatusAction(null, form(report)));
    const page = await planData.getMeasure(measureId);
    expect(page).toMatchObject({ status: "ON_TRACK", progress: 40, statusNote: report.note });
    expect(page!.history).toEqual([expect.objectContaining({ status: "ON_TRACK", progress: 40, note: report.note })]);
    expect((await searchEntry("MEASURE", measureId))?.text).toContain("Fire kommunar");

    const stale = await planActions.recordStatusAction(null, form({ ...report, status: "DELAYED", progress: "10", note: "Utsett" }));
    expect(stale).toMatchObject({ ok: false, error: "CONFLICT", values: { status: "DELAYED", note: "Utsett" } });
    expect(await planData.getMeasure(measureId)).toMatchObject({ status: "ON_TRACK", progress: 40 });
    expect(await db.prisma.measureStatusUpdate.count({ where: { measureId } })).toBe(1);
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: "measure.status", entityId: measureId } });
    expect(audit).toMatchObject({ actorId: DEMO_USERS.secretariat.id, outcome: "OK" });
  });

  it("validates with the form's schema: progress over 100 and an empty title are field errors", async () => {
    const { version } = await db.prisma.measure.findUniqueOrThrow({ where: { id: measureId } });
    const result = await planActions.recordStatusAction(null, form({ measureId, version: String(version), status: "ON_TRACK", progress: "140" }));
    expect(result).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { progress: "invalid" } });
    const plan = await planData.getPlanForEditor(2030);
    const edit = await planActions.updateMeasureAction(
      null,
      form({ measureId, version: String(version), partId: plan!.parts[1]!.id, code: "2.1", title: " ", responsibleBodyId: ids.body("ssu") }),
    );
    expect(edit).toMatchObject({ ok: false, error: "INVALID", fieldErrors: { title: "required" } });
  });

  it("links an existing decision to the measure and unlinks it", async () => {
    const decision = await db.prisma.decision.findFirstOrThrow({ select: { id: true } });
    await redirected(planActions.linkDecisionAction(null, form({ measureId, decisionId: decision.id })));
    expect((await planData.getMeasure(measureId))!.decisions.map((d) => d.id)).toEqual([decision.id]);
    await redirected(planActions.unlinkDecisionAction(null, form({ measureId, decisionId: decision.id })));
    expect((await planData.getMeasure(measureId))!.decisions).toEqual([]);
  });
});

describe("priority groups as data (issue 20 item 3)", () => {
  const FIFTH = "PREGNANCY_BIRTH_POSTNATAL"; // Meld. St. 9 (2023–2024), valid from 2024
  async function partOf(year: number): Promise<string> {
    if (!(await planData.getPlanForEditor(year))) {
      await redirected(planActions.createPlanAction(null, form({ year: String(year), title: `Plan ${year}`, part1Title: "Avtalane", part2Title: "Andre tiltak" })));
    }
    return (await planData.getPlanForEditor(year))!.parts[1]!.id;
  }
  const measure = (partId: string, code: string) => ({ partId, code, title: `Tiltak for gravide ${code}`, priorityGroups: [FIFTH, "CHILDREN_YOUTH"], responsibleBodyId: ids.body("ssu") });

  it("refuses the fifth group on a measure of the 2023 plan with a field error, and writes nothing", async () => {
    const partId = await partOf(2023);
    const created = () => db.prisma.auditEntry.count({ where: { action: "measure.create" } });
    const audits = await created();
    expect(await planActions.createMeasureAction(null, form(measure(partId, "2.91")))).toMatchObject({
      ok: false,
      error: "INVALID",
      fieldErrors: { priorityGroups: "groupNotInYear" },
      values: { code: "2.91", priorityGroups: [FIFTH, "CHILDREN_YOUTH"] },
    });
    expect(await db.prisma.measure.count({ where: { code: "2.91" } })).toBe(0);
    expect(await created()).toBe(audits);
    // The plan's page offers and shows only the groups of 2023: the four of Meld. St. 7 (2019–2020).
    expect((await planData.getPlan(2023))!.groups.map((g) => g.code)).not.toContain(FIFTH);
    // An unknown code is refused the same way.
    expect(await planActions.createMeasureAction(null, form({ ...measure(partId, "2.92"), priorityGroups: ["NO_SUCH_GROUP"] }))).toMatchObject({ fieldErrors: { priorityGroups: "groupNotInYear" } });
  });

  it("accepts the fifth group on a measure of the 2025 plan and shows its name from the data in both languages", async () => {
    const partId = await partOf(2025);
    const path = await redirected(planActions.createMeasureAction(null, form(measure(partId, "2.93"))));
    const id = path.split("/")[4]!.split("?")[0]!;
    const page = await planData.getMeasure(id);
    expect(page!.priorityGroups).toEqual([FIFTH, "CHILDREN_YOUTH"]);
    expect(page!.groups.map((g) => g.name)).toEqual(["Barn og unge", "Gravide, fødsel og barselomsorg"]);
    const plan = await planData.getPlan(2025);
    expect(plan!.groups.map((g) => g.code)).toContain(FIFTH);
    // Editing keeps working, and a group the measure already has stays valid.
    const row = await db.prisma.measure.findUniqueOrThrow({ where: { id } });
    await redirected(planActions.updateMeasureAction(null, form({ ...measure(partId, "2.93"), measureId: id, version: String(row.version), title: "Nytt namn" })));
    expect((await db.prisma.measure.findUniqueOrThrow({ where: { id } })).title).toBe("Nytt namn");
  });
});

describe("news", () => {
  let articleId: string;

  it("keeps a new article a draft: not in the public list, page or search", async () => {
    const path = await redirected(
      newsActions.createNewsAction(
        null,
        form({ title: "Ny rutine for utskriving", lead: "SSU har vedteke ein ny rutine.", body: "Første avsnitt.\n\nAndre avsnitt <script>alert(1)</script>" }),
      ),
    );
    articleId = path.split("/")[3]!.split("?")[0]!;
    const row = await db.prisma.newsArticle.findUniqueOrThrow({ where: { id: articleId } });
    expect(row).toMatchObject({ slug: "ny-rutine-for-utskriving", publishedAt: null, body: "<p>Første avsnitt.</p><p>Andre avsnitt </p>" });
    expect((await newsData.getPublishedNews()).map((n) => n.slug)).not.toContain(row.slug);
    expect(await newsData.getNewsArticle(row.slug)).toBeNull();
    expect(await searchEntry("NEWS", articleId)).toBeNull();
  });

  it("publishes: public list, page and search at once; a stale edit gets CONFLICT; unpublishing removes it everywhere", async () => {
    const v1 = (await db.prisma.newsArticle.findUniqueOrThrow({ where: { id: articleId } })).version;
    await redirected(newsActions.publishNewsAction(null, form({ articleId, version: String(v1), publish: "true" })));
    expect((await newsData.getPublishedNews())[0]!.slug).toBe("ny-rutine-for-utskriving");
    expect((await searchEntry("NEWS", articleId))?.visibility).toBe("PUBLIC");
    expect(revalidated.tags).toEqual(expect.arrayContaining(["news", "search"]));

    const stale = await newsActions.updateNewsAction(null, form({ articleId, version: String(v1), title: "Overskrive", lead: "x", body: "y" }));
    expect(stale).toMatchObject({ ok: false, error: "CONFLICT", values: { title: "Overskrive" } });
    expect((await db.prisma.newsArticle.findUniqueOrThrow({ where: { id: articleId } })).title).toBe("Ny rutine for utskriving");

    const v2 = (await db.prisma.newsArticle.findUniqueOrThrow({ where: { id: articleId } })).version;
    await redirected(newsActions.publishNewsAction(null, form({ articleId, version: String(v2), publish: "false" })));
    expect((await newsData.getPublishedNews()).map((n) => n.slug)).not.toContain("ny-rutine-for-utskriving");
    expect(await searchEntry("NEWS", articleId)).toBeNull();
    expect(await db.prisma.auditEntry.count({ where: { entityId: articleId, action: { in: ["news.create", "news.publish", "news.unpublish"] } } })).toBe(3);
  });
});

describe("agreements", () => {
  const slug = "tenesteavtale-3";
  const pdf = () => new Blob([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], { type: "application/pdf" });

  it("adds a version with a PDF: it becomes current, the one it replaces ends the day before, the file is stored", async () => {
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug } });
    const today = new Date().toISOString().slice(0, 10);
    const { PDFDocument } = await import("@cantoo/pdf-lib");
    const doc = await PDFDocument.create();
    doc.addPage().drawText("Tenesteavtale om utskrivingsklare pasientar");
    const withText = new Blob([new Uint8Array(await doc.save())], { type: "application/pdf" });
    const fields = { agreementId: agreement.id, label: "2027", validFrom: today, adoptedBy: "SSU 04.09.2026", file: withText };
    expect(await redirected(agreementActions.addVersionAction(null, form(fields, "../../avtale 3.pdf")))).toBe(`/admin/avtalar/${slug}?lagra=1`);
    const view = await agreementData.getAgreement(slug, (await import("@/lib/auth/viewer")).ANONYMOUS);
    expect(view!.current?.label).toBe("2027");
    expect(view!.current!.documents).toHaveLength(1);
    const earlier = view!.versions.filter((v) => !v.current);
    expect(earlier.map((v) => v.label)).toEqual(["2023", "2016"]);
    const replaced = earlier[0]!;
    expect(replaced.validTo!.getTime()).toBe(new Date(`${today}T00:00:00Z`).getTime() - 86_400_000);
    const stored = await db.prisma.documentVersion.findFirstOrThrow({ where: { document: { agreementVersion: { agreementId: agreement.id, label: "2027" } } }, include: { file: true } });
    expect(stored).toMatchObject({ fileName: "avtale 3.pdf", mimeType: "application/pdf" });
    expect(stored.file!.content.byteLength).toBeGreaterThan(10);
    // The file's text is searchable, not only its title.
    expect(stored.extractedText).toContain("utskrivingsklare");
    expect(await searchEntry("DOCUMENT", stored.documentId)).toMatchObject({ url: `/avtalar/${slug}`, visibility: "PUBLIC" });
  });

  it("refuses a program renamed .pdf and a missing file, keeping the typed values", async () => {
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug } });
    const exe = new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00])]);
    const base = { agreementId: agreement.id, label: "2028", validFrom: "2028-01-01" };
    expect(await agreementActions.addVersionAction(null, form({ ...base, file: exe }, "avtale.pdf"))).toMatchObject({
      ok: false,
      error: "FILE_TYPE_NOT_ALLOWED",
      values: { label: "2028" },
    });
    expect(await agreementActions.addVersionAction(null, form(base))).toMatchObject({ ok: false, error: "FILE_MISSING" });
    expect(await agreementActions.addVersionAction(null, form({ ...base, validTo: "2027-01-01", file: pdf() }, "a.pdf"))).toMatchObject({
      ok: false,
      fieldErrors: { validTo: "dateOrder" },
    });
    expect(await db.prisma.agreementVersion.count({ where: { agreementId: agreement.id, label: "2028" } })).toBe(0);
  });

  it("edits the agreement under its version; a stale edit gets CONFLICT", async () => {
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug } });
    const fields = { agreementId: agreement.id, version: String(agreement.version), kind: "SERVICE", number: "3", title: "Innlegging i sjukehus (revidert)" };
    await redirected(agreementActions.updateAgreementAction(null, form(fields)));
    expect(await agreementActions.updateAgreementAction(null, form({ ...fields, title: "Gammal utgåve" }))).toMatchObject({ ok: false, error: "CONFLICT" });
    expect((await db.prisma.agreement.findUniqueOrThrow({ where: { slug } })).title).toBe("Innlegging i sjukehus (revidert)");
  });

  it("edits a version's validity under its version; a stale edit gets CONFLICT", async () => {
    const version = await db.prisma.agreementVersion.findFirstOrThrow({ where: { agreement: { slug }, label: "2016" } });
    const fields = { versionId: version.id, version: String(version.version), label: "2016", validFrom: "2016-01-01", validTo: "2023-06-30", note: "Retta sluttdato" };
    await redirected(agreementActions.updateVersionAction(null, form(fields)));
    expect(await agreementActions.updateVersionAction(null, form({ ...fields, note: "Gammal" }))).toMatchObject({ ok: false, error: "CONFLICT" });
    expect((await db.prisma.agreementVersion.findUniqueOrThrow({ where: { id: version.id } })).note).toBe("Retta sluttdato");
  });

  it("records the yearly review", async () => {
    const agreement = await db.prisma.agreement.findUniqueOrThrow({ where: { slug } });
    await redirected(
      agreementActions.recordReviewAction(null, form({ agreementId: agreement.id, year: "2026", reviewedOn: "2026-12-03", bodyId: ids.body("ssu"), outcome: "Avtalen fungerer godt." })),
    );
    const review = await db.prisma.agreementReview.findFirstOrThrow({ where: { agreementId: agreement.id, outcome: "Avtalen fungerer godt." } });
    expect(review).toMatchObject({ year: 2026, bodyId: ids.body("ssu") });
  });
});
