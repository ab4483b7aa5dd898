import { Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import type { MeasureSummary, PlanPage } from "@/lib/action-plan/data";
import { MEASURE_STATUSES, type MeasureStatus } from "@/lib/domain/vocabulary";
import { formatDate, href, localize, osloIsoDate, type Locale, getTranslator } from "@/lib/i18n";
import { groupName } from "@/lib/structure/priority-groups";
import { PlanGlance } from "./plan-glance";
import { LocalizedText } from "@/components/i18n/localized-text";

export type PlanFilters = { group: string | null; body: string | null; status: MeasureStatus | null; part: number | null };

export function parsePlanFilters(query: Record<string, string | string[] | undefined>): PlanFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const group = one(query.gruppe);
  const status = one(query.status);
  const part = Number(one(query.del));
  return {
    group: /^[A-Z][A-Z0-9_]{0,59}$/.test(group) ? group : null,
    body: one(query.organ) || null,
    status: (MEASURE_STATUSES as readonly string[]).includes(status) ? (status as MeasureStatus) : null,
    part: Number.isInteger(part) && part > 0 ? part : null,
  };
}

function applyFilters(measures: MeasureSummary[], f: PlanFilters) {
  return measures.filter(
    (x) =>
      (!f.group || x.priorityGroups.includes(f.group)) &&
      (!f.body || x.responsibleBody.slug === f.body) &&
      (!f.status || x.status === f.status) &&
      (!f.part || x.partNumber === f.part),
  );
}

export function PlanView({ lang, plan, years, filters, basePath }: { lang: Locale; plan: PlanPage; years: number[]; filters: PlanFilters; basePath: string }) {
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "plan");
  const bodies = [...new Map(plan.measures.map((x) => [x.responsibleBody.slug, x.responsibleBody])).values()];
  const shown = applyFilters(plan.measures, filters);
  const select = (id: string, label: string, value: string, options: [string, string][]) => (
    <div className="grid min-w-0 gap-1">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className="ds-input">
        <option value="">{m("all")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageHeader title={m("yearTitle", { year: plan.year })} lead={m("lead")} />
      {plan.adoptedOn ? (
        <Paragraph className="mt-2" data-size="sm">
          {m("adopted", { date: formatDate(lang, plan.adoptedOn, "long") })}
        </Paragraph>
      ) : null}
      <nav aria-label={m("years")} className="mt-4">
        <ul className="flex flex-wrap gap-4">
          {years.map((y) => (
            <li key={y}>
              <NextLink href={href(lang, `/handlingsplan/${y}`)} className="ds-link" aria-current={y === plan.year ? "page" : undefined}>
                {m("yearTitle", { year: y })}
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="glance" className="mt-8">
        <SectionHeading id="glance">{m("count", { count: plan.measures.length })}</SectionHeading>
        <div className="mt-3">
          <PlanGlance lang={lang} measures={plan.measures} groups={plan.groups} idPrefix="plan" />
        </div>
      </section>

      <form method="get" action={href(lang, basePath)} className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" aria-labelledby="filters">
        <h2 id="filters" className="sr-only">
          {m("filters")}
        </h2>
        {select("gruppe", m("group"), filters.group ?? "", plan.groups.map((g) => [g.code, localize(lang, g.name, g.nameNb)]))}
        {select("organ", m("responsible"), filters.body ?? "", bodies.map((b) => [b.slug, localize(lang, b.name, b.nameNb)]))}
        {select("status", m("status"), filters.status ?? "", MEASURE_STATUSES.map((s) => [s, msg(`labels.measureStatus.${s}`)]))}
        {select("del", m("part"), filters.part ? String(filters.part) : "", plan.parts.map((p) => [String(p.number), m("partTitle", { number: p.number, title: localize(lang, p.title, p.titleNb) })]))}
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            {m("apply")}
          </button>
        </div>
      </form>

      <Paragraph className="mt-6" data-size="sm" role="status">
        {m("count", { count: shown.length })}
      </Paragraph>
      {shown.length === 0 ? <Paragraph className="mt-2">{m("empty")}</Paragraph> : null}
      {plan.parts.map((part) => {
        const measures = shown.filter((x) => x.partNumber === part.number);
        if (!measures.length) return null;
        return (
          <section key={part.number} aria-labelledby={`part-${part.number}`} className="mt-8">
            <SectionHeading id={`part-${part.number}`}>
              {m("partTitle", { number: part.number, title: localize(lang, part.title, part.titleNb) })}
            </SectionHeading>
            <ul className="mt-3 grid gap-3" data-testid="measures">
              {measures.map((x) => (
                <li key={x.id} className="rounded-md border border-neutral-border-subtle p-3">
                  <Link asChild>
                    <NextLink href={href(lang, `/handlingsplan/tiltak/${x.id}`)} className="font-semibold">
                      {x.code} <LocalizedText lang={lang} nn={x.title} nb={x.titleNb} />
                    </NextLink>
                  </Link>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt className="font-semibold">{m("status")}</dt>
                    <dd>
                      {msg(`labels.measureStatus.${x.status}`)}, {msg("measure.progressLabel", { progress: x.progress })}
                    </dd>
                    <dt className="font-semibold">{m("responsible")}</dt>
                    <dd><LocalizedText lang={lang} nn={x.responsibleBody.name} nb={x.responsibleBody.nameNb} /></dd>
                    {x.priorityGroups.length ? (
                      <>
                        <dt className="font-semibold">{m("group")}</dt>
                        <dd>{x.priorityGroups.map((g) => groupName(plan.groups, g, lang)).join(", ")}</dd>
                      </>
                    ) : null}
                    {x.deadline ? (
                      <>
                        <dt className="font-semibold">{m("deadline")}</dt>
                        <dd>
                          <time dateTime={osloIsoDate(x.deadline)}>{formatDate(lang, x.deadline, "long")}</time>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
