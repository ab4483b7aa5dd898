import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { ImportForm } from "@/components/indicators/import-form";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { LocalizedText } from "@/components/i18n/localized-text";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { importCsvAction, saveIndicatorAction } from "@/lib/indicators/actions";
import { CSV_COLUMNS } from "@/lib/indicators/csv";
import { adminIndicators, measureOptions } from "@/lib/indicators/data";
import { INDICATORS_ADMIN_PATH } from "@/lib/indicators/policy";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

// The secretariat's indicators (issue 21 item 3): the list, a new indicator, and the CSV import of values.
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, INDICATORS_ADMIN_PATH, getTranslator(lang)("indicators.admin.title")), robots: { index: false } };
}

const EXAMPLE = "indikator;periode;eining;verdi;teljar;nemnar\nutskrivingsklare-liggedogn;2025;askoy;612;;\nreinnleggingar-80-ar;2025;voss;15,2;70;461\nsamhandlingsavvik-kvartal;2025-Q3;;21;;";

export default async function IndicatorsAdminPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("indicator.manage", lang, INDICATORS_ADMIN_PATH);
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "indicators.admin");
  const [indicators, measures] = await Promise.all([adminIndicators(), measureOptions()]);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="indicators" />

      <section aria-labelledby="list-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="list-heading">{m("list")}</SectionHeading>
        {indicators.length ? (
          <ul className="mt-3 grid gap-3" data-testid="indicator-list">
            {indicators.map((i) => (
              <li key={i.id}>
                <NextLink href={href(lang, `${INDICATORS_ADMIN_PATH}/${i.id}`)} className="ds-link font-semibold">
                  <LocalizedText lang={lang} nn={i.name} nb={i.nameNb} />
                </NextLink>
                <span className="block text-sm">
                  {i.slug} · {messages(`indicators.level.${i.level}`)} · {messages(`indicators.periodKind.${i.periodKind}`)} · {m("values", { count: i.values })}
                  {i.latestPeriod ? ` · ${messages("indicators.latest", { period: i.latestPeriod })}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="ds-paragraph mt-3">{messages("indicators.none")}</p>
        )}
      </section>

      <section aria-labelledby="import-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="import-heading">{m("import.heading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{m("import.lead")}</p>
        <h3 className="mt-4 font-semibold">{m("import.format")}</h3>
        <ul className="mt-2 list-disc pl-5">
          {(["1", "2", "3", "4", "5", "6"] as const).map((n) => (
            <li key={n}>{m(`import.formatItems.${n}`, { columns: CSV_COLUMNS.join(";") })}</li>
          ))}
        </ul>
        <h3 className="mt-4 font-semibold">{m("import.example")}</h3>
        <pre className="mt-2 max-w-full overflow-x-auto rounded bg-neutral-background-tinted p-3 text-sm" tabIndex={0} aria-label={m("import.example")}>
          {EXAMPLE}
        </pre>
        <ClientMessages lang={lang} for="ImportForm"><ImportForm action={importCsvAction} /></ClientMessages>
      </section>

      <section aria-labelledby="create-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="create-heading">{m("create")}</SectionHeading>
        <ClientMessages lang={lang} for="IndicatorForm"><IndicatorForm
          lang={lang}
          action={saveIndicatorAction}
          initial={{ suppressSmallCounts: "on" }}
          measures={measures.map((me) => ({ id: me.id, label: messages("indicators.measures.item", { code: me.code, title: localize(lang, me.title, me.titleNb), year: me.year }) }))}
          levelFixed={false}
        /></ClientMessages>
      </section>
    </>
  );
}
