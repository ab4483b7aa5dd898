import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { PublishedMinutesList, UpcomingMeetingList } from "@/components/meetings/meeting-lists";
import { PlanGlance } from "@/components/public/plan-glance";
import { getPlan, getPlanYears } from "@/lib/action-plan/data";
import { formatDate, href, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getLatestPublishedMinutesCached, getUpcomingMeetingsCached } from "@/lib/meetings/data";
import { getPublishedNews } from "@/lib/news/data";
import { siteName } from "@/lib/structure/data";
import { LocalizedText } from "@/components/i18n/localized-text";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/"), title: { absolute: getTranslator(lang)("site.defaultTitle", { name: (await siteName(lang)).text }) } };
}

// The front page reads the database on request (never at build time); the data comes from the public cache.
export default async function HomePage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "home");
  const now = new Date();
  // "Upcoming" is cached per hour: a meeting that ended in this hour may still be listed until the next.
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const thisYear = Number(osloIsoDate(now).slice(0, 4));
  const [name, upcoming, minutes, news, years] = await Promise.all([
    siteName(lang),
    getUpcomingMeetingsCached(hour, 5),
    getLatestPublishedMinutesCached(5, null),
    getPublishedNews({ limit: 3, now }),
    getPlanYears(),
  ]);
  const planYear = years.includes(thisYear) ? thisYear : years[0];
  const plan = planYear ? await getPlan(planYear) : null;

  return (
    <>
      <PageHeader title={name.lang === lang ? name.text : <span lang={name.lang}>{name.text}</span>} lead={m("intro")} />

      <div className="mt-10 grid gap-10 lg:grid-cols-2 lg:gap-8">
        <section aria-labelledby="upcoming-heading">
          <SectionHeading id="upcoming-heading" className="mb-4">{m("upcoming.heading")}</SectionHeading>
          <UpcomingMeetingList lang={lang} meetings={upcoming} />
          <Paragraph className="mt-3">
            <Link asChild>
              <NextLink href={href(lang, "/mote")}>{msg("homeExtra.allMeetings")}</NextLink>
            </Link>
          </Paragraph>
        </section>
        <section aria-labelledby="minutes-heading">
          <SectionHeading id="minutes-heading" className="mb-4">{m("minutes.heading")}</SectionHeading>
          <PublishedMinutesList lang={lang} minutes={minutes} />
        </section>
      </div>

      {plan ? (
        <section aria-labelledby="plan-heading" className="mt-12">
          <SectionHeading id="plan-heading" className="mb-4">
            {msg("homeExtra.planHeading", { year: plan.year })}
          </SectionHeading>
          <PlanGlance lang={lang} measures={plan.measures} groups={plan.groups} idPrefix="home-plan" />
          <Paragraph className="mt-4">
            <Link asChild>
              <NextLink href={href(lang, `/handlingsplan/${plan.year}`)}>{msg("homeExtra.planLink")}</NextLink>
            </Link>
          </Paragraph>
        </section>
      ) : null}

      <div className="mt-12 grid gap-10 lg:grid-cols-2 lg:gap-8">
        <section aria-labelledby="news-heading">
          <SectionHeading id="news-heading" className="mb-4">{msg("homeExtra.newsHeading")}</SectionHeading>
          {news.length ? (
            <ul className="grid gap-4" data-testid="latest-news">
              {news.map((n) => (
                <li key={n.slug}>
                  <Link asChild>
                    <NextLink href={href(lang, `/nyheiter/${n.slug}`)} className="font-semibold">
                      <LocalizedText lang={lang} nn={n.title} nb={n.titleNb} />
                    </NextLink>
                  </Link>
                  <span className="block text-sm text-neutral-text-subtle">
                    <time dateTime={osloIsoDate(n.publishedAt)}>{formatDate(lang, n.publishedAt, "long")}</time>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{msg("homeExtra.newsEmpty")}</Paragraph>
          )}
          <Paragraph className="mt-3">
            <Link asChild>
              <NextLink href={href(lang, "/nyheiter")}>{msg("homeExtra.allNews")}</NextLink>
            </Link>
          </Paragraph>
        </section>
        <section aria-labelledby="submit-heading" className="rounded-md bg-accent-surface-tinted p-4 sm:p-6">
          <SectionHeading id="submit-heading">{msg("homeExtra.submitHeading")}</SectionHeading>
          <Paragraph className="mt-2">{msg("homeExtra.submitBody")}</Paragraph>
          <Paragraph className="mt-4">
            <Link asChild>
              <NextLink href={href(lang, "/meld-inn-sak")} className="font-semibold">
                {msg("homeExtra.submitLink")}
              </NextLink>
            </Link>
          </Paragraph>
        </section>
      </div>
    </>
  );
}
