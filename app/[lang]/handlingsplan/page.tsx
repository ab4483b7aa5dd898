import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { parsePlanFilters, PlanView } from "@/components/public/plan-page";
import { getPlan, getPlanYears } from "@/lib/action-plan/data";
import { osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "plan");
  return { ...pageMetadata(lang, "/handlingsplan", m("title")), description: m("lead") };
}

/** The current year's plan (or the newest), with links to the earlier ones. */
export default async function ActionPlanPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const years = await getPlanYears();
  const thisYear = Number(osloIsoDate(new Date()).slice(0, 4));
  const year = years.includes(thisYear) ? thisYear : years[0];
  const plan = year ? await getPlan(year) : null;
  if (!plan) notFound();
  return <PlanView lang={lang} plan={plan} years={years} filters={parsePlanFilters(await searchParams)} basePath="/handlingsplan" />;
}
