import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { listNewsForEditor } from "@/lib/news/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/nyheiter", getTranslator(lang)("editors.news.title")), robots: { index: false } };
}

export default async function NewsEditorListPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/nyheiter");
  const m = getTranslator(lang, "editors.news");
  const articles = await listNewsForEditor();
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="news" />
      <div className="mt-8 flex flex-wrap items-center justify-between gap-4">
        <SectionHeading>{m("listHeading")}</SectionHeading>
        <NextLink href={href(lang, "/admin/nyheiter/ny")} className="ds-button" data-variant="primary">
          {m("newArticle")}
        </NextLink>
      </div>
      {articles.length === 0 ? <p className="mt-3">{m("empty")}</p> : null}
      <ul className="mt-4 grid gap-2" data-testid="news-editor-list">
        {articles.map((a) => (
          <li key={a.id}>
            <NextLink href={href(lang, `/admin/nyheiter/${a.id}`)} className="ds-link">
              {localize(lang, a.title, a.titleNb)}
            </NextLink>{" "}
            <span className="text-sm">
              ({a.isPublic && a.publishedAt ? m("publishedOn", { date: formatDate(lang, a.publishedAt, "short") }) : m("draft")})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
