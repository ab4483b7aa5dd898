import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { LocalizedText } from "@/components/i18n/localized-text";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { publicIndicators } from "@/lib/indicators/data";
import { INDICATORS_PATH } from "@/lib/indicators/policy";
import { href, getTranslator, localize } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

// The public list of indicators (issue 21 item 3), grouped by the action plan's priority groups.
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "indicators");
  return { ...pageMetadata(lang, INDICATORS_PATH, m("title")), description: m("lead") };
}

export default async function IndicatorsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "indicators");
  const groups = await publicIndicators();
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      {groups.length === 0 ? <p className="ds-paragraph mt-6">{m("none")}</p> : null}
      {groups.map((g) => {
        const id = `group-${(g.group?.code ?? "across").toLowerCase()}`;
        return (
          <section key={id} aria-labelledby={id} className="mt-10 max-w-3xl">
            <SectionHeading id={id}>{g.group ? localize(lang, g.group.name, g.group.nameNb) : m("acrossGroups")}</SectionHeading>
            <ul className="mt-3 grid gap-4">
              {g.indicators.map((i) => (
                <li key={i.id} className="border-l-4 border-accent-border-subtle pl-3">
                  <NextLink href={href(lang, `${INDICATORS_PATH}/${i.slug}`)} className="ds-link font-semibold">
                    <LocalizedText lang={lang} nn={i.name} nb={i.nameNb} />
                  </NextLink>
                  <span className="block text-sm">
                    {m(`level.${i.level}`)} · {m(`periodKind.${i.periodKind}`)} · {i.latestPeriod ? m("latest", { period: i.latestPeriod }) : m("noValues")}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
