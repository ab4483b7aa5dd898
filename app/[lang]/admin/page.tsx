import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { OverviewMeetingList } from "@/components/admin/overview";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { compliancePath, StatusTag } from "@/components/membership/compliance";
import { UncoveredSeatsSection } from "@/components/participation/uncovered-seats-section";
import { getStaffOverview } from "@/lib/admin/data";
import { UPCOMING_DAYS } from "@/lib/admin/policy";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { nextStep } from "@/lib/membership/next-step";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin", getTranslator(lang)("adminOverview.title")), robots: { index: false } };
}

// The staff's landing page: what needs them now. Each section is read only for a viewer allowed to see it
// (lib/admin/data.ts asks lib/admin/policy.ts); the rest of the work is one link away.
export default async function AdminOverviewPage({ params }: Props) {
  const lang = await langFromParams(params);
  const viewer = await requirePagePermission("admin.overview", lang, "/admin");
  const all = getTranslator(lang);
  const m = getTranslator(lang, "adminOverview");
  const { cases, meetings, compliance, news } = await getStaffOverview(viewer);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="overview" />
      <div className="mt-8 grid gap-10">
        <UncoveredSeatsSection lang={lang} />
        {cases ? (
          <section aria-labelledby="overview-cases" data-testid="overview-cases">
            <SectionHeading id="overview-cases">{m("cases.heading")}</SectionHeading>
            {cases.total === 0 ? (
              <p className="ds-paragraph mt-2">{m("cases.none")}</p>
            ) : (
              <>
                <p className="ds-paragraph mt-2 font-semibold">{m("cases.total", { count: cases.total })}</p>
                <ul className="mt-2 grid gap-1">
                  {cases.byStatus
                    .filter((s) => s.count > 0)
                    .map((s) => (
                      <li key={s.status}>
                        <NextLink href={`${href(lang, "/saksbehandling")}?status=${s.status}`} className="ds-link">
                          {m("cases.byStatus", { status: all(`labels.caseStatus.${s.status}`), count: s.count })}
                        </NextLink>
                      </li>
                    ))}
                </ul>
              </>
            )}
            <p className="ds-paragraph mt-3">
              <NextLink href={href(lang, "/saksbehandling")} className="ds-link">
                {m("cases.desk")}
              </NextLink>
            </p>
          </section>
        ) : null}

        {meetings ? (
          <section aria-labelledby="overview-meetings" data-testid="overview-meetings">
            <SectionHeading id="overview-meetings">{m("meetings.heading")}</SectionHeading>
            <h3 className="ds-heading mt-4" data-size="xs">
              {m("meetings.upcoming", { days: UPCOMING_DAYS })}
            </h3>
            {meetings.upcoming.length === 0 ? (
              <p className="ds-paragraph mt-2">{m("meetings.upcomingNone", { days: UPCOMING_DAYS })}</p>
            ) : (
              <OverviewMeetingList lang={lang} meetings={meetings.upcoming} testId="overview-upcoming" />
            )}
            <h3 className="ds-heading mt-6" data-size="xs">
              {m("meetings.awaiting")}
            </h3>
            {meetings.awaitingMinutes.length === 0 ? (
              <p className="ds-paragraph mt-2">{m("meetings.awaitingNone")}</p>
            ) : (
              <>
                <OverviewMeetingList lang={lang} meetings={meetings.awaitingMinutes} testId="overview-awaiting-minutes" />
                {meetings.awaitingMinutesTotal > meetings.awaitingMinutes.length ? (
                  <p className="ds-paragraph mt-2">
                    {m("meetings.awaitingMore", { shown: meetings.awaitingMinutes.length, total: meetings.awaitingMinutesTotal })}
                  </p>
                ) : null}
              </>
            )}
            <p className="ds-paragraph mt-3">
              <NextLink href={href(lang, "/admin/moter")} className="ds-link">
                {m("meetings.all")}
              </NextLink>
            </p>
          </section>
        ) : null}

        {compliance ? (
          <section aria-labelledby="overview-compliance" data-testid="overview-compliance">
            <SectionHeading id="overview-compliance">{m("compliance.heading")}</SectionHeading>
            {compliance.bodies.length === 0 ? (
              <p className="ds-paragraph mt-2">{m("compliance.none")}</p>
            ) : (
              <ul className="mt-3 grid gap-4">
                {compliance.bodies.map((body) => {
                  const step = nextStep(lang, body.results);
                  return (
                    <li key={body.slug} data-body={body.slug} className="grid gap-1">
                      <NextLink href={href(lang, compliancePath(body.slug))} className="ds-link font-semibold">
                        {localize(lang, body.name, body.nameNb)}
                      </NextLink>
                      <span className="flex flex-wrap items-center gap-2">
                        <StatusTag lang={lang} status={body.breaches > 0 ? "breach" : "warning"} />
                        {all("compliance.summary", { breaches: body.breaches, warnings: body.warnings })}
                      </span>
                      {step ? <span className="max-w-prose">{all("compliance.nextStep", { text: step })}</span> : null}
                    </li>
                  );
                })}
              </ul>
            )}
            <p className="ds-paragraph mt-3">
              <NextLink href={href(lang, compliancePath())} className="ds-link">
                {m("compliance.all")}
              </NextLink>
            </p>
          </section>
        ) : null}

        {news ? (
          <section aria-labelledby="overview-news" data-testid="overview-news">
            <SectionHeading id="overview-news">{m("news.heading")}</SectionHeading>
            {news.length === 0 ? (
              <p className="ds-paragraph mt-2">{m("news.none")}</p>
            ) : (
              <ul className="mt-3 grid gap-2">
                {news.map((article) => (
                  <li key={article.id}>
                    <NextLink href={href(lang, `/admin/nyheiter/${article.id}`)} className="ds-link">
                      {localize(lang, article.title, article.titleNb)}
                    </NextLink>{" "}
                    <span className="text-sm">
                      ({article.publishedAt ? m("news.scheduled", { date: formatDate(lang, article.publishedAt, "short") }) : m("news.draft")})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="ds-paragraph mt-3">
              <NextLink href={href(lang, "/admin/nyheiter")} className="ds-link">
                {m("news.all")}
              </NextLink>
            </p>
          </section>
        ) : null}
      </div>
    </>
  );
}
