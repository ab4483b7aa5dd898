// The agreement editors' fields, named as in lib/agreements/schema.ts.
import type { FieldSpec } from "@/components/editors/editor-form";
import { AGREEMENT_KINDS } from "@/lib/domain/vocabulary";
import { getTranslator, osloIsoDate, type Locale } from "@/lib/i18n";

type Agreement = { kind: string; number: number | null; title: string; titleNb: string | null; summary: string | null; summaryNb: string | null };

export function agreementFields(lang: Locale, agreement: Agreement | null): FieldSpec[] {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.agreements");
  const fields: FieldSpec[] = [
    { name: "kind", label: m("kind"), kind: "select", options: AGREEMENT_KINDS.map((k) => ({ value: k, label: messages(`labels.agreementKind.${k}`) })), defaultValue: agreement?.kind ?? "SERVICE" },
    { name: "number", label: m("number"), kind: "text", narrow: true, hint: m("numberHint"), defaultValue: agreement?.number ? String(agreement.number) : "" },
    { name: "title", label: m("titleNn"), kind: "text", defaultValue: agreement?.title ?? "" },
    { name: "titleNb", label: m("titleNb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: agreement?.titleNb ?? "" },
    { name: "summary", label: m("summary"), kind: "textarea", defaultValue: agreement?.summary ?? "" },
    { name: "summaryNb", label: m("summaryNb"), kind: "textarea", hint: messages("editors.nbHint"), defaultValue: agreement?.summaryNb ?? "" },
  ];
  return agreement ? fields : [{ name: "slug", label: m("slug"), kind: "text", hint: m("slugHint"), defaultValue: "" }, ...fields];
}

type Version = { label: string; validFrom: Date; validTo: Date | null; adoptedOn: Date | null; adoptedBy: string | null; note: string | null };

export function versionFields(lang: Locale, version: Version | null): FieldSpec[] {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.agreements");
  const date = (d: Date | null | undefined) => (d ? osloIsoDate(d) : "");
  const fields: FieldSpec[] = [
    { name: "label", label: m("label"), kind: "text", narrow: true, hint: m("labelHint"), defaultValue: version?.label ?? "" },
    { name: "validFrom", label: m("validFrom"), kind: "date", defaultValue: date(version?.validFrom) },
    { name: "validTo", label: m("validTo"), kind: "date", hint: m("validToHint"), defaultValue: date(version?.validTo) },
    // Issue 21.1: the date SSU adopted the version opens every party's adoption row.
    { name: "adoptedOn", label: m("adoptedOn"), kind: "date", hint: messages("adoption.editorHint"), defaultValue: date(version?.adoptedOn) },
    { name: "adoptedBy", label: m("adoptedBy"), kind: "text", hint: m("adoptedByHint"), defaultValue: version?.adoptedBy ?? "" },
    { name: "note", label: m("note"), kind: "textarea", rows: 2, defaultValue: version?.note ?? "" },
  ];
  return version ? fields : [...fields, { name: "file", label: m("file"), kind: "file", hint: m("fileHint") }];
}
