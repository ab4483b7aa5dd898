import { Link, Paragraph } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import type { DeviationDetail, MeasureOption } from "@/lib/deviations/data";
import { FOLLOW_UP_MAX, LOCAL_PROJECT_MAX } from "@/lib/deviations/schema";
import { href, localize, osloIsoDate, type Locale, getTranslator } from "@/lib/i18n";
import { monthLabel } from "./deviation-list";
import { FollowUpForm } from "./follow-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";

/** One registration (anonymised facts only) and the OU's follow-up form. */
export function FollowUpPage({ lang, deviation, measures }: { lang: Locale; deviation: DeviationDetail; measures: MeasureOption[] }) {
  const m = getTranslator(lang, "deviations");
  const areaName = localize(lang, deviation.area.name, deviation.area.nameNb);
  const agreement = deviation.agreement ? localize(lang, deviation.agreement.title, deviation.agreement.titleNb) : m("overview.noAgreement");
  return (
    <article>
      <PageHeader title={m("followUp.title")} />
      <Paragraph className="mt-4">
        <Link asChild>
          <NextLink href={href(lang, `/avvik/${deviation.area.slug}?ar=${deviation.month.getUTCFullYear()}`)}>
            {m("followUp.back", { area: areaName })}
          </NextLink>
        </Link>
      </Paragraph>
      <SectionHeading className="mt-8">{m("followUp.details")}</SectionHeading>
      <dl className="mt-3 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="deviation-details">
        <dt className="font-semibold">{m("followUp.area")}</dt>
        <dd>{areaName}</dd>
        <dt className="font-semibold">{m("followUp.parties")}</dt>
        <dd>
          {deviation.reportingParty} → {deviation.concernedParty}
        </dd>
        <dt className="font-semibold">{m("followUp.category")}</dt>
        <dd>{m(`categories.${deviation.category}`)}</dd>
        <dt className="font-semibold">{m("followUp.agreement")}</dt>
        <dd>{deviation.clause ? `${agreement} ${deviation.clause}` : agreement}</dd>
        <dt className="font-semibold">{m("followUp.month")}</dt>
        <dd>{monthLabel(lang, deviation.month)}</dd>
        <dt className="font-semibold">{m("followUp.severity")}</dt>
        <dd>{m(`severities.${deviation.severity}`)}</dd>
        <dt className="font-semibold">{m("followUp.description")}</dt>
        <dd className="whitespace-pre-line">{deviation.description}</dd>
      </dl>
      <SectionHeading className="mt-10" id="follow-up-heading">
        {m("followUp.heading")}
      </SectionHeading>
      <ClientMessages lang={lang} for="FollowUpForm"><FollowUpForm
        deviationId={deviation.id}
        version={deviation.version}
        initial={{
          followUp: deviation.followUp ?? "",
          handledOn: deviation.handledOn ? osloIsoDate(deviation.handledOn) : "",
          localProject: deviation.localProject ?? "",
          measureIds: deviation.measureIds,
        }}
        measures={measures.map((x) => ({ id: x.id, label: `${x.year} ${x.code} ${localize(lang, x.title, x.titleNb)}` }))}
        limits={{ followUp: FOLLOW_UP_MAX, localProject: LOCAL_PROJECT_MAX }}
      /></ClientMessages>
    </article>
  );
}
