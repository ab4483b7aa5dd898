// The answer to a download of a withdrawn document: 410 Gone with a small page in both languages saying when and why.
import { formatDate, getTranslator } from "@/lib/i18n";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function withdrawnResponse(title: string, at: Date, reason: string): Response {
  const part = (lang: "nn" | "nb") => {
    const m = getTranslator(lang, "meetingWorkflow.documents");
    return `<section lang="${lang}"><h1>${escape(m("goneTitle"))}</h1><p>${escape(m("gone", { title, date: formatDate(lang, at, "long"), reason }))}</p></section>`;
  };
  const html = `<!doctype html><html lang="nn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(getTranslator("nn")("meetingWorkflow.documents.goneTitle"))}</title></head><body>${part("nn")}${part("nb")}</body></html>`;
  return new Response(html, {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'" },
  });
}
