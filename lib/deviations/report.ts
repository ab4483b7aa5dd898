// The yearly report as rows of text, for the CSV export (and anything else tabular): every count through
// formatShown, so "<5" stays "<5". CSV for Norwegian Excel: semicolons, CRLF, UTF-8 with a byte-order mark.
import { fill, getMessages, type Locale } from "@/lib/i18n";
import type { OverviewLabels } from "./labels";
import { formatShown, type Overview, type OverviewRow } from "./overview";

export function reportRows(lang: Locale, overview: Overview, labels: OverviewLabels, scope: string): string[][] {
  const m = getMessages(lang).deviations;
  const y = overview.year;
  const change = (r: OverviewRow) => (r.change === null ? "" : String(r.change));
  const section = (title: string, rows: OverviewRow[], label: (key: string) => string) =>
    rows.map((r) => [title, label(r.key), formatShown(r.current, lang), formatShown(r.previous, lang), change(r)]);
  const end = labels.month(String(Math.max(overview.periodEndMonth, 1)));
  return [
    [fill(m.report.title, { year: y }), scope, "", "", ""],
    [m.overview.column, "", String(y), String(y - 1), m.overview.change],
    [m.overview.total, fill(m.overview.totalPeriod, { month: end, year: y }), formatShown(overview.total.current, lang), formatShown(overview.total.previous, lang), change(overview.total)],
    ...section(m.overview.byMonth, overview.byMonth, labels.month),
    ...section(m.overview.byCategory, overview.byCategory, labels.category),
    ...section(m.overview.byPartyPair, overview.byPartyPair, labels.partyPair),
    ...section(m.overview.byClause, overview.byClause, labels.clause),
    [m.overview.suppressedNote, "", "", "", ""],
  ];
}

function csvCell(value: string): string {
  // Quote when needed; a leading =, +, - or @ would be a formula in Excel – prefix it with an apostrophe.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d+$/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
