import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LocalizedText } from "@/components/i18n/localized-text";
import { IndicatorFigures } from "@/components/indicators/indicator-figures";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { publicIndicator } from "@/lib/indicators/data";
import { INDICATORS_PATH } from "@/lib/indicators/policy";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

// One indicator (issue 21 item 3): its definition, an accessible chart with the same numbers in a table, the trend
// in words, and the action-plan measures it follows. Small counts are suppressed in the data (lib/indicators/data.ts).
type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<{ vis?: string | string[] }> };

async function load(slug: string) {
  await connection();
  return /^[a-z0-9-]{1,80}$/.test(slug) ? publicIndicator(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { slug } = await params;
  const indicator = await load(slug);
  if (!indicator) return {};
  return { ...pageMetadata(lang, `${INDICATORS_PATH}/${slug}`, localize(lang, indicator.name, indicator.nameNb)), description: localize(lang, indicator.definition, indicator.definitionNb).slice(0, 200) };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { slug } = await params;
  const indicator = await load(slug);
  if (!indicator) notFound();
  const m = getTranslator(lang, "indicators");
  const vis = (await searchParams).vis;
  return (
    <article>
      <PageHeader title={<LocalizedText lang={lang} nn={indicator.name} nb={indicator.nameNb} />} />
      <p className="ds-paragraph mt-2">
        <NextLink href={href(lang, INDICATORS_PATH)} className="ds-link">
          {m("title")}
        </NextLink>
      </p>
      <dl className="mt-6 grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        <dt className="font-semibold">{m("facts.definition")}</dt>
        <dd className="mb-2 sm:mb-0">
          <LocalizedText lang={lang} nn={indicator.definition} nb={indicator.definitionNb} />
        </dd>
        <dt className="font-semibold">{m("facts.unit")}</dt>
        <dd className="mb-2 sm:mb-0">
          <LocalizedText lang={lang} nn={indicator.unit} nb={indicator.unitNb} />
        </dd>
        <dt className="font-semibold">{m("facts.source")}</dt>
        <dd className="mb-2 sm:mb-0">{indicator.source}</dd>
        <dt className="font-semibold">{m("facts.level")}</dt>
        <dd className="mb-2 sm:mb-0">{m(`level.${indicator.level}`)}</dd>
        <dt className="font-semibold">{m("facts.period")}</dt>
        <dd className="mb-2 sm:mb-0">{m(`periodKind.${indicator.periodKind}`)}</dd>
        <dt className="font-semibold">{m("facts.group")}</dt>
        <dd>{indicator.group ? localize(lang, indicator.group.name, indicator.group.nameNb) : m("acrossGroups")}</dd>
      </dl>

      {indicator.periods.length ? <IndicatorFigures lang={lang} indicator={indicator} chosen={Array.isArray(vis) ? vis : vis ? [vis] : []} /> : <p className="ds-paragraph mt-8">{m("noValues")}</p>}

      <section aria-labelledby="measures" className="mt-10 max-w-3xl">
        <SectionHeading id="measures">{m("measures.heading")}</SectionHeading>
        {indicator.measures.length ? (
          <ul className="mt-3 grid gap-2">
            {indicator.measures.map((me) => (
              <li key={me.id}>
                <NextLink href={href(lang, `/handlingsplan/tiltak/${me.id}`)} className="ds-link">
                  {m("measures.item", { code: me.code, title: localize(lang, me.title, me.titleNb), year: me.year })}
                </NextLink>
              </li>
            ))}
          </ul>
        ) : (
          <p className="ds-paragraph mt-3">{m("measures.none")}</p>
        )}
      </section>
    </article>
  );
}
