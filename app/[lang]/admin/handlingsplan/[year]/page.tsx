import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { BackLink, SavedNotice } from "@/components/editors/editor-parts";
import { planFields } from "@/components/editors/plan-fields";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { updatePlanAction } from "@/lib/action-plan/actions";
import { bodyOptions, getPlanForEditor } from "@/lib/action-plan/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; year: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { year } = await params;
  return { ...pageMetadata(lang, `/admin/handlingsplan/${year}`, getTranslator(lang)("editors.plan.editTitle", { year })), robots: { index: false } };
}

export default async function PlanEditorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { year: yearParam } = await params;
  await requirePagePermission("content.edit", lang, `/admin/handlingsplan/${yearParam}`);
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const [plan, bodies] = await Promise.all([Number.isNaN(year) ? null : getPlanForEditor(year), bodyOptions()]);
  if (!plan) notFound();
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.plan");
  return (
    <>
      <PageHeader title={m("editTitle", { year: plan.year })} />
      <AdminNav lang={lang} current="actionPlan" />
      <BackLink to={href(lang, "/admin/handlingsplan")}>{m("back")}</BackLink>
      <p>
        <NextLink href={href(lang, `/handlingsplan/${plan.year}`)} className="ds-link">
          {messages("editors.publicPage")}
        </NextLink>
      </p>
      <SavedNotice show={(await searchParams).lagra === "1"}>{messages("editors.saved")}</SavedNotice>
      <section aria-labelledby="measures-heading" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <SectionHeading id="measures-heading">{m("measuresHeading")}</SectionHeading>
          <NextLink href={href(lang, `/admin/handlingsplan/${plan.year}/nytt-tiltak`)} className="ds-button" data-variant="primary">
            {m("newMeasure")}
          </NextLink>
        </div>
        {plan.parts.map((part) => (
          <div key={part.id} className="mt-4">
            <h3 className="ds-heading" data-size="2xs">
              {messages("plan.partTitle", { number: part.number, title: localize(lang, part.title, part.titleNb) })}
            </h3>
            {part.measures.length === 0 ? <p className="mt-2">{m("noMeasures")}</p> : null}
            <ul className="mt-2 grid gap-1" data-testid={`part-${part.number}-measures`}>
              {part.measures.map((x) => (
                <li key={x.id}>
                  <NextLink href={href(lang, `/admin/handlingsplan/tiltak/${x.id}`)} className="ds-link">
                    {x.code} {localize(lang, x.title, x.titleNb)}
                  </NextLink>{" "}
                  <span className="text-sm">
                    ({messages(`labels.measureStatus.${x.status}`)}, {x.progress} %)
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="plan-heading" className="mt-10">
        <SectionHeading id="plan-heading">{m("editHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="plan"
          action={updatePlanAction}
          lang={lang}
          hidden={{ planId: plan.id, version: plan.version }}
          fields={planFields(lang, bodies, plan)}
          submitLabel={m("save")}
        /></ClientMessages>
      </section>
    </>
  );
}
