import "server-only";
// The secretariat's task list on the home page (issue 14): one entry per task – what it counts, who may see it and
// where the work is done. Add a task by adding one entry to TASKS (its label may come from any message file). The
// staff overview (/admin, lib/admin/data.ts) is read once and shared by the tasks that reuse its figures; every
// count runs in parallel.
import { getStaffOverview, type StaffOverview } from "@/lib/admin/data";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Translator } from "@/lib/i18n";
import { osloIsoDate } from "@/lib/i18n/dates";
import { waitingClaimCount } from "@/lib/fees/data";
import { getUncoveredSeats } from "@/lib/participation/data";
import { reviewsDue } from "@/lib/adoption/data";
import { roundsAwaitingResult } from "@/lib/consultation/data";

const DAY_MS = 86_400_000;
/** Notices due: meetings this close that still have no notice (the notice goes out two weeks before). */
export const NOTICE_DAYS = 14;
/** Terms ending: memberships whose term ends this soon, so a new appointment can be made in time. */
export const TERM_DAYS = 90;

export type TaskContext = { viewer: Viewer; now: Date; overview: () => Promise<StaffOverview> };

export type TaskDefinition = {
  key: string;
  label: (t: Translator) => string;
  /** Shown only to those who may do the work (the role table, lib/auth/permissions). */
  permission: Permission;
  count: (ctx: TaskContext) => Promise<number>;
  /** Where the work is done (language-neutral path). */
  path: string;
};

const dateOnly = (d: Date) => new Date(`${osloIsoDate(d)}T00:00:00.000Z`);

export const TASKS: readonly TaskDefinition[] = [
  {
    key: "newCases",
    label: (m) => m("workspace.tasks.items.newCases"),
    permission: "case.triage",
    count: async ({ overview }) => (await overview()).cases?.total ?? 0,
    path: "/saksbehandling",
  },
  {
    key: "drafts",
    label: (m) => m("workspace.tasks.items.drafts"),
    permission: "content.edit",
    // The same rule as the overview's news section (a draft, or scheduled for later), counted in full.
    count: ({ now }) => prisma.newsArticle.count({ where: { OR: [{ publishedAt: null }, { publishedAt: { gt: now } }] } }),
    path: "/admin/nyheiter",
  },
  {
    key: "minutesAwaiting",
    label: (m) => m("workspace.tasks.items.minutesAwaiting"),
    permission: "content.edit",
    count: async ({ overview }) => (await overview()).meetings?.awaitingMinutesTotal ?? 0,
    path: "/admin/moter",
  },
  {
    key: "noticesDue",
    label: (m) => m("workspace.tasks.items.noticesDue"),
    permission: "content.edit",
    count: async ({ overview, now }) => {
      const until = now.getTime() + NOTICE_DAYS * DAY_MS;
      return (await overview()).meetings?.upcoming.filter((mt) => mt.step === "sendNotice" && mt.startsAt.getTime() < until).length ?? 0;
    },
    path: "/admin/moter",
  },
  {
    key: "termsEnding",
    label: (m) => m("workspace.tasks.items.termsEnding"),
    permission: "membership.manage",
    count: ({ now }) =>
      prisma.membership.count({ where: { termEnd: { gte: dateOnly(now), lte: dateOnly(new Date(now.getTime() + TERM_DAYS * DAY_MS)) } } }),
    path: "/samsvar",
  },
  {
    key: "compliance",
    label: (m) => m("workspace.tasks.items.compliance"),
    permission: "membership.manage",
    count: async ({ overview }) => (await overview()).compliance?.bodies.length ?? 0,
    path: "/samsvar",
  },
  {
    key: "uncoveredSeats",
    label: (m) => m("workspace.tasks.items.uncoveredSeats"),
    // Forfall with no personal deputy coming (none, or the deputy has forfall too; S6): the secretariat finds someone.
    permission: "participation.manage",
    count: async ({ now }) => (await getUncoveredSeats(now)).length,
    path: "/admin",
  },
  {
    key: "feeClaims",
    label: (m) => m("fees.task"),
    permission: "fee.manage",
    count: () => waitingClaimCount(),
    path: "/admin/honorar",
  },
  {
    key: "agreementReviews",
    label: (m) => m("adoption.task"),
    // SSU reviews every agreement yearly (spec "Agreements"): those last reviewed more than 12 months ago.
    permission: "adoption.manage",
    count: async ({ now }) => (await reviewsDue(now)).length,
    path: "/admin/avtalar/vedtak#arleg-gjennomgang",
  },
  {
    key: "consultationResults",
    label: (m) => m("consultation.task"),
    // Issue 21.2: rounds past their deadline whose result is not yet linked to a decision.
    permission: "consultation.manage",
    count: ({ now }) => roundsAwaitingResult(now),
    path: "/admin/hoyringar",
  },
  {
    key: "failedMails",
    label: (m) => m("workspace.tasks.items.failedMails"),
    // The outbox holds e-mail addresses: only those who may read it see the count (ROLE_PERMISSIONS).
    permission: "outbox.read",
    count: () => prisma.outgoingEmail.count({ where: { status: "FAILED" } }),
    path: "/admin/utboks",
  },
];

export type TaskLine = { key: string; label: (t: Translator) => string; count: number; path: string };

/** The tasks this viewer may do, with their counts (all read in parallel, the overview once). */
export async function getTasks(viewer: Viewer, now: Date = new Date()): Promise<TaskLine[]> {
  const tasks = TASKS.filter((t) => can(viewer, t.permission));
  if (tasks.length === 0) return [];
  let overview: Promise<StaffOverview> | null = null;
  const ctx: TaskContext = { viewer, now, overview: () => (overview ??= getStaffOverview(viewer, now)) };
  const counts = await Promise.all(tasks.map((t) => t.count(ctx)));
  return tasks.map((t, i) => ({ key: t.key, label: t.label, count: counts[i]!, path: t.path }));
}
