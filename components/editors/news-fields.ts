// The news editor's fields, named as in lib/news/schema.ts.
import type { FieldSpec } from "@/components/editors/editor-form";
import { getTranslator, type Locale } from "@/lib/i18n";

type Article = { title: string; titleNb: string | null; lead: string; leadNb: string | null; body: string; bodyNb: string | null };

export function newsFields(lang: Locale, article: Article | null): FieldSpec[] {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.news");
  const nb = messages("editors.nbHint");
  return [
    { name: "title", label: m("titleNn"), kind: "text", defaultValue: article?.title ?? "" },
    { name: "titleNb", label: m("titleNb"), kind: "text", hint: nb, defaultValue: article?.titleNb ?? "" },
    { name: "lead", label: m("leadNn"), kind: "textarea", rows: 2, defaultValue: article?.lead ?? "" },
    { name: "leadNb", label: m("leadNb"), kind: "textarea", rows: 2, hint: nb, defaultValue: article?.leadNb ?? "" },
    { name: "body", label: m("body"), kind: "textarea", rows: 10, hint: m("bodyHint"), defaultValue: article?.body ?? "" },
    { name: "bodyNb", label: m("bodyNb"), kind: "textarea", rows: 10, hint: nb, defaultValue: article?.bodyNb ?? "" },
  ];
}
