import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { SavedNotice } from "@/components/editors/editor-parts";
import { planFields } from "@/components/editors/plan-fields";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { createPlanAction } from "@/lib/action-plan/actions";
import { bodyOptions, listPlansForEditor } from "@/lib/action-plan/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/handlingsplan", getTranslator(lang)("editors.plan.title")), robots: { index: false } };
}

export default async function PlanEditorListPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/handlingsplan");
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.plan");
  const [{ plans, nextYear }, bodies] = await Promise.all([listPlansForEditor(), bodyOptions()]);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="actionPlan" />
      <SavedNotice show={(await searchParams).lagra === "1"}>{messages("editors.saved")}</SavedNotice>
      <section aria-labelledby="plans-heading" className="mt-8">
        <SectionHeading id="plans-heading">{m("listHeading")}</SectionHeading>
        {plans.length === 0 ? <p className="mt-3">{m("noPlans")}</p> : null}
        <ul className="mt-3 grid gap-2" data-testid="plan-list">
          {plans.map((p) => (
            <li key={p.id}>
              <NextLink href={href(lang, `/admin/handlingsplan/${p.year}`)} className="ds-link">
                {localize(lang, p.title, p.titleNb)}
              </NextLink>
              {p.adoptedOn ? ` (${formatDate(lang, p.adoptedOn, "short")})` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-plan-heading" className="mt-10">
        <SectionHeading id="new-plan-heading">{m("newHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="new-plan"
          action={createPlanAction}
          lang={lang}
          fields={planFields(lang, bodies, null, nextYear)}
          submitLabel={m("create")}
        /></ClientMessages>
      </section>
    </>
  );
}
