// The answer form's texts, formatted on the server (the form is part of a meeting's public page, and reading pages
// send no message formatter to the browser: issue 18, own JavaScript). Error codes are every one the catalog has.
import "server-only";
import { catalogs } from "@/lib/i18n/catalog";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { ParticipationError } from "@/lib/participation/actions";
import type { FieldErrorCode } from "@/lib/participation/schema";
import type { AnswerFormText } from "./answer-form";

// Every error code the participation actions answer with has a text in the catalog: a compile error otherwise (the
// texts are looked up by code in the browser, where a missing one would show nothing).
const everyCodeHasText: [Record<ParticipationError, string>, Record<FieldErrorCode, string>] = [
  catalogs.nn.participation.errors.general,
  catalogs.nn.participation.errors.field,
];
void everyCodeHasText;

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
