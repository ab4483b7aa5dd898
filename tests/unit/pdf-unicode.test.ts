// Issue 19 item 3: every PDF Saman writes embeds its font (DejaVu Sans as a TrueType subset: a FontFile2), so
// Norwegian and Sámi letters are written as they are and a reader's text layer gives them back exactly. With
// pdf-lib's standard fonts (WinAnsi) the Sámi letters could not be written at all (they became "?"), and no font
// was embedded.
import { PDFDict, PDFDocument, PDFName, PDFArray } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { renderAnnualReportPdf } from "@/lib/annual-report/pdf";
import type { Round } from "@/lib/consultation/data";
import { renderCompiledPdf } from "@/lib/consultation/compiled-pdf";
import { overviewLabels } from "@/lib/deviations/labels";
import { buildOverview } from "@/lib/deviations/overview";
import { reportData } from "@/lib/deviations/report";
import { renderReportPdf } from "@/lib/deviations/report-pdf";
import { buildBundle } from "@/lib/meetings/bundle/build";
import { renderPdf } from "@/prisma/seed/pdf";
import { pdfStrings } from "../helpers/pdf-text";

const NORWEGIAN = "æøå ÆØÅ";
const SAMI = "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž";
const AT = new Date("2026-03-02T10:00:00Z");

/** Every font the PDF uses, with whether its program is embedded as TrueType (FontFile2). */
async function fonts(bytes: Uint8Array): Promise<{ name: string; trueType: boolean }[]> {
  const pdf = await PDFDocument.load(bytes);
  const out: { name: string; trueType: boolean }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    // A composite (Type0) font draws with its descendant; the descendant carries the font program.
    if (object.get(PDFName.of("Subtype")) === PDFName.of("Type0")) {
      expect(object.lookup(PDFName.of("DescendantFonts"), PDFArray).size()).toBe(1);
      continue;
    }
    const descriptor = object.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
    out.push({ name: String(object.get(PDFName.of("BaseFont"))), trueType: descriptor?.has(PDFName.of("FontFile2")) ?? false });
  }
  return out;
}

async function expectUnicode(bytes: Uint8Array) {
  const text = (await pdfStrings(bytes)).join("\n");
  expect(text).toContain(NORWEGIAN);
  expect(text).toContain(SAMI);
  const used = await fonts(bytes);
  expect(used.length).toBeGreaterThan(0);
  for (const font of used) {
    expect(font.name, "a subset's name: six-letter tag, +, the font").toMatch(/^\/[A-Z]{6}\+DejaVuSans/);
    expect(font.trueType, `${font.name} is embedded`).toBe(true);
  }
}

describe("PDFs with Norwegian and Sámi letters (issue 19 item 3)", () => {
  it("the minutes (the seed's referat, through lib/pdf/layout.ts)", async () => {
    const { bytes } = await renderPdf({
      title: `Referat ${NORWEGIAN}`,
      date: AT,
      blocks: [
        { type: "h1", text: `Referat frå Områdeutval ${NORWEGIAN}` },
        { type: "h2", text: SAMI },
        { type: "p", label: "Vedtak", text: `${SAMI} – samrøystes.` },
        { type: "p", text: NORWEGIAN },
      ],
    });
    await expectUnicode(bytes);
  });

  it("the deviation report", async () => {
    const overview = buildOverview([], 2025, 12);
    const data = reportData("nn", overview, overviewLabels("nn", [], []), `${NORWEGIAN} · ${SAMI}`);
    const bytes = await renderReportPdf("nn", data, AT);
    await expectUnicode(bytes);
  });

  it("the combined meeting document", async () => {
    const labels = { contents: "Innhald", notice: "Innkalling", agenda: "Sakliste", noPapers: "Ingen dokument" };
    const { bytes } = await buildBundle({
      title: `Møte ${NORWEGIAN}`,
      subtitle: SAMI,
      edition: "Offentleg utgåve",
      notice: `${NORWEGIAN}\n\n${SAMI}`,
      agenda: [`1. ${SAMI}`],
      meetingPapers: [],
      items: [{ heading: `1. ${NORWEGIAN}`, decision: SAMI, papers: [] }],
      labels,
      lang: "nn",
    });
    await expectUnicode(bytes);
  });

  it("the annual report and the compiled consultation answers (the same layout)", async () => {
    const report = await renderAnnualReportPdf({
      year: 2025,
      status: "PUBLISHED",
      language: "nn",
      sections: [{ key: "intro", title: NORWEGIAN, body: `${SAMI}\n\n- ${NORWEGIAN}` }],
      generatedAt: AT,
      publishedAt: AT,
      updatedAt: AT,
      version: 1,
    });
    await expectUnicode(report);
    const round = {
      title: NORWEGIAN,
      deadline: AT,
      text: SAMI,
      parties: [{ name: `Guovdageainnu ${SAMI}`, nameNb: null, answer: { status: "SUBMITTED", submittedAt: AT, late: false, text: `${NORWEGIAN}\n\n${SAMI}`, files: [] } }],
    } as unknown as Round;
    await expectUnicode(await renderCompiledPdf("nn", round, AT));
  });
});
