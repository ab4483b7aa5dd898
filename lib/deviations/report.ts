// The yearly report as data and as rows of text, for the CSV and PDF exports: every count through formatShown, so
// "<5" stays "<5" and a hidden cell stays hidden – the same numbers as the printable page. CSV for Norwegian Excel:
// semicolons, CRLF, UTF-8 with a byte-order mark.
import { type Locale, getTranslator } from "@/lib/i18n";
import type { OverviewLabels } from "./labels";
import { formatShown, type Overview, type OverviewRow } from "./overview";

export type ReportLine = { label: string; current: string; previous: string; change: string };
export type ReportSection = { title: string; lines: ReportLine[] };
export type ReportData = {
  title: string;
  scope: string;
  columns: ReportLine;
  total: ReportLine;
  sections: ReportSection[];
  note: string;
};

export function reportData(lang: Locale, overview: Overview, labels: OverviewLabels, scope: string): ReportData {
  const m = getTranslator(lang, "deviations");
  const y = overview.year;
  const line = (label: string, r: OverviewRow): ReportLine => ({
    label,
    current: formatShown(r.current, lang),
    previous: formatShown(r.previous, lang),
    change: r.change === null ? "" : String(r.change),
  });
  const section = (title: string, rows: OverviewRow[], label: (key: string) => string): ReportSection => ({
    title,
    lines: rows.map((r) => line(label(r.key), r)),
  });
  const end = labels.month(String(Math.max(overview.periodEndMonth, 1)));
  return {
    title: m("report.title", { year: y }),
    scope,
    columns: { label: m("overview.column"), current: String(y), previous: String(y - 1), change: m("overview.change") },
    total: line(`${m("overview.total")}, ${m("overview.totalPeriod", { month: end, year: y })}`, overview.total),
    sections: [
      section(m("overview.byMonth"), overview.byMonth, labels.month),
      section(m("overview.byCategory"), overview.byCategory, labels.category),
      section(m("overview.byPartyPair"), overview.byPartyPair, labels.partyPair),
      section(m("overview.byClause"), overview.byClause, labels.clause),
    ],
    note: `${m("overview.suppressedNote")} ${m("overview.periodNote", { month: end })}`,
  };
}

export function reportRows(lang: Locale, overview: Overview, labels: OverviewLabels, scope: string): string[][] {
  const m = getTranslator(lang, "deviations");
  const data = reportData(lang, overview, labels, scope);
  const end = labels.month(String(Math.max(overview.periodEndMonth, 1)));
  const cells = (l: ReportLine) => [l.current, l.previous, l.change];
  return [
    [data.title, scope, "", "", ""],
    [data.columns.label, "", data.columns.current, data.columns.previous, data.columns.change],
    [m("overview.total"), m("overview.totalPeriod", { month: end, year: overview.year }), ...cells(data.total)],
    ...data.sections.flatMap((s) => s.lines.map((l) => [s.title, l.label, ...cells(l)])),
    [m("overview.suppressedNote"), "", "", "", ""],
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
