import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AccessNotice } from "@/components/deviations/access-notice";
import { DeviationNav } from "@/components/deviations/deviation-nav";
import { FilterForm } from "@/components/deviations/filter-form";
import { overviewLabels } from "@/lib/deviations/labels";
import { OverviewView } from "@/components/deviations/overview-view";
import { PageHeader } from "@/components/layout/page-header";
import { getAgreements, getAreas, getDeviationYears, getOverview, getParties } from "@/lib/deviations/data";
import { canRegister } from "@/lib/deviations/policy";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { deviationAccess, osloYear, textParam, yearParam } from "./shared";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/avvik", getTranslator(lang)("deviations.title"));
}

// The whole structure's overview (secretariat, admins, SSU members). OU members are sent to their own area.
export default async function DeviationsPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "deviations");
  const access = await deviationAccess();
  if (access.kind === "signIn") return <AccessNotice lang={lang} reason="signIn" returnTo="/avvik" />;
  if (access.scope.kind === "none") return <AccessNotice lang={lang} reason="forbidden" returnTo="/avvik" />;

  const query = await searchParams;
  const thisYear = osloYear();
  const year = yearParam(query.ar, thisYear);
  const areas = await getAreas();
  const scope = access.scope;
  const chosen = textParam(query.omrade);
  const ownArea = scope.kind === "areas" ? areas.find((a) => scope.areaIds.includes(a.id)) : undefined;
  if (chosen || ownArea) redirect(href(lang, `/avvik/${encodeURIComponent(chosen || ownArea!.slug)}?ar=${year}`));

  const [overview, years, parties, agreements] = await Promise.all([
    getOverview(year, "all"),
    getDeviationYears(thisYear),
    getParties(),
    getAgreements(),
  ]);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <DeviationNav lang={lang} year={year} canRegister={canRegister(access.viewer)} />
      <FilterForm lang={lang} action={href(lang, "/avvik")} areas={areas} areaSlug="" years={years} year={year} allowAll />
      <OverviewView lang={lang} overview={overview} labels={overviewLabels(lang, parties, agreements)} />
    </>
  );
}
