// The news editor's forms (one zod schema per form, shared by the form and the server action) and the pure
// helpers that turn what the secretariat writes into the stored, sanitised HTML and a URL slug.
import { z } from "zod";
import { id, optionalText, requiredText, version } from "@/lib/editors/form";
import { sanitizeHtml } from "@/lib/html/sanitize";

export const TITLE_MAX = 200;
export const LEAD_MAX = 600;
export const BODY_MAX = 50_000;

const articleFields = {
  title: requiredText(TITLE_MAX),
  titleNb: optionalText(TITLE_MAX),
  lead: requiredText(LEAD_MAX),
  leadNb: optionalText(LEAD_MAX),
  body: requiredText(BODY_MAX),
  bodyNb: optionalText(BODY_MAX),
};

export const createNewsSchema = z.object(articleFields);
export const updateNewsSchema = z.object({ articleId: id, version, ...articleFields });
export const NEWS_FIELDS = ["articleId", "version", ...Object.keys(articleFields)] as const;

export const publishSchema = z.object({ articleId: id, version, publish: z.enum(["true", "false"], { error: "invalid" }) });
export const PUBLISH_FIELDS = ["articleId", "version", "publish"] as const;

export type CreateNewsValues = z.output<typeof createNewsSchema>;
export type UpdateNewsValues = z.output<typeof updateNewsSchema>;
export type PublishValues = z.output<typeof publishSchema>;

const BLOCK = /<(p|h2|h3|h4|ul|ol|table|blockquote)\b/i;

/**
 * The stored body: HTML rebuilt from the allow-list. Text without block elements is split into paragraphs at blank
 * lines (a single line break stays a <br>), so plain writing needs no markup at all.
 */
export function bodyToHtml(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  if (BLOCK.test(trimmed)) return sanitizeHtml(trimmed);
  const paragraphs = trimmed.split(/\n\s*\n/).map((p) => `<p>${p.trim().replace(/\r?\n/g, "<br>")}</p>`);
  return sanitizeHtml(paragraphs.join(""));
}

/** "Ny rutine for utskriving!" → "ny-rutine-for-utskriving" (Norwegian letters transliterated). */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "nyheit";
}
