// The annual report's draft and text format (issue 21 item 4), without a database: the draft says what the facts say
// in the report's language, a body that meets fewer times than S8 requires is named as such, deviation counts stay
// suppressed (the report is public), and the page and the PDF read the same blocks out of the edited text.
import { describe, expect, it } from "vitest";
import type { AnnualFacts } from "@/lib/annual-report/data";
import { composeDraft } from "@/lib/annual-report/draft";
import { renderAnnualReportPdf } from "@/lib/annual-report/pdf";
import { SECTION_KEYS } from "@/lib/annual-report/policy";
import { textBlocks } from "@/lib/annual-report/text";
import type { DeviationCountRow } from "@/lib/deviations/overview";
import { buildPublicStatistics } from "@/lib/deviations/statistics";
import { pdfStrings } from "../helpers/pdf-text";

const deviation = (month: number, category: DeviationCountRow["category"]): DeviationCountRow => ({
  areaId: "a",
  month: new Date(Date.UTC(2025, month - 1, 1)),
  category,
  reportingPartyId: "askoy",
  concernedPartyId: "hb",
  agreementId: null,
  clause: null,
});

const body = (over: Partial<AnnualFacts["bodies"][number]>): AnnualFacts["bodies"][number] => ({
  id: "x",
  name: "Namn",
  nameNb: null,
  shortName: "X",
  minMeetingsPerYear: null,
  meetingsHeld: 0,
  meetingsCancelled: 0,
  casesReceived: 0,
  casesDecided: 0,
  decisions: 0,
  disagreements: 0,
  ...over,
});

const facts: AnnualFacts = {
  year: 2025,
  bodies: [
    body({ id: "ssu", name: "Strategisk samarbeidsutval", shortName: "SSU", minMeetingsPerYear: 4, meetingsHeld: 3, meetingsCancelled: 1, casesReceived: 7, casesDecided: 5, decisions: 6, disagreements: 1 }),
    body({ id: "ou", name: "Områdeutval Voss", nameNb: "Områdeutvalg Voss", shortName: "OU Voss", meetingsHeld: 2, casesReceived: 2 }),
    body({ id: "quiet", name: "Stille nettverk", shortName: "SN" }),
  ],
  decisions: [
    { body: "SSU", decidedAt: new Date("2025-03-12T10:00:00Z"), title: "Retningsline for utskriving", titleNb: "Retningslinje for utskrivning", reference: "SSU 3/2025", disagreement: false },
    { body: "SSU", decidedAt: new Date("2025-06-11T10:00:00Z"), title: "Fordeling av kostnader", titleNb: null, reference: null, disagreement: true },
  ],
  plan: {
    title: "Felles handlingsplan 2025",
    titleNb: null,
    measures: [
      { priorityGroups: ["CHILDREN_YOUTH"], status: "COMPLETED" },
      { priorityGroups: ["CHILDREN_YOUTH", "FRAIL_ELDERLY"], status: "DELAYED" },
    ],
    // The groups valid in the year, as read from PriorityGroupDefinition (issue 20 item 3).
    groups: [
      { code: "CHILDREN_YOUTH", name: "Barn og unge", nameNb: null, fromYear: 2020, toYear: null },
      { code: "FRAIL_ELDERLY", name: "Skrøpelege eldre", nameNb: "Skrøpelige eldre", fromYear: 2020, toYear: null },
      { code: "PREGNANCY_BIRTH_POSTNATAL", name: "Gravide, fødsel og barselomsorg", nameNb: null, fromYear: 2024, toYear: null },
    ],
  },
  // 12 discharge deviations and 2 medication-list ones: the 2 must never be written as a number.
  deviations: buildPublicStatistics([...Array.from({ length: 12 }, (_, i) => deviation((i % 12) + 1, "DISCHARGE")), deviation(2, "MEDICATION_LIST"), deviation(3, "MEDICATION_LIST")], 2025, ["a"]),
  adoptions: [
    {
      agreement: "Tenesteavtale 3",
      agreementNb: "Tjenesteavtale 3",
      label: "2025",
      adoptedOn: new Date("2025-05-20T00:00:00Z"),
      counts: { NOT_STARTED: 10, ON_AGENDA: 2, ADOPTED: 7, ADOPTED_WITH_RESERVATIONS: 2, DECLINED: 1 },
      total: 22,
    },
  ],
  reviews: [{ agreement: null, agreementNb: null, reviewedOn: new Date("2025-11-26T00:00:00Z"), outcome: "Ingen endringar" }],
  consultations: [{ title: "Utkast til handlingsplan", deadline: new Date("2025-09-30T10:00:00Z"), asked: 19, submitted: 3, late: 1, decisionLinked: true }],
  indicators: [
    {
      slug: "avvik",
      name: "Samhandlingsavvik",
      nameNb: null,
      unit: "tal",
      unitNb: null,
      level: "HELSEFELLESSKAP",
      decimals: 0,
      period: "2025-Q4",
      values: [{ unit: "", unitNb: null, value: 42 }],
      yearBefore: null,
    },
    {
      slug: "reinnlegging",
      name: "Reinnleggingar 80+",
      nameNb: "Reinnleggelser 80+",
      unit: "prosent",
      unitNb: null,
      level: "AREA",
      decimals: 1,
      period: "2025",
      values: [
        { unit: "Bergen", unitNb: null, value: 12.5 },
        { unit: "Voss", unitNb: null, value: null },
      ],
      yearBefore: null,
    },
    { slug: "liggedogn", name: "Liggedøgn", nameNb: null, unit: "døgn", unitNb: null, level: "MUNICIPALITY", decimals: 0, period: "2025", values: Array(18).fill({ unit: "x", unitNb: null, value: 1 }), yearBefore: null },
  ],
};

