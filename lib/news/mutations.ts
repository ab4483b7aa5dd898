import "server-only";
// Writes of the news editor. A new article is a draft (publishedAt null); publishing sets publishedAt to now and
// unpublishing clears it. The public reads (data.ts), the feed, the sitemap and the search index only ever show
// articles with a publishing time that has passed, and the search entry is refreshed in the same transaction.
import { prisma } from "@/lib/db/client";
import { newsPublishedEvent } from "@/lib/follow/events";
import { alertFollowers } from "@/lib/follow/mutations";
import { auditIn } from "@/lib/editors/mutations";
import { revalidatePublic } from "@/lib/public-cache";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { bodyToHtml, slugify, type CreateNewsValues, type PublishValues, type UpdateNewsValues } from "./schema";

export type NewsWriteResult = { ok: true; id: string } | { ok: false; error: "CONFLICT" | "NOT_FOUND" };

const revalidateNews = () => revalidatePublic(["news", "search"]);

function articleData(v: CreateNewsValues) {
  return {
    title: v.title,
    titleNb: v.titleNb || null,
    lead: v.lead,
    leadNb: v.leadNb || null,
    body: bodyToHtml(v.body),
    bodyNb: v.bodyNb ? bodyToHtml(v.bodyNb) : null,
  };
}

export async function createNews(actorId: string, v: CreateNewsValues): Promise<NewsWriteResult> {
  const id = await prisma.$transaction(async (tx) => {
    // A free slug: the title's, or with the first free number after it ("…-2"). Slugs are never reused.
    const base = slugify(v.title);
    const taken = new Set((await tx.newsArticle.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const article = await tx.newsArticle.create({ data: { slug, ...articleData(v), authorId: actorId }, select: { id: true } });
    await auditIn(tx, { actorId, action: "news.create", entityType: "NewsArticle", entityId: article.id, after: { slug, title: v.title } });
    return article.id;
  });
  // A draft is not public: nothing to revalidate or index yet.
  return { ok: true, id };
}

export async function updateNews(actorId: string, v: UpdateNewsValues): Promise<NewsWriteResult> {
  const result = await prisma.$transaction(async (tx): Promise<NewsWriteResult> => {
    const before = await tx.newsArticle.findUnique({ where: { id: v.articleId }, select: { title: true, version: true } });
    if (!before) return { ok: false, error: "NOT_FOUND" };
    const updated = await tx.newsArticle.updateMany({ where: { id: v.articleId, version: v.version }, data: { ...articleData(v), version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    await refreshSearchEntries(tx, [{ kind: "NEWS", refId: v.articleId }]);
    await auditIn(tx, {
      actorId,
      action: "news.update",
      entityType: "NewsArticle",
      entityId: v.articleId,
      before: { title: before.title, version: before.version },
      after: { title: v.title, version: v.version + 1 },
    });
    return { ok: true, id: v.articleId };
  });
  if (result.ok) revalidateNews();
  return result;
}

export async function setPublished(actorId: string, v: PublishValues, now: Date = new Date()): Promise<NewsWriteResult> {
  const publish = v.publish === "true";
  const result = await prisma.$transaction(async (tx): Promise<NewsWriteResult> => {
    const before = await tx.newsArticle.findUnique({ where: { id: v.articleId }, select: { publishedAt: true, version: true } });
    if (!before) return { ok: false, error: "NOT_FOUND" };
    const updated = await tx.newsArticle.updateMany({
      where: { id: v.articleId, version: v.version },
      data: { publishedAt: publish ? now : null, version: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    await refreshSearchEntries(tx, [{ kind: "NEWS", refId: v.articleId }]);
    // Publishing tells the news' followers (issue 16.5); once per article (a republish does not repeat it).
    if (publish) {
      const article = await tx.newsArticle.findUniqueOrThrow({ where: { id: v.articleId }, select: { id: true, slug: true, title: true, titleNb: true, lead: true, leadNb: true } });
      await alertFollowers(tx, newsPublishedEvent(article));
    }
    await auditIn(tx, {
      actorId,
      action: publish ? "news.publish" : "news.unpublish",
      entityType: "NewsArticle",
      entityId: v.articleId,
      before: { publishedAt: before.publishedAt, version: before.version },
      after: { publishedAt: publish ? now : null, version: v.version + 1 },
    });
    return { ok: true, id: v.articleId };
  });
  if (result.ok) revalidateNews();
  return result;
}
