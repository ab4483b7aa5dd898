import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { parsePlanFilters, PlanView } from "@/components/public/plan-page";
import { getPlan, getPlanYears } from "@/lib/action-plan/data";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const parseYear = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const year = parseYear((await params).year);
  const m = getTranslator(lang, "plan");
  return { ...pageMetadata(lang, `/handlingsplan/${year}`, m("yearTitle", { year: year ?? "" })), description: m("lead") };
}

export default async function ActionPlanYearPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const year = parseYear((await params).year);
  const plan = year ? await getPlan(year) : null;
  if (!plan) notFound();
  const years = await getPlanYears();
  return <PlanView lang={lang} plan={plan} years={years} filters={parsePlanFilters(await searchParams)} basePath={`/handlingsplan/${plan.year}`} />;
}
