import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { FollowSection } from "@/components/follow/follow-section";
import { PageHeader } from "@/components/layout/page-header";
import { FeedLinks } from "@/components/public/feed-links";
import { feedAlternates } from "@/lib/feeds/metadata";
import { formatDate, href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getPublishedNews } from "@/lib/news/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "newsPage");
  return {
    ...pageMetadata(lang, "/nyheiter", m("title")),
    description: m("lead"),
    alternates: { ...pageMetadata(lang, "/nyheiter").alternates, types: feedAlternates(lang, ["nyheiter"]) },
  };
}

export default async function NewsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "newsPage");
  const news = await getPublishedNews();
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      {news.length ? (
        <ul className="mt-8 grid gap-6" data-testid="news">
          {news.map((n) => (
            <li key={n.slug} className="max-w-3xl">
              <h2 className="text-xl font-semibold">
                <Link asChild>
                  <NextLink href={href(lang, `/nyheiter/${n.slug}`)}>{localize(lang, n.title, n.titleNb)}</NextLink>
                </Link>
              </h2>
              <time dateTime={osloIsoDate(n.publishedAt)} className="block text-sm text-neutral-text-subtle">
                {formatDate(lang, n.publishedAt, "long")}
              </time>
              <Paragraph className="mt-1">{localize(lang, n.lead, n.leadNb)}</Paragraph>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph className="mt-8">{m("empty")}</Paragraph>
      )}
      <div className="mt-8">
        <FeedLinks lang={lang} kinds={["nyheiter"]} />
      </div>
      {/* The news by e-mail (issue 16.5). */}
      <FollowSection lang={lang} target="NEWS" targetId="" />
    </>
  );
}
