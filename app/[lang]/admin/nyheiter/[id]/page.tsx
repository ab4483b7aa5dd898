import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { BackLink, SavedNotice } from "@/components/editors/editor-parts";
import { newsFields } from "@/components/editors/news-fields";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { publishNewsAction, updateNewsAction } from "@/lib/news/actions";
import { getNewsForEditor } from "@/lib/news/data";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/admin/nyheiter/${id}`, getTranslator(lang)("editors.news.editTitle")), robots: { index: false } };
}

export default async function NewsEditorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await requirePagePermission("content.edit", lang, `/admin/nyheiter/${id}`);
  const article = await getNewsForEditor(id);
  if (!article) notFound();
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.news");
  const published = article.isPublic;
  return (
    <>
      <PageHeader title={m("editTitle")} />
      <AdminNav lang={lang} current="news" />
      <BackLink to={href(lang, "/admin/nyheiter")}>{m("back")}</BackLink>
      <SavedNotice show={(await searchParams).lagra === "1"}>{messages("editors.saved")}</SavedNotice>

      <section aria-labelledby="publish-heading" className="mt-8">
        <SectionHeading id="publish-heading">{m("publishHeading")}</SectionHeading>
        <p className="mt-2" data-testid="publish-state">
          {published ? m("isPublished", { date: formatDate(lang, article.publishedAt!, "long") }) : m("isDraft")}
        </p>
        {published ? (
          <p className="mt-2">
            <NextLink href={href(lang, `/nyheiter/${article.slug}`)} className="ds-link">
              {messages("editors.publicPage")}
            </NextLink>
          </p>
        ) : null}
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="publish"
          action={publishNewsAction}
          lang={lang}
          hidden={{ articleId: article.id, version: article.version, publish: published ? "false" : "true" }}
          fields={[]}
          submitLabel={published ? m("unpublish") : m("publish")}
          submitVariant={published ? "secondary" : "primary"}
        /></ClientMessages>
      </section>

      <section aria-labelledby="preview-heading" className="mt-10">
        <SectionHeading id="preview-heading">{m("previewHeading")}</SectionHeading>
        <p className="mt-2">{m("previewLead")}</p>
        <div className="mt-4 rounded-md border-2 border-dashed border-neutral-border-default p-4" data-testid="news-preview">
          <p className="ds-heading" data-size="md">
            {localize(lang, article.title, article.titleNb)}
          </p>
          <p className="saman-lead mt-3">{localize(lang, article.lead, article.leadNb)}</p>
          {/* The same allow-list sanitiser as the public page (app/[lang]/nyheiter/[slug]). */}
          <div className="saman-prose mt-4" dangerouslySetInnerHTML={{ __html: sanitizeHtml(localize(lang, article.body, article.bodyNb)) }} />
        </div>
      </section>

      <section aria-labelledby="edit-heading" className="mt-10">
        <SectionHeading id="edit-heading">{m("editTitle")}</SectionHeading>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="news"
          action={updateNewsAction}
          lang={lang}
          hidden={{ articleId: article.id, version: article.version }}
          fields={newsFields(lang, article)}
          submitLabel={m("save")}
        /></ClientMessages>
      </section>
    </>
  );
}
