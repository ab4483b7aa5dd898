import type { MeasureSummary } from "@/lib/action-plan/data";
import { MEASURE_STATUSES } from "@/lib/domain/vocabulary";
import { type Locale, getTranslator, localize } from "@/lib/i18n";
import type { PriorityGroupEntry } from "@/lib/structure/priority-groups";

/** Counts of measures by status and by priority group, as two small tables (readable without charts). */
export function PlanGlance({ lang, measures, groups, idPrefix }: { lang: Locale; measures: MeasureSummary[]; groups: PriorityGroupEntry[]; idPrefix: string }) {
  const msg = getTranslator(lang);
  const byStatus = MEASURE_STATUSES.map((s) => [s, measures.filter((x) => x.status === s).length] as const).filter(([, n]) => n > 0);
  const byGroup = groups.map((g) => [localize(lang, g.name, g.nameNb), measures.filter((x) => x.priorityGroups.includes(g.code)).length] as const);
  const max = Math.max(1, ...byStatus.map(([, n]) => n), ...byGroup.map(([, n]) => n));
  const bar = (n: number) => (
    <span aria-hidden="true" className="inline-block h-3 rounded-sm bg-accent-base-default align-middle" style={{ width: `${Math.round((n / max) * 100)}%`, minWidth: n ? "0.25rem" : 0 }} />
  );
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {[
        { id: `${idPrefix}-status`, caption: msg("homeExtra.planByStatus"), rows: byStatus.map(([s, n]) => [msg(`labels.measureStatus.${s}`), n] as const) },
        { id: `${idPrefix}-group`, caption: msg("homeExtra.planByGroup"), rows: byGroup },
      ].map((table) => (
        <table key={table.id} className="w-full border-collapse text-left" data-testid={table.id}>
          <caption className="mb-2 text-left font-semibold">{table.caption}</caption>
          <tbody>
            {table.rows.map(([label, n]) => (
              <tr key={label} className="border-b border-neutral-border-subtle">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {label}
                </th>
                <td className="w-12 py-1 pr-2 text-right tabular-nums">{n}</td>
                <td className="hidden w-1/3 py-1 sm:table-cell">{bar(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
