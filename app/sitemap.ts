import type { MetadataRoute } from "next";
import { getMeasureIds, getPlanYears } from "@/lib/action-plan/data";
import { getAgreements } from "@/lib/agreements/data";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getBodySlugs } from "@/lib/bodies/data";
import { bodyPath } from "@/lib/bodies/paths";
import { href, locales } from "@/lib/i18n";
import { getMeetingIds } from "@/lib/meetings/data";
import { meetingPath } from "@/lib/meetings/paths";
import { getPublishedNews } from "@/lib/news/data";
import { listPublishedReports } from "@/lib/annual-report/data";
import { annualReportPath } from "@/lib/annual-report/policy";
import { publicIndicators } from "@/lib/indicators/data";
import { siteOrigin } from "@/lib/site-url";

// Every public page in both languages; only published content (drafts and future news are left out).
export const dynamic = "force-dynamic";

const STATIC_PATHS = ["/", "/organisering", "/mote", "/handlingsplan", "/avtalar", "/nyheiter", "/sok", "/kontakt", "/om", "/tilgjengelegheit", "/opne-data", "/journal", "/arsmelding", "/styringsinformasjon", "/hoyringar"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const [bodies, meetings, years, measures, agreements, news, reports, indicators] = await Promise.all([
    getBodySlugs(),
    getMeetingIds(),
    getPlanYears(),
    getMeasureIds(),
    getAgreements(ANONYMOUS),
    getPublishedNews(),
    listPublishedReports(),
    publicIndicators(),
  ]);
  const paths: { path: string; lastModified?: Date }[] = [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...bodies.map((b) => ({ path: bodyPath(b) })),
    ...meetings.map((m) => ({ path: meetingPath(m.id), lastModified: m.updatedAt })),
    ...years.map((y) => ({ path: `/handlingsplan/${y}` })),
    ...measures.map((m) => ({ path: `/handlingsplan/tiltak/${m.id}`, lastModified: m.updatedAt })),
    ...agreements.map((a) => ({ path: `/avtalar/${a.slug}` })),
    ...news.map((n) => ({ path: `/nyheiter/${n.slug}`, lastModified: n.publishedAt })),
    ...reports.map((r) => ({ path: annualReportPath(r.year), lastModified: r.publishedAt ?? undefined })),
    ...indicators.flatMap((g) => g.indicators.map((i) => ({ path: `/styringsinformasjon/${i.slug}` }))),
  ];
  return paths.flatMap(({ path, lastModified }) =>
    locales.map((lang) => ({
      url: `${origin}${href(lang, path)}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(locales.map((l) => [l, `${origin}${href(l, path)}`])) },
    })),
  );
}
