import "server-only";
import { prisma } from "@/lib/db/client";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";

// Published news only: an article without publishedAt, or with a publishing time still ahead, is a draft.

export type NewsSummary = {
  slug: string;
  title: string;
  titleNb: string | null;
  lead: string;
  leadNb: string | null;
  publishedAt: Date;
};

export type NewsArticleView = NewsSummary & { body: string; bodyNb: string | null; updatedAt: Date };

const loadAll = cachedPublic("news", [PUBLIC_TAGS.news], async (): Promise<NewsArticleView[]> => {
  const rows = await prisma.newsArticle.findMany({
    where: { publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      titleNb: true,
      lead: true,
      leadNb: true,
      body: true,
      bodyNb: true,
      publishedAt: true,
      updatedAt: true,
    },
  });
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
});

export async function getPublishedNews(options: { limit?: number; now?: Date } = {}): Promise<NewsSummary[]> {
  const now = options.now ?? new Date();
  const all = (await loadAll()).filter((n) => n.publishedAt.getTime() <= now.getTime());
  return all
    .slice(0, options.limit ?? all.length)
    .map((n) => ({ slug: n.slug, title: n.title, titleNb: n.titleNb, lead: n.lead, leadNb: n.leadNb, publishedAt: n.publishedAt }));
}

export async function getNewsArticle(slug: string, now: Date = new Date()): Promise<NewsArticleView | null> {
  return (await loadAll()).find((n) => n.slug === slug && n.publishedAt.getTime() <= now.getTime()) ?? null;
}

// ───────────── the secretariat's editor: drafts included, never cached ─────────────

const isPublic = (publishedAt: Date | null, now: Date) => publishedAt !== null && publishedAt.getTime() <= now.getTime();

export async function listNewsForEditor(now: Date = new Date()) {
  const rows = await prisma.newsArticle.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, titleNb: true, publishedAt: true, updatedAt: true },
  });
  return rows.map((r) => ({ ...r, isPublic: isPublic(r.publishedAt, now) }));
}

export async function getNewsForEditor(id: string, now: Date = new Date()) {
  const row = await prisma.newsArticle.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, titleNb: true, lead: true, leadNb: true, body: true, bodyNb: true, publishedAt: true, version: true },
  });
  return row ? { ...row, isPublic: isPublic(row.publishedAt, now) } : null;
}
