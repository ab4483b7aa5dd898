import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AccessNotice } from "@/components/deviations/access-notice";
import { DeviationList } from "@/components/deviations/deviation-list";
import { DeviationNav } from "@/components/deviations/deviation-nav";
import { FilterForm } from "@/components/deviations/filter-form";
import { FollowUpPage } from "@/components/deviations/follow-up-page";
import { overviewLabels } from "@/lib/deviations/labels";
import { OverviewView } from "@/components/deviations/overview-view";
import { PageHeader } from "@/components/layout/page-header";
import {
  getAgreements,
  getAreaBySlug,
  getAreas,
  getDeviation,
  getDeviationYears,
  getMeasureOptions,
  getOverview,
  getParties,
  listDeviations,
} from "@/lib/deviations/data";
import { canFollowUp, canRegister, canSeeOverview } from "@/lib/deviations/policy";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { deviationAccess, osloYear, yearParam } from "../shared";

type Props = {
  params: Promise<{ lang: string; key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { key } = await params;
  return pageMetadata(lang, `/avvik/${key}`, getTranslator(lang)("deviations.title"));
}

// /avvik/<area slug>: one OU's overview and registrations. /avvik/<id>: one registration and its follow-up.
export default async function DeviationKeyPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { key } = await params;
  await connection();
  const m = getTranslator(lang, "deviations");
  const path = `/avvik/${key}`;
  const access = await deviationAccess();
  if (access.kind === "signIn") return <AccessNotice lang={lang} reason="signIn" returnTo={path} />;

  const area = await getAreaBySlug(key);
  if (!area) {
    // A registration the viewer may not read answers exactly like one that does not exist (issue 17): the same
    // lookup, then the same 404 – so guessing ids tells nothing about which registrations exist. (Areas are public.)
    const deviation = await getDeviation(key);
    if (!deviation || !canFollowUp(access.viewer, access.facts, deviation.areaId)) notFound();
    const measures = await getMeasureOptions(deviation.month.getUTCFullYear());
    return <FollowUpPage lang={lang} deviation={deviation} measures={measures} />;
  }

  if (!canSeeOverview(access.viewer, access.facts, area.id)) {
    return <AccessNotice lang={lang} reason="forbidden" returnTo={path} />;
  }
  const query = await searchParams;
  const thisYear = osloYear();
  const year = yearParam(query.ar, thisYear);
  const scope = access.scope;
  const [overview, years, parties, agreements, allAreas] = await Promise.all([
    getOverview(year, [area.id]),
    getDeviationYears(thisYear),
    getParties(),
    getAgreements(),
    getAreas(),
  ]);
  const areas = scope.kind === "all" ? allAreas : allAreas.filter((a) => scope.kind === "areas" && scope.areaIds.includes(a.id));
  const mayFollowUp = canFollowUp(access.viewer, access.facts, area.id);
  const registrations = mayFollowUp ? await listDeviations(area.id, year) : [];
  const areaName = localize(lang, area.name, area.nameNb);
  return (
    <>
      <PageHeader title={m("areaTitle", { area: areaName })} lead={m("lead")} />
      <DeviationNav lang={lang} year={year} canRegister={canRegister(access.viewer)} area={area.slug} />
      <FilterForm
        lang={lang}
        action={href(lang, "/avvik")}
        areas={areas}
        areaSlug={area.slug}
        years={years}
        year={year}
        allowAll={scope.kind === "all"}
      />
      <OverviewView lang={lang} overview={overview} labels={overviewLabels(lang, parties, agreements)} />
      {mayFollowUp ? <DeviationList lang={lang} year={year} items={registrations} /> : null}
    </>
  );
}
