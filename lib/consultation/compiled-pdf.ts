// The compiled answers of a consultation round as a PDF (issue 21 item 2; lib/pdf/layout.ts): the round's
// title, deadline and text, then every asked party in name order with its submitted answer – "FOR SEINT" when it came
// after the deadline – or "has not answered". Drafts are never compiled. The same input gives the same bytes.
import { formatDate, formatDateTime, localize, type Locale, getTranslator } from "@/lib/i18n";
import { PdfLayout, SUBTLE } from "@/lib/pdf/layout";
import type { Round } from "./data";

/** `owner`: the helsefellesskap's name (lib/structure/data siteName); a neutral name when not given. */
export async function renderCompiledPdf(lang: Locale, round: Round, generatedAt: Date, owner?: string): Promise<Uint8Array> {
  const m = getTranslator(lang);
  const c = getTranslator(lang, "consultation");
  const title = c("compiled.title", { title: round.title });
  const layout = await PdfLayout.create(
    { title, author: `${m("site.name")} – ${owner ?? m("site.fallbackName")}`, language: lang === "nb" ? "nb-NO" : "nn-NO", date: generatedAt },
    { margin: 50, leading: 1.4 },
  );
  const { regular, bold } = layout;
  const submitted = round.parties.filter((p) => p.answer?.status === "SUBMITTED");
  layout.newPage();
  layout.paragraph(title, bold, 16, 4);
  layout.paragraph(c("pdf.deadline", { date: formatDateTime(lang, round.deadline, null, "long") }), regular, 10, 2);
  layout.paragraph(c("pdf.asked", { submitted: submitted.length, asked: round.parties.length }), regular, 10, 2);
  layout.paragraph(c("pdf.generated", { date: formatDate(lang, generatedAt, "long") }), regular, 9, 10, SUBTLE);
  for (const paragraph of round.text.split(/\n{2,}/)) layout.paragraph(paragraph.replace(/\n/g, " "), regular, 10, 6);
  layout.y -= 6;
  layout.paragraph(c("compiled.answers"), bold, 13, 4);
  for (const party of round.parties) {
    const answer = party.answer?.status === "SUBMITTED" ? party.answer : null;
    layout.ensure(4 * 14);
    layout.paragraph(localize(lang, party.name, party.nameNb), bold, 11.5, 2);
    if (!answer) {
      layout.paragraph(c("compiled.noAnswer"), regular, 10, 8, SUBTLE);
      continue;
    }
    const when = c("compiled.submittedOn", { date: formatDateTime(lang, answer.submittedAt!, null, "long") });
    layout.paragraph(answer.late ? `${when} – ${c("pdf.late")}` : when, answer.late ? bold : regular, 9, 4, answer.late ? undefined : SUBTLE);
    for (const paragraph of answer.text.split(/\n{2,}/)) layout.paragraph(paragraph.replace(/\n/g, " "), regular, 10, 4);
    if (answer.files.length) layout.paragraph(`${c("compiled.attachments")}: ${answer.files.map((f) => f.fileName).join(", ")}`, regular, 9, 4, SUBTLE);
    layout.y -= 6;
  }
  layout.pageNumbers((page, pages) => c("pdf.page", { page, pages }), 28);
  return layout.pdf.save();
}
