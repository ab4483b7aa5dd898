import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { ValueForm } from "@/components/indicators/value-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { saveIndicatorAction, saveValueAction } from "@/lib/indicators/actions";
import { adminIndicator, measureOptions } from "@/lib/indicators/data";
import { formatValue, INDICATORS_ADMIN_PATH, INDICATORS_PATH, PERIOD_EXAMPLE } from "@/lib/indicators/policy";
import { href, localize, getTranslator, osloIsoDate } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { groupOptions, groupsOfferedIn } from "@/lib/structure/priority-groups";

// One indicator for the secretariat (issue 21 item 3): edit it, enter a value, see every value as entered.
type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, `${INDICATORS_ADMIN_PATH}/${(await params).id}`, getTranslator(lang)("indicators.admin.edit")), robots: { index: false } };
}

export default async function IndicatorAdminPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await requirePagePermission("indicator.manage", lang, `${INDICATORS_ADMIN_PATH}/${id}`);
  const indicator = await adminIndicator(id);
  if (!indicator) notFound();
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "indicators.admin");
  const measures = await measureOptions();
  const name = localize(lang, indicator.name, indicator.nameNb);
  const unitName = new Map(indicator.units.map((u) => [u.key, u.key === "" ? messages("indicators.helsefellesskap") : localize(lang, u.name, u.nameNb)]));
  const saved = (await searchParams).lagra === "1";
  return (
    <>
      <PageHeader title={name} />
      <AdminNav lang={lang} current="indicators" />
      <p className="ds-paragraph mt-4 flex flex-wrap gap-x-6">
        <NextLink href={href(lang, INDICATORS_ADMIN_PATH)} className="ds-link">
          {m("back")}
        </NextLink>
        <NextLink href={href(lang, `${INDICATORS_PATH}/${indicator.slug}`)} className="ds-link">
          {m("publicPage")}
        </NextLink>
      </p>
      {saved ? (
        <OutcomeMessage tone="success" className="mt-4" testId="saved">
          {m("saved")}
        </OutcomeMessage>
      ) : null}

      <section aria-labelledby="value-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="value-heading">{m("value.heading")}</SectionHeading>
        <ClientMessages lang={lang} for="ValueForm"><ValueForm
          lang={lang}
          action={saveValueAction}
          indicatorId={indicator.id}
          example={PERIOD_EXAMPLE[indicator.periodKind]}
          units={indicator.level === "HELSEFELLESSKAP" ? [] : indicator.units.map((u) => ({ value: u.slug, label: localize(lang, u.name, u.nameNb) }))}
        /></ClientMessages>
      </section>

      <section aria-labelledby="rows-heading" className="mt-10">
        <SectionHeading id="rows-heading">{m("rows.heading")}</SectionHeading>
        {indicator.rows.length ? (
          <div className="mt-3 max-w-full overflow-x-auto" role="region" aria-label={m("rows.heading")} tabIndex={0}>
            <table className="ds-table" data-size="sm">
              <caption className="text-left font-semibold">{m("rows.caption", { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m("rows.period")}</th>
                  <th scope="col">{m("rows.unit")}</th>
                  <th scope="col" className="text-right">{m("rows.value")}</th>
                  <th scope="col" className="text-right">{m("rows.numerator")}</th>
                  <th scope="col" className="text-right">{m("rows.denominator")}</th>
                </tr>
              </thead>
              <tbody>
                {indicator.rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.period}</td>
                    <td>{unitName.get(r.scopeKey) ?? r.scopeKey}</td>
                    <td className="text-right tabular-nums">{formatValue(r.value, indicator.decimals, lang)}</td>
                    <td className="text-right tabular-nums">{r.numerator ?? ""}</td>
                    <td className="text-right tabular-nums">{r.denominator ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="ds-paragraph mt-3">{m("rows.none")}</p>
        )}
      </section>

      <section aria-labelledby="edit-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="edit-heading">{m("edit")}</SectionHeading>
        <ClientMessages lang={lang} for="IndicatorForm"><IndicatorForm
          lang={lang}
          action={saveIndicatorAction}
          initial={{
            id: indicator.id,
            version: String(indicator.version),
            slug: indicator.slug,
            name: indicator.name,
            nameNb: indicator.nameNb ?? "",
            definition: indicator.definition,
            definitionNb: indicator.definitionNb ?? "",
            unit: indicator.unit,
            unitNb: indicator.unitNb ?? "",
            source: indicator.source,
            priorityGroup: indicator.priorityGroup ?? "",
            level: indicator.level,
            periodKind: indicator.periodKind,
            decimals: String(indicator.decimals),
            suppressSmallCounts: indicator.suppressSmallCounts ? "on" : "",
            measureIds: indicator.measureIds,
          }}
          measures={measures.map((me) => ({ id: me.id, label: messages("indicators.measures.item", { code: me.code, title: localize(lang, me.title, me.titleNb), year: me.year }) }))}
          groups={groupOptions(groupsOfferedIn(await priorityGroupCatalog(), Number(osloIsoDate(new Date()).slice(0, 4)), [indicator.priorityGroup ?? ""]), lang)}
          levelFixed={indicator.values > 0}
        /></ClientMessages>
      </section>
    </>
  );
}