const AT = new Date("2026-01-15T09:00:00Z");
const section = (sections: ReturnType<typeof composeDraft>, key: string) => sections.find((s) => s.key === key)!.body;

describe("the generated draft", () => {
  const nn = composeDraft("nn", facts, AT);
  const nb = composeDraft("nb", facts, AT);

  it("has every section, in order, titled in the report's language", () => {
    expect(nn.map((s) => s.key)).toEqual([...SECTION_KEYS]);
    expect(nn[0]!.title).toBe("Innleiing");
    expect(nb[0]!.title).toBe("Innledning");
    expect(section(nn, "intro")).toContain("15. januar 2026");
  });

  it("counts meetings per body and names a body below its S8 minimum", () => {
    const meetings = section(nn, "meetings");
    expect(meetings).toContain("Samarbeidsorgana heldt 5 møte i 2025.");
    expect(meetings).toContain("- Strategisk samarbeidsutval (SSU): 3 møte, 1 avlyste (krav: minst 4 i året) – færre enn kravet");
    expect(meetings).toContain("- Områdeutval Voss (OU Voss): 2 møte");
    expect(meetings).not.toContain("Stille nettverk");
    expect(section(nb, "meetings")).toContain("- Områdeutvalg Voss (OU Voss): 2 møter");
  });

  it("counts cases received and decided, and lists the decisions with disagreement marked (G6)", () => {
    expect(section(nn, "cases")).toContain("Saman tok imot 9 saker i 2025, og 5 saker fekk vedtak");
    const decisions = section(nn, "decisions");
    expect(decisions).toContain("Usemje vart registrert i 1 av dei (G6).");
    expect(decisions).toContain("SSU 3/2025: Retningsline for utskriving");
    expect(decisions).toMatch(/SSU: Fordeling av kostnader \(usemje registrert\)/);
    expect(section(nb, "decisions")).toContain("SSU 3/2025: Retningslinje for utskrivning");
  });

  it("lists the public consultation rounds with how many answered and how many late (issue 21.2)", () => {
    expect(section(nn, "consultations")).toContain("- Utkast til handlingsplan (frist 30.09.2025): 3 av 19 partar svarte, 1 etter fristen – resultatet er følgt opp i eit vedtak");
    expect(section(nb, "consultations")).toContain("3 av 19 parter svarte, 1 etter fristen");
    expect(section(composeDraft("nn", { ...facts, consultations: [] }, AT), "consultations")).toBe("Ingen offentlege høyringsrundar hadde frist i 2025.");
  });

  it("gives the indicators' numbers of the year, a small count never as its number (issue 21.3)", () => {
    const indicators = section(nn, "indicators");
    expect(indicators).toContain("følgde 3 indikatorar");
    expect(indicators).toContain("- Samhandlingsavvik (tal), 2025-Q4: 42");
    expect(indicators).toContain("- Reinnleggingar 80+ (prosent), 2025: Bergen 12,5, Voss færre enn 5");
    expect(indicators).toContain("- Liggedøgn: tal for 18 kommunar i 2025");
    expect(section(nb, "indicators")).toContain("- Reinnleggelser 80+ (prosent), 2025: Bergen 12,5, Voss færre enn 5");
    expect(section(composeDraft("nn", { ...facts, indicators: [] }, AT), "indicators")).toContain("Det er ikkje registrert tal");
  });

  it("gives the action plan's status per priority group", () => {
    const plan = section(nn, "actionPlan");
    expect(plan).toContain("Felles handlingsplan 2025 har 2 tiltak.");
    expect(plan).toContain("- Barn og unge: 2 tiltak – forseinka: 1, fullført: 1");
    expect(plan).toContain("- Skrøpelege eldre: 1 tiltak – forseinka: 1");
    // The groups come from the data: the fifth (Meld. St. 9 (2023–2024)) is listed for 2025 with no measures.
    expect(plan).toContain("- Gravide, fødsel og barselomsorg: 0 tiltak – –");
  });

  it("never writes a small deviation count (the report is public)", () => {
    const deviations = section(nn, "deviations");
    expect(deviations).toContain("Legemiddelliste: <5");
    expect(deviations).not.toMatch(/Legemiddelliste: 2\b/);
    // The total (14) and the discharge count (12) together would give the 2 away: one of them is held back.
    expect(/registrert 14 samhandlingsavvik/.test(deviations) && /Utskriving: 12\b/.test(deviations)).toBe(false);
    expect(deviations).toContain("Utskriving: skjult");
  });

  it("says where the parties stand with what SSU adopted, and the yearly review", () => {
    const agreements = section(nn, "agreements");
    expect(agreements).toContain("Tenesteavtale 3 (versjon 2025, vedteken av SSU 20.05.2025): 9 av 22 partar har vedteke, 2 med atterhald, 1 har ikkje vedteke, 12 står att");
    expect(agreements).toContain("- 26.11.2025, heile avtaleverket: Ingen endringar");
  });
});

describe("the text format", () => {
  it("reads paragraphs and lists, joining a wrapped list line to its item", () => {
    expect(textBlocks("Første avsnitt\nheld fram.\n\nListe:\n- ein\n- to\n  og meir\n\nSiste.")).toEqual([
      { kind: "paragraph", text: "Første avsnitt held fram." },
      { kind: "paragraph", text: "Liste:" },
      { kind: "list", items: ["ein", "to og meir"] },
      { kind: "paragraph", text: "Siste." },
    ]);
    expect(textBlocks("  \n\n")).toEqual([]);
  });

  it("writes the same sections into the PDF, in the report's language", async () => {
    const sections = composeDraft("nn", facts, AT);
    const report = { year: 2025, status: "PUBLISHED" as const, language: "nn" as const, sections, generatedAt: AT, publishedAt: AT, updatedAt: AT, version: 2 };
    const text = (await pdfStrings(await renderAnnualReportPdf(report))).join("\n");
    expect(text).toContain("Årsmelding 2025");
    expect(text).toContain("2. Møte i samarbeidsorgana");
    expect(text).toContain("Legemiddelliste: <5");
    expect(text).toMatch(/Side 1 av \d/);
  });
});
