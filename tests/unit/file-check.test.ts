// Upload checks by content: what a renamed file really is decides, names are cleaned, sizes are enforced.
import { describe, expect, it } from "vitest";
import { PDFDocument } from "@cantoo/pdf-lib";
import { CASE_ATTACHMENT, checkUpload, cleanFileName, DOCUMENT_UPLOAD, MEGABYTE } from "@/lib/uploads/file-check";

async function pdfBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return new Uint8Array(await doc.save());
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
// The start of a Windows executable ("MZ" header with a PE offset).
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(100).fill(0)]);

describe("checkUpload", () => {
  it("accepts a real PDF and reports its type, size and checksum", async () => {
    const bytes = await pdfBytes();
    const result = await checkUpload(new File([bytes], "Saksframlegg SSU.pdf"), DOCUMENT_UPLOAD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({ kind: "pdf", mimeType: "application/pdf", fileName: "Saksframlegg SSU.pdf", size: bytes.byteLength });
    expect(result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses an executable renamed to .pdf, whatever the browser claims", async () => {
    const file = new File([EXE], "referat.pdf", { type: "application/pdf" });
    expect(await checkUpload(file, DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_TYPE_NOT_ALLOWED" });
  });

  it("refuses plain text named .docx", async () => {
    const file = new File(["Dette er berre tekst"], "notat.docx");
    expect(await checkUpload(file, DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_TYPE_NOT_ALLOWED" });
  });

  it("accepts an image for meeting papers but not as a case attachment (PDF only)", async () => {
    expect((await checkUpload(new File([PNG], "kart.png"), DOCUMENT_UPLOAD)).ok).toBe(true);
    expect(await checkUpload(new File([PNG], "kart.png"), CASE_ATTACHMENT)).toEqual({ ok: false, error: "FILE_TYPE_NOT_ALLOWED" });
  });

  it("refuses a file over the limit without reading it", async () => {
    const big = new File([new Uint8Array(10 * MEGABYTE + 1)], "stor.pdf");
    expect(await checkUpload(big, CASE_ATTACHMENT)).toEqual({ ok: false, error: "FILE_TOO_LARGE" });
    expect((await checkUpload(new File([await pdfBytes()], "liten.pdf"), CASE_ATTACHMENT)).ok).toBe(true);
  });

  it("treats an untouched file input as no file, and an empty file as empty", async () => {
    expect(await checkUpload(new File([], ""), DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_MISSING" });
    // Through a hydrated <form action={serverAction}> the untouched input arrives named "undefined" (production build).
    expect(await checkUpload(new File([], "undefined"), DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_MISSING" });
    expect(await checkUpload(new File([], "blob"), DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_MISSING" });
    expect(await checkUpload(null, DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_MISSING" });
    expect(await checkUpload("text", DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_MISSING" });
    expect(await checkUpload(new File([], "tom.pdf"), DOCUMENT_UPLOAD)).toEqual({ ok: false, error: "FILE_EMPTY" });
  });
});

describe("cleanFileName", () => {
  it("drops directories, so a path-traversal name is only a name", () => {
    expect(cleanFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(cleanFileName("..\\..\\Windows\\system32\\evil.exe", "pdf")).toBe("evil.pdf");
  });

  it("keeps Norwegian letters and readable punctuation, replaces the rest", () => {
    expect(cleanFileName("Årsmelding for Øygarden – 2026 (utkast).pdf", "pdf")).toBe("Årsmelding for Øygarden _ 2026 (utkast).pdf");
    expect(cleanFileName('a<b>c:"d|e?.pdf', "pdf")).toBe("a_b_c_d_e.pdf");
  });

  it("removes control characters, leading dots and gives the extension of the real content", () => {
    expect(cleanFileName(".hidden\u0000\u202Efdp.exe", "pdf")).toBe("hiddenfdp.pdf");
    expect(cleanFileName("bilete.pdf", "png")).toBe("bilete.png");
    expect(cleanFileName("...", "pdf")).toBe("dokument.pdf");
  });

  it("limits the length", () => {
    expect(cleanFileName(`${"a".repeat(500)}.pdf`, "pdf").length).toBeLessThanOrEqual(120);
  });
});
