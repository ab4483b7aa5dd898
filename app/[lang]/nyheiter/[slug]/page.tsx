import { Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { formatDate, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getNewsArticle } from "@/lib/news/data";

type Props = { params: Promise<{ lang: string; slug: string }> };

async function load(slug: string) {
  await connection();
  return getNewsArticle(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const n = await load((await params).slug);
  if (!n) return {};
  return { ...pageMetadata(lang, `/nyheiter/${n.slug}`, localize(lang, n.title, n.titleNb)), description: localize(lang, n.lead, n.leadNb) };
}

export default async function NewsArticlePage({ params }: Props) {
  const lang = await langFromParams(params);
  const n = await load((await params).slug);
  if (!n) notFound();
  const m = getTranslator(lang, "newsPage");
  return (
    <article>
      <PageHeader title={localize(lang, n.title, n.titleNb)} lead={localize(lang, n.lead, n.leadNb)} />
      <Paragraph className="mt-3" data-size="sm">
        {m.rich("published", { date: formatDate(lang, n.publishedAt, "long"), time: (text) => <time dateTime={osloIsoDate(n.publishedAt)}>{text}</time> })}
      </Paragraph>
      <div
        className="saman-prose mt-6"
        // News HTML is rebuilt from an allow-list (lib/html/sanitize.ts) before it reaches the page.
        dangerouslySetInnerHTML={{ __html: sanitizeHtml(localize(lang, n.body, n.bodyNb)) }}
      />
    </article>
  );
}
