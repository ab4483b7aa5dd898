// An indicator's numbers, twice: as a chart (SVG, shapes and dashes as well as colour) and as a table with the same
// numbers (the text alternative, WCAG 1.1.1), plus the trend in words. Suppressed points have no numbers at all (they
// come suppressed from lib/indicators/data.ts) and read "færre enn 5" in the table and the trend.
import { LegendSample, LineChart, MAX_SERIES } from "@/components/indicators/line-chart";
import { SectionHeading } from "@/components/layout/page-header";
import type { PublicIndicator } from "@/lib/indicators/data";
import { formatValue, INDICATORS_PATH, SMALL_COUNT_LIMIT, trendOf } from "@/lib/indicators/policy";
import { href, localize, type Locale, getTranslator } from "@/lib/i18n";

export function IndicatorFigures({ lang, indicator, chosen }: { lang: Locale; indicator: PublicIndicator; chosen: string[] }) {
  const m = getTranslator(lang, "indicators");
  const name = localize(lang, indicator.name, indicator.nameNb);
  const unit = localize(lang, indicator.unit, indicator.unitNb);
  const fmt = (n: number) => formatValue(n, indicator.decimals, lang);
  const label = (u: PublicIndicator["units"][number]) => (u.key === "" ? m("helsefellesskap") : localize(lang, u.name, u.nameNb));
  const picked = indicator.units.filter((u) => chosen.includes(u.slug)).slice(0, MAX_SERIES);
  const drawn = picked.length ? picked : indicator.units.slice(0, MAX_SERIES);
  const anySuppressed = Object.values(indicator.series).some((s) => s.some((p) => p.suppressed));
  const small = m("suppressed", { n: SMALL_COUNT_LIMIT });

  const trendText = (u: PublicIndicator["units"][number]) => {
    const t = trendOf(indicator.series[u.key] ?? []);
    const unitName = label(u);
    if (t.kind === "none") return { text: m("trend.none", { unit: unitName }), cell: m("trend.changeNone") };
    if (t.kind === "suppressed") return { text: m("trend.suppressed", { unit: unitName, from: t.from, to: t.to, n: SMALL_COUNT_LIMIT }), cell: m("trend.changeNone") };
    const values = { unit: unitName, from: t.from, to: t.to, before: fmt(t.before), after: fmt(t.after), change: fmt(Math.abs(t.change)) };
    return { text: m(`trend.${t.kind}`, values), cell: t.kind === "same" ? m("trend.changeSame") : m(t.kind === "up" ? "trend.changeUp" : "trend.changeDown", values) };
  };

  return (
    <>
      <section aria-labelledby="chart-heading" className="mt-10">
        <SectionHeading id="chart-heading">{m("chart.heading")}</SectionHeading>
        {indicator.units.length > MAX_SERIES ? (
          <form method="get" action={href(lang, `${INDICATORS_PATH}/${indicator.slug}`)} className="mt-3 max-w-3xl">
            <fieldset className="ds-fieldset" aria-describedby="chart-choose-hint">
              <legend className="ds-label">{m("chart.choose")}</legend>
              <p id="chart-choose-hint" className="ds-paragraph" data-size="sm">
                {m("chart.chooseHint", { max: MAX_SERIES })}
              </p>
              <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
                {indicator.units.map((u) => (
                  <label key={u.key} className="flex items-center gap-2">
                    <input type="checkbox" className="ds-input" name="vis" value={u.slug} defaultChecked={drawn.includes(u)} />
                    {label(u)}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="ds-button mt-3" data-variant="secondary">
              {m("chart.show")}
            </button>
          </form>
        ) : null}
        {/* On a phone the chart keeps a readable size and scrolls in its own region, never the page. */}
        <div className="mt-4 max-w-full overflow-x-auto" role="region" aria-label={m("chart.region")} tabIndex={0}>
          <LineChart
            id="indicator-chart"
            title={m("chart.title", { name, unit })}
            desc={m("chart.desc", { level: m(`chart.seriesLevel.${indicator.level}`) })}
            periods={indicator.periods}
            series={drawn.map((u) => ({ key: u.key || "hf", label: label(u), points: (indicator.series[u.key] ?? []).map((p) => ({ period: p.period, value: p.value })) }))}
            format={fmt}
          />
        </div>
        <h3 className="mt-3 font-semibold" id="legend-heading">
          {m("chart.legend")}
        </h3>
        <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-2" aria-labelledby="legend-heading" data-testid="chart-legend">
          {drawn.map((u, i) => (
            <li key={u.key} className="flex items-center gap-2">
              <LegendSample index={i} />
              {label(u)}
            </li>
          ))}
        </ul>
        {anySuppressed ? (
          <p className="ds-paragraph mt-3" data-size="sm">
            {m("chart.suppressedNote", { n: SMALL_COUNT_LIMIT })} {m("suppressionNote", { n: SMALL_COUNT_LIMIT })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="trend-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="trend-heading">{m("trend.heading")}</SectionHeading>
        <ul className="mt-3 grid gap-1" data-testid="indicator-trend">
          {indicator.units.map((u) => (
            <li key={u.key}>{trendText(u).text}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="table-heading" className="mt-8">
        <SectionHeading id="table-heading">{m("table.heading")}</SectionHeading>
        <div className="mt-3 max-w-full overflow-x-auto" role="region" aria-label={m("table.region")} tabIndex={0}>
          <table className="ds-table" data-size="sm" data-testid="indicator-table">
            <caption className="text-left font-semibold">{m("table.caption", { name, unit })}</caption>
            <thead>
              <tr>
                <th scope="col">{m("table.unit")}</th>
                {indicator.periods.map((p) => (
                  <th key={p} scope="col" className="whitespace-nowrap text-right">
                    {p}
                  </th>
                ))}
                <th scope="col">{m("table.change")}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.units.map((u) => {
                const at = new Map((indicator.series[u.key] ?? []).map((p) => [p.period, p]));
                return (
                  <tr key={u.key}>
                    <th scope="row" className="whitespace-nowrap font-normal">
                      {label(u)}
                    </th>
                    {indicator.periods.map((period) => {
                      const p = at.get(period);
                      return (
                        <td key={period} className="whitespace-nowrap text-right tabular-nums">
                          {!p ? "–" : p.suppressed || p.value === null ? small : fmt(p.value)}
                          {p && !p.suppressed && p.numerator !== null && p.denominator !== null ? (
                            <span className="block text-xs">{m("table.fraction", { numerator: p.numerator, denominator: p.denominator })}</span>
                          ) : null}
                        </td>
                      );
                    })}
                    <td className="whitespace-nowrap tabular-nums">{trendText(u).cell}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
