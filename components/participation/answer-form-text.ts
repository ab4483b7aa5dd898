// The answer form's texts, formatted on the server (the form is part of a meeting's public page, and reading pages
// send no message formatter to the browser: issue 18, own JavaScript). Error codes are every one the catalog has.
import "server-only";
import { catalogs } from "@/lib/i18n/catalog";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AnswerFormText } from "./answer-form";

export function answerFormText(lang: Locale): AnswerFormText {
  const p = getTranslator(lang, "participation");
  const f = getTranslator(lang, "participation.form");
  const codes = catalogs[lang].participation.errors;
  return {
    legend: f("legend"),
    coming: f("coming"),
    absent: f("absent"),
    note: f("note"),
    noteHint: f("noteHint"),
    submit: f("submit"),
    saved: f("saved"),
    savedDeputy: f("savedDeputy"),
    errorSummary: f("errorSummary"),
    onBehalfMember: p("admin.onBehalfMember"),
    general: Object.fromEntries(Object.keys(codes.general).map((code) => [code, p(`errors.general.${code}` as "errors.general.INVALID")])),
    field: Object.fromEntries(Object.keys(codes.field).map((code) => [code, p(`errors.field.${code}` as "errors.field.invalid")])),
  };
}
