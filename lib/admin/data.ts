import "server-only";
// Reads of the staff overview (/admin). Only the sections the viewer may see are read at all (lib/admin/policy); the
// viewer comes from the database on this request (lib/auth/guard), never from what a cookie claims.
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { CaseStatus, MeetingStatus } from "@/lib/domain/vocabulary";
import { getComplianceReport } from "@/lib/membership/data";
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
  const [cases, meetings, compliance, news] = await Promise.all([
    sections.has("cases") ? waitingCases() : null,
    sections.has("meetings") ? meetingsToAct(now) : null,
    sections.has("compliance") ? bodiesOutOfCompliance(now) : null,
    sections.has("news") ? unpublishedNews(now) : null,
  ]);
  return { cases, meetings, compliance, news };
}

async function waitingCases(): Promise<NonNullable<StaffOverview["cases"]>> {
  const groups = await prisma.case.groupBy({ by: ["status"], where: { status: { in: [...WAITING_CASE_STATUSES] } }, _count: { _all: true } });
  const byStatus = WAITING_CASE_STATUSES.map((status) => ({ status, count: groups.find((g) => g.status === status)?._count._all ?? 0 }));
  return { total: byStatus.reduce((n, s) => n + s.count, 0), byStatus };
}

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  status: true,
  cancelledAt: true,
  body: { select: { shortName: true, name: true, nameNb: true } },
} as const;

async function meetingsToAct(now: Date): Promise<NonNullable<StaffOverview["meetings"]>> {
  const until = new Date(now.getTime() + UPCOMING_DAYS * DAY_MS);
  // Past meetings whose minutes are not out yet: the work left after the meeting.
  const behind = { startsAt: { lt: now }, cancelledAt: null, status: { not: "MINUTES_PUBLISHED" as const } };
  const [upcoming, awaiting, awaitingTotal] = await Promise.all([
    prisma.meeting.findMany({
      where: { startsAt: { gte: now, lt: until }, cancelledAt: null },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: meetingSelect,
    }),
    prisma.meeting.findMany({ where: behind, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: LIST_LIMIT, select: meetingSelect }),
    prisma.meeting.count({ where: behind }),
  ]);
  const withStep = ({ cancelledAt, ...m }: (typeof upcoming)[number]): OverviewMeeting => ({ ...m, step: nextMeetingStep({ ...m, cancelledAt }, now) });
  return { upcoming: upcoming.map(withStep), awaitingMinutes: awaiting.map(withStep), awaitingMinutesTotal: awaitingTotal };
}

async function bodiesOutOfCompliance(now: Date): Promise<NonNullable<StaffOverview["compliance"]>> {
  const { report } = await getComplianceReport(now);
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

async function unpublishedNews(now: Date): Promise<NonNullable<StaffOverview["news"]>> {
  // Drafts and articles scheduled for later: not public yet (as the news editor counts them).
  return prisma.newsArticle.findMany({
    where: { OR: [{ publishedAt: null }, { publishedAt: { gt: now } }] },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, title: true, titleNb: true, publishedAt: true },
  });
}
