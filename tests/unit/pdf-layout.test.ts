// lib/pdf/layout.ts, the text layout of the PDFs Saman writes (the deviation report, the annual report, the compiled
// consultation answers, the seed's papers): text as written, wrapping, page breaks with page numbers, and text a PDF
// reader (unpdf, as the search index uses) gets back.
import { describe, expect, it } from "vitest";
import { extractText } from "@/lib/documents/extract-text";
import * as layoutModule from "@/lib/pdf/layout";
import { A4, PdfLayout, wrap } from "@/lib/pdf/layout";

const metadata = { title: "Prøve – «test»", author: "Saman", language: "nn-NO", date: new Date("2026-01-02T03:04:05Z") };

describe("text as written (issue 19 item 3)", () => {
  it("has no WinAnsi clean-up any more: every character is drawn as it is, line breaks and tabs become spaces", async () => {
    expect(Object.keys(layoutModule)).not.toContain("winAnsiSafe");
    const layout = await PdfLayout.create(metadata, { margin: 50, leading: 1.4 });
    expect(wrap("Æ ø å § «sitat» – 5 € → ≥ 2 Ω ŋ\tx\ny", layout.regular, 10, 400)).toEqual(["Æ ø å § «sitat» – 5 € → ≥ 2 Ω ŋ x y"]);
  });
});

describe("wrap", () => {
  it("breaks between words within the width, and cuts a word longer than a line", async () => {
    const layout = await PdfLayout.create(metadata, { margin: 50, leading: 1.4 });
    const lines = wrap("ein to tre fire fem seks sju åtte ni ti", layout.regular, 10, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(layout.regular.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(60);
    expect(lines.join(" ")).toBe("ein to tre fire fem seks sju åtte ni ti");
    const cut = wrap("samhandlingsbarometeret", layout.regular, 10, 40);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join("")).toBe("samhandlingsbarometeret");
    expect(wrap("", layout.regular, 10, 40)).toEqual([]);
  });
});

describe("PdfLayout", () => {
  it("flows long text onto new pages, numbers them, and the text can be read back", async () => {
    let headers = 0;
    const layout = await PdfLayout.create(metadata, { margin: 56, leading: 1.35, topGap: 10, onNewPage: () => headers++ });
    layout.newPage();
    layout.paragraph("Overskrift", layout.bold, 16, 8);
    for (let i = 0; i < 60; i++) layout.paragraph(`Avsnitt ${i}: helsefellesskapet samarbeider om pasientforløp.`, layout.regular, 10.5, 7);
    layout.tableRow("Utskriving", ["12", "<5", "skjult"], layout.regular, 9.5, 62);
    layout.pageNumbers((page, pages) => `Side ${page} av ${pages}`, 30);
    expect(layout.pages.length).toBeGreaterThan(1);
    expect(headers).toBe(layout.pages.length);

    const bytes = await layout.pdf.save();
    expect(layout.pages.every((p) => p.getWidth() === A4.width && p.getHeight() === A4.height)).toBe(true);
    const text = (await extractText(bytes, "pdf")) ?? "";
    expect(text).toContain("Avsnitt 59: helsefellesskapet samarbeider om pasientforløp.");
    expect(text).toContain(`Side ${layout.pages.length} av ${layout.pages.length}`);
    expect(text).toContain("skjult");
  });

  it("gives the same bytes for the same input (no clock, no randomness)", async () => {
    const render = async () => {
      const layout = await PdfLayout.create(metadata, { margin: 50, leading: 1.4 });
      layout.newPage();
      layout.paragraph("Same tekst", layout.regular, 10, 0);
      return Buffer.from(await layout.pdf.save()).toString("hex");
    };
    expect(await render()).toBe(await render());
  });
});
