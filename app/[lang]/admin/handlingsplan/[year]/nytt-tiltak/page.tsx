import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { BackLink } from "@/components/editors/editor-parts";
import { measureFields } from "@/components/editors/plan-fields";
import { PageHeader } from "@/components/layout/page-header";
import { createMeasureAction } from "@/lib/action-plan/actions";
import { bodyOptions, getPlanForEditor } from "@/lib/action-plan/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { year } = await params;
  return { ...pageMetadata(lang, `/admin/handlingsplan/${year}/nytt-tiltak`, getTranslator(lang)("editors.measure.newTitle", { year })), robots: { index: false } };
}

export default async function NewMeasurePage({ params }: Props) {
  const lang = await langFromParams(params);
  const { year: yearParam } = await params;
  await requirePagePermission("content.edit", lang, `/admin/handlingsplan/${yearParam}/nytt-tiltak`);
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const [plan, bodies, catalog] = await Promise.all([Number.isNaN(year) ? null : getPlanForEditor(year), bodyOptions(), priorityGroupCatalog()]);
  if (!plan) notFound();
  const m = getTranslator(lang, "editors.measure");
  return (
    <>
      <PageHeader title={m("newTitle", { year: plan.year })} />
      <AdminNav lang={lang} current="actionPlan" />
      <BackLink to={href(lang, `/admin/handlingsplan/${plan.year}`)}>{m("back", { year: plan.year })}</BackLink>
      <ClientMessages lang={lang} for="EditorForm"><EditorForm id="measure" action={createMeasureAction} lang={lang} fields={measureFields(lang, plan.parts, bodies, null, { year: plan.year, catalog })} submitLabel={m("create")} /></ClientMessages>
    </>
  );
}
