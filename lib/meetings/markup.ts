// The minutes editor's markup: a small, Markdown-like text format turned into HTML, then through the allow-list
// sanitiser (lib/html/sanitize.ts). Supported: paragraphs (blank line between), "## " and "### " headings, "- " or
// "* " bullet lists, "1. " numbered lists, **bold** and *italic*. Everything else is plain text (escaped), so no HTML
// the secretariat types can reach the page. No dependency: the format is tiny and every line of it is auditable.
import { sanitizeHtml } from "@/lib/html/sanitize";

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inline(text: string): string {
  return escape(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, "$1<em>$2</em>");
}

export function markupToHtml(source: string): string {
  const blocks = source.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
    if (!lines.length) continue;
    if (lines.length === 1 && /^###\s+/.test(lines[0]!)) out.push(`<h3>${inline(lines[0]!.replace(/^###\s+/, ""))}</h3>`);
    else if (lines.length === 1 && /^##?\s+/.test(lines[0]!)) out.push(`<h2>${inline(lines[0]!.replace(/^##?\s+/, ""))}</h2>`);
    else if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ""))}</li>`).join("")}</ul>`);
    } else if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
      out.push(`<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ""))}</li>`).join("")}</ol>`);
    } else out.push(`<p>${lines.map(inline).join("<br>")}</p>`);
  }
  return sanitizeHtml(out.join("\n"));
}

/** Plain text of the minutes for search (tags out, entities back). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h2|h3|h4|li|tr|blockquote)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A plain text (e.g. extracted from an uploaded minutes file) as paragraphs of escaped HTML. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** Back from stored minutes HTML to the editor's markup, so a saved draft can be edited again. */
export function htmlToMarkup(html: string): string {
  const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const inlineBack = (t: string) =>
    unescape(
      t
        .replace(/<(strong|b)>([\s\S]*?)<\/\1>/g, "**$2**")
        .replace(/<(em|i)>([\s\S]*?)<\/\1>/g, "*$2*")
        .replace(/<br\s*\/?>/g, "\n")
        .replace(/<[^>]+>/g, ""),
    ).trim();
  const blocks: string[] = [];
  for (const match of html.matchAll(/<(h2|h3|h4|p|ul|ol|blockquote)>([\s\S]*?)<\/\1>/g)) {
    const [, tag, inner] = match as unknown as [string, string, string];
    if (tag === "h2") blocks.push(`## ${inlineBack(inner)}`);
    else if (tag === "h3" || tag === "h4") blocks.push(`### ${inlineBack(inner)}`);
    else if (tag === "ul" || tag === "ol") {
      const items = [...inner.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li, i) => `${tag === "ul" ? "-" : `${i + 1}.`} ${inlineBack(li[1]!)}`);
      blocks.push(items.join("\n"));
    } else blocks.push(inlineBack(inner));
  }
  return blocks.join("\n\n");
}
