// The yearly report PDF: it parses, and the numbers in it are the suppressed numbers of the overview (the same the
// CSV and the printable page write), in the viewer's language.
import { PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { overviewLabels } from "@/lib/deviations/labels";
import { buildOverview, type DeviationCountRow } from "@/lib/deviations/overview";
import { reportData, reportRows } from "@/lib/deviations/report";
import { renderReportPdf } from "@/lib/deviations/report-pdf";
import { pdfStrings } from "../helpers/pdf-text";

const row = (year: number, month: number, fields: Partial<DeviationCountRow> = {}): DeviationCountRow => ({
  areaId: "a",
  month: new Date(Date.UTC(year, month - 1, 1)),
  category: "DISCHARGE",
  reportingPartyId: "askoy",
  concernedPartyId: "hb",
  agreementId: "ta5",
  clause: "§ 6.2",
  ...fields,
});
const times = (n: number, make: () => DeviationCountRow) => Array.from({ length: n }, make);
const rows = [
  ...times(9, () => row(2025, 3)),
  ...times(2, () => row(2025, 5, { category: "REFERRAL", reportingPartyId: "hb", concernedPartyId: "askoy" })),
  ...times(12, () => row(2024, 9, { category: "E_MESSAGES", clause: null })),
  ...times(6, () => row(2024, 2)),
];
const parties = [
  { id: "askoy", name: "Askøy kommune", nameNb: null, shortName: "Askøy", kind: "MUNICIPALITY", areaIds: [] },
  { id: "hb", name: "Helse Bergen HF", nameNb: null, shortName: "Helse Bergen", kind: "HEALTH_TRUST", areaIds: [] },
];
const agreements = [{ id: "ta5", title: "Tenesteavtale 5", titleNb: "Tjenesteavtale 5" }];

describe("yearly report PDF", () => {
  const overview = buildOverview(rows, 2025, 12);

  for (const lang of ["nn", "nb"] as const) {
    it(`parses and carries the suppressed numbers of the overview (${lang})`, async () => {
      const data = reportData(lang, overview, overviewLabels(lang, parties, agreements), "Heile helsefellesskapet");
      const bytes = await renderReportPdf(lang, data, new Date("2026-02-01T10:00:00Z"));
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getTitle()).toContain("2025");
      expect(String(pdf.catalog.get(PDFName.of("Lang")))).toContain(lang === "nb" ? "nb-NO" : "nn-NO");
      const drawn = await pdfStrings(bytes);
      const text = drawn.join("\n");

      expect(text).toContain("Årsrapport for samhandlingsavvik 2025");
      expect(text).toContain(lang === "nb" ? "Tjenesteavtale 5" : "Tenesteavtale 5");
      expect(text).toContain(lang === "nb" ? "Henvisning" : "Tilvising");
      // Every table line: its cells drawn right before its label, exactly as the report data says (an empty cell draws
      // nothing a reader gets back, so it is not in the text layer).
      for (const line of [data.total, ...data.sections.flatMap((s) => s.lines)]) {
        const cells = [line.current, line.previous, line.change].filter((cell) => cell !== "");
        const at = drawn.findIndex((_, i) => cells.every((cell, k) => drawn[i + k] === cell) && line.label.startsWith(drawn[i + cells.length] ?? "\u0000"));
        expect(at, `${line.label}: ${line.current} / ${line.previous}`).toBeGreaterThanOrEqual(0);
      }
      // The small counts are suppressed, with complementary suppression: no 2 and no 9 (9 + 2 = 11) anywhere.
      expect(drawn).toContain("<5");
      expect(drawn).toContain("skjult");
      expect(drawn).not.toContain("2");
      expect(drawn).not.toContain("9");
      // The same numbers as the CSV.
      const csvNumbers = reportRows(lang, overview, overviewLabels(lang, parties, agreements), "x")
        .slice(2, -1)
        .flatMap((r) => r.slice(2));
      const pdfNumbers = [data.total, ...data.sections.flatMap((s) => s.lines)].flatMap((l) => [l.current, l.previous, l.change]);
      expect(pdfNumbers).toEqual(csvNumbers);
    });
  }
});
