import "server-only";
// Reads of the staff overview (/admin). Only the sections the viewer may see are read at all (lib/admin/policy); the
// viewer comes from the database on this request (lib/auth/guard), never from what a cookie claims.
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { CaseStatus, MeetingStatus } from "@/lib/domain/vocabulary";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { compliance } from "@/lib/membership/data";
import type { RuleResult } from "@/lib/membership/rules";
import { tally } from "@/lib/membership/next-step";
import { nextMeetingStep, overviewSections, UPCOMING_DAYS, WAITING_CASE_STATUSES, type MeetingStep } from "./policy";

const DAY_MS = 86_400_000;
/** Enough to act on; the full lists are one link away. */
const LIST_LIMIT = 20;

export type OverviewMeeting = {
  id: string;
  title: string | null;
  startsAt: Date;
  status: MeetingStatus;
  step: MeetingStep | null;
  body: { shortName: string; name: string; nameNb: string | null };
};

export type StaffOverview = {
  cases: { total: number; byStatus: { status: CaseStatus; count: number }[] } | null;
  meetings: { upcoming: OverviewMeeting[]; awaitingMinutes: OverviewMeeting[]; awaitingMinutesTotal: number } | null;
  compliance: {
    bodies: { slug: string; shortName: string; name: string; nameNb: string | null; breaches: number; warnings: number; results: RuleResult[] }[];
  } | null;
  news: { id: string; title: string; titleNb: string | null; publishedAt: Date | null }[] | null;
};

export async function getStaffOverview(viewer: Viewer, now: Date = new Date()): Promise<StaffOverview> {
  const sections = new Set(overviewSections(viewer));
  const lists = sections.has("cases") || sections.has("meetings") || sections.has("news");
  const [read, compliance] = await Promise.all([lists ? readLists(now) : null, sections.has("compliance") ? bodiesOutOfCompliance(now) : null]);
  return {
    cases: read && sections.has("cases") ? read.cases : null,
    meetings: read && sections.has("meetings") ? read.meetings : null,
    compliance,
    news: read && sections.has("news") ? read.news : null,
  };
}

type MeetingJson = Omit<OverviewMeeting, "startsAt" | "step"> & { startsAt: string; cancelledAt: string | null };
type ListsRow = {
  cases: { status: CaseStatus; count: number }[];
  upcoming: MeetingJson[];
  awaiting: MeetingJson[];
  awaitingTotal: number;
  news: { id: string; title: string; titleNb: string | null; publishedAt: string | null }[];
};

/**
 * The overview's counts and lists in one statement (issue 18 item 2; they were five queries): the waiting cases by
 * status; the meetings of the next UPCOMING_DAYS; past meetings whose minutes are not out yet (the work left after
 * the meeting), with their number; unpublished news (drafts and articles scheduled for later, as the news editor
 * counts them). Times leave PostgreSQL as UTC instants (the columns are UTC without a zone).
 */
async function readLists(now: Date): Promise<{ cases: NonNullable<StaffOverview["cases"]>; meetings: NonNullable<StaffOverview["meetings"]>; news: NonNullable<StaffOverview["news"]> }> {
  const until = new Date(now.getTime() + UPCOMING_DAYS * DAY_MS);
  const meetingJson = Prisma.sql`json_build_object('id', m.id, 'title', m.title, 'startsAt', m."startsAt" AT TIME ZONE 'UTC', 'status', m.status::text,
      'cancelledAt', m."cancelledAt" AT TIME ZONE 'UTC', 'body', json_build_object('shortName', b."shortName", 'name', b.name, 'nameNb', b."nameNb"))`;
  const behind = Prisma.sql`m."startsAt" < ${now} AND m."cancelledAt" IS NULL AND m.status <> 'MINUTES_PUBLISHED'`;
  const [row] = await prisma.$queryRaw<ListsRow[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('status', c.status, 'count', c.count)), '[]') FROM
         (SELECT status::text AS status, count(*)::int AS count FROM "Case" WHERE status::text IN (${Prisma.join(WAITING_CASE_STATUSES)}) GROUP BY status) c) AS cases,
      (SELECT COALESCE(json_agg(x.j ORDER BY x."startsAt", x.id), '[]') FROM
         (SELECT ${meetingJson} AS j, m."startsAt", m.id FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId"
           WHERE m."startsAt" >= ${now} AND m."startsAt" < ${until} AND m."cancelledAt" IS NULL ORDER BY m."startsAt", m.id LIMIT ${LIST_LIMIT}) x) AS upcoming,
      (SELECT COALESCE(json_agg(x.j ORDER BY x."startsAt", x.id), '[]') FROM
         (SELECT ${meetingJson} AS j, m."startsAt", m.id FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId"
           WHERE ${behind} ORDER BY m."startsAt", m.id LIMIT ${LIST_LIMIT}) x) AS awaiting,
      (SELECT count(*)::int FROM "Meeting" m WHERE ${behind}) AS "awaitingTotal",
      (SELECT COALESCE(json_agg(json_build_object('id', n.id, 'title', n.title, 'titleNb', n."titleNb", 'publishedAt', n."publishedAt" AT TIME ZONE 'UTC')
                                ORDER BY n."updatedAt" DESC, n.id), '[]') FROM
         (SELECT * FROM "NewsArticle" WHERE "publishedAt" IS NULL OR "publishedAt" > ${now} ORDER BY "updatedAt" DESC, id LIMIT ${LIST_LIMIT}) n) AS news`;
  if (!row) throw new Error("overview: no row");
  const byStatus = WAITING_CASE_STATUSES.map((status) => ({ status, count: row.cases.find((g) => g.status === status)?.count ?? 0 }));
  const meeting = (j: MeetingJson): OverviewMeeting => {
    const startsAt = new Date(j.startsAt);
    const cancelledAt = j.cancelledAt === null ? null : new Date(j.cancelledAt);
    return { id: j.id, title: j.title, startsAt, status: j.status, body: j.body, step: nextMeetingStep({ status: j.status, startsAt, cancelledAt }, now) };
  };
  return {
    cases: { total: byStatus.reduce((n, s) => n + s.count, 0), byStatus },
    meetings: { upcoming: row.upcoming.map(meeting), awaitingMinutes: row.awaiting.map(meeting), awaitingMinutesTotal: row.awaitingTotal },
    news: row.news.map((n) => ({ ...n, publishedAt: n.publishedAt === null ? null : new Date(n.publishedAt) })),
  };
}

async function bodiesOutOfCompliance(now: Date): Promise<NonNullable<StaffOverview["compliance"]>> {
  // The stored compliance alone: the soft-rule warnings kept from changes are not shown here (one query fewer).
  const { report } = await compliance(now);
  const bodies = report.bodies
    .map(({ body, results }) => {
      const { breaches, warnings } = tally(results);
      return { slug: body.slug, shortName: body.shortName, name: body.name, nameNb: body.nameNb ?? null, results, breaches, warnings };
    })
    .filter((b) => b.breaches + b.warnings > 0)
    // Breaches before warnings; then as the structure lists them.
    .sort((a, b) => Number(b.breaches > 0) - Number(a.breaches > 0));
  return { bodies };
}
