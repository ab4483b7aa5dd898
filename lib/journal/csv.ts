// The journal of one month as CSV rows (issue 20 item 2): the same lines as the page, for Norwegian Excel (lib/deviations/report.ts toCsv).
import { formatDate, type Locale, getTranslator } from "@/lib/i18n";
import { EXEMPT_ACCESS_CODE, type JournalLine } from "./journal";

export function journalRows(lang: Locale, lines: readonly JournalLine[]): string[][] {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "openData.journal");
  const local = (v: { nn: string; nb: string | null } | null) => (v ? (lang === "nb" ? (v.nb ?? v.nn) : v.nn) : "");
  return [
    [m("date"), m("docTitle"), m("kind"), m("caseReference"), m("body"), m("accessCode"), m("legalBasis")],
    ...lines.map((line) => [
      formatDate(lang, line.registeredAt, "short"),
      line.access === "open" ? local(line.title) : m("exempt"),
      messages(`labels.documentKind.${line.kind}`),
      line.caseReference ?? "",
      local(line.body),
      line.access === "open" ? "" : EXEMPT_ACCESS_CODE,
      line.access === "open" ? "" : (line.legalBasis ?? ""),
    ]),
  ];
}
