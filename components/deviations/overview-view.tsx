import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { SectionHeading } from "@/components/layout/page-header";
import { formatShown, type Overview, type OverviewRow } from "@/lib/deviations/overview";
import { SMALL_COUNT_LIMIT } from "@/lib/deviations/suppression";
import { type Locale, getTranslator } from "@/lib/i18n";
import { BarChart } from "./bar-chart";
import type { OverviewLabels } from "@/lib/deviations/labels";

// The overview: the total against the same period last year, then four breakdowns, each as a chart with a table
// beside it. Every number passes through formatShown, so a count from 1 to 4 is only ever "<5",
// and a count held back by complementary suppression is only the hidden marker.

function change(row: OverviewRow, none: string): string {
  if (row.change === null) return none;
  return row.change > 0 ? `+${row.change}` : String(row.change).replace("-", "−");
}

function Breakdown({
  id,
  lang,
  title,
  rows,
  label,
  chartLabel,
  year,
}: {
  id: string;
  lang: Locale;
  title: string;
  rows: OverviewRow[];
  label: (key: string) => string;
  chartLabel?: (key: string) => string;
  year: number;
}) {
  const m = getTranslator(lang, "deviations.overview");
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 break-inside-avoid">
      <SectionHeading id={`${id}-heading`}>{title}</SectionHeading>
      {rows.length === 0 ? (
        <Paragraph className="mt-3">{m("empty")}</Paragraph>
      ) : (
        <div className="mt-4 grid gap-6 lg:grid-cols-2 lg:items-start">
          {/* Issue 14.7: a chart with no number to draw (every count suppressed or hidden) says so in words. */}
          {!rows.some((r) => (r.current.kind === "count" && r.current.value > 0) || (r.previous.kind === "count" && r.previous.value > 0)) ? (
            <Paragraph data-testid="chart-all-suppressed">{getTranslator(lang)("lists.charts.allSuppressed", { threshold: SMALL_COUNT_LIMIT })}</Paragraph>
          ) : (
          <BarChart
            id={`${id}-chart`}
            lang={lang}
            title={title}
            description={m("chartLabel", { title, year, previous: year - 1 })}
            legend={{ current: String(year), previous: String(year - 1) }}
            rows={rows.map((r) => ({ label: (chartLabel ?? label)(r.key), current: r.current, previous: r.previous }))}
          />
          )}
          <div className="max-w-full overflow-x-auto" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <Table data-size="sm" zebra className="w-full">
              <caption id={`${id}-caption`} className="sr-only">
                {m("tableCaption", { title })}
              </caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{m("column")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="text-right">{year}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="text-right">{year - 1}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="text-right">{m("change")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.key}>
                    <TableHeaderCell scope="row" className="font-normal">{label(r.key)}</TableHeaderCell>
                    <TableCell className="text-right tabular-nums">{formatShown(r.current, lang)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatShown(r.previous, lang)}</TableCell>
                    <TableCell className="text-right tabular-nums">{change(r, m("noChange"))}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      )}
    </section>
  );
}

export function OverviewView({ lang, overview, labels }: { lang: Locale; overview: Overview; labels: OverviewLabels }) {
  const m = getTranslator(lang, "deviations");
  const endMonth = labels.month(String(Math.max(overview.periodEndMonth, 1)));
  const y = overview.year;
  return (
    <div data-testid="deviation-overview">
      <dl className="mt-8 grid gap-4 sm:grid-cols-3" data-testid="deviation-total">
        <div className="rounded-md border border-neutral-border-subtle p-4">
          <dt className="text-sm">
            {m("overview.total")} – {m("overview.totalPeriod", { month: endMonth, year: y })}
          </dt>
          <dd className="text-3xl font-semibold tabular-nums">{formatShown(overview.total.current, lang)}</dd>
        </div>
        <div className="rounded-md border border-neutral-border-subtle p-4">
          <dt className="text-sm">{m("overview.previous", { year: y - 1 })}</dt>
          <dd className="text-3xl font-semibold tabular-nums">{formatShown(overview.total.previous, lang)}</dd>
        </div>
        <div className="rounded-md border border-neutral-border-subtle p-4">
          <dt className="text-sm">{m("overview.change")}</dt>
          <dd className="text-3xl font-semibold tabular-nums">{change(overview.total, m("overview.noChange"))}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm" className="mt-4">
        {m("overview.suppressedNote")} {m("overview.periodNote", { month: endMonth })}
      </Paragraph>

      <Breakdown id="per-month" lang={lang} year={y} title={m("overview.byMonth")} rows={overview.byMonth} label={labels.month} chartLabel={labels.monthShort} />
      <Breakdown id="per-category" lang={lang} year={y} title={m("overview.byCategory")} rows={overview.byCategory} label={labels.category} />
      <Breakdown id="per-party" lang={lang} year={y} title={m("overview.byPartyPair")} rows={overview.byPartyPair} label={labels.partyPair} />
      <Breakdown id="per-clause" lang={lang} year={y} title={m("overview.byClause")} rows={overview.byClause} label={labels.clause} />
    </div>
  );
}
