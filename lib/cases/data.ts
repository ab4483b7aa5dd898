import "server-only";
// Reads of cases. Three audiences, three shapes, so an internal field can never leak by accident:
//  - the desk (prioritising group / secretariat): everything, incl. comments, assignee and priority;
//  - the submitter (status link, own list): status, history, route, decision – no internal fields;
//  - the public (once on a noticed agenda): title, body, case number, route, decision.
import { createHash } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { documentFactsSelect, documentView, toFacts, type DocumentView } from "@/lib/documents/view";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import { osloIsoDate } from "@/lib/i18n/dates";
import { osloInstant } from "@/lib/i18n/oslo";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

const bodyName = { select: { id: true, name: true, nameNb: true, shortName: true } } as const;

/** Bodies a case can be submitted to: SSU and the OUs (and the partnership meeting is planned by SSU, so not here). */
export function submitTargets() {
  return prisma.body.findMany({
    where: { kind: { in: ["STRATEGIC_COMMITTEE", "AREA_COMMITTEE"] }, closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameNb: true, kind: true },
  });
}

/** Bodies a case can be forwarded to (any open body except the secretariat itself). Public structure, so cached
 *  (the case desk renders it on every request: issue 18 item 2); structure changes expire it. */
export const forwardTargets = cachedPublic("forward-targets", [PUBLIC_TAGS.bodies], async () =>
  prisma.body.findMany({
    where: { kind: { not: "SECRETARIAT" }, closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameNb: true },
  }),
);

export function submitParties() {
  return prisma.party.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, nameNb: true } });
}

export async function bodyExists(id: string): Promise<boolean> {
  return (await prisma.body.count({ where: { id, kind: { in: ["STRATEGIC_COMMITTEE", "AREA_COMMITTEE"] }, closedOn: null } })) > 0;
}

export async function partyExists(id: string): Promise<boolean> {
  return (await prisma.party.count({ where: { id } })) > 0;
}

export function findCaseByIdempotencyKey(key: string) {
  return prisma.case.findUnique({ where: { idempotencyKey: key }, select: { id: true, reference: true, submittedById: true } });
}

/** What the submitter and the public may see of a case: never comments, assignee or priority. */
const followSelect = {
  id: true,
  reference: true,
  title: true,
  description: true,
  background: true,
  desiredOutcome: true,
  priorityGroups: true,
  status: true,
  rejectionReason: true,
  submittedAt: true,
  submitterPartyId: true,
  version: true,
  targetBody: bodyName,
  currentBody: bodyName,
  submitterParty: { select: { name: true, nameNb: true } },
  numbers: { orderBy: { assignedAt: "asc" }, select: { id: true, year: true, sequence: true, body: bodyName, agendaItem: { select: { meeting: { select: { id: true, startsAt: true, status: true, noticeSentAt: true, cancelledAt: true } } } } } },
  statusHistory: { orderBy: { at: "asc" }, select: { id: true, from: true, to: true, note: true, at: true } },
  route: { orderBy: { at: "asc" }, select: { id: true, at: true, reason: true, fromBody: bodyName, toBody: bodyName } },
  decisions: { orderBy: { decidedAt: "asc" }, select: { id: true, kind: true, text: true, textNb: true, disagreementNote: true, decidedAt: true, forwardedToBody: bodyName } },
} as const;

export type FollowedCase = NonNullable<Awaited<ReturnType<typeof caseByStatusToken>>>;

/** The case behind a private status link: the receipt's token or a status mail's (only their sha256 is stored). */
export function caseByStatusToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return Promise.resolve(null);
  const tokenHash = sha256(token);
  return prisma.case.findFirst({ where: { OR: [{ statusTokenHash: tokenHash }, { statusLinks: { some: { tokenHash } } }] }, select: followSelect });
}

/** A party's own cases, newest first (the partner's list): one page and the total (issue 14.6). */
export async function casesOfParty(partyId: string, paging: { skip: number; take: number } = { skip: 0, take: 50 }, status?: CaseStatus) {
  const where = { submitterPartyId: partyId, ...(status ? { status } : {}) };
  const [rows, total] = await Promise.all([
    prisma.case.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: paging.skip,
      take: paging.take,
      select: { id: true, reference: true, title: true, status: true, submittedAt: true, version: true, currentBody: bodyName },
    }),
    prisma.case.count({ where }),
  ]);
  return { rows, total };
}

export function caseForParty(id: string) {
  return prisma.case.findUnique({ where: { id }, select: followSelect });
}

/**
 * A case's attachments as `viewer` may see them: the submitting party, the bodies on its route and the secretariat
 * get the link, anyone else only kind and legal basis – decided by the download's own policy (lib/documents).
 */
export async function caseAttachments(caseId: string, viewer: Viewer, now: Date = new Date()): Promise<DocumentView[]> {
  const rows = await prisma.document.findMany({ where: { caseId, meetingId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: documentFactsSelect });
  return rows.map((row) => documentView(viewer, toFacts(row), now));
}

/**
 * The latest meeting the case is on the agenda of, once its notice has gone out (for the status e-mail). Read in
 * the status change's own transaction when given, so a case placed on an agenda in it is seen.
 */
export async function caseMeetingForMail(caseId: string, db: Pick<Prisma.TransactionClient, "agendaItem"> = prisma) {
  const item = await db.agendaItem.findFirst({
    where: { caseNumber: { caseId }, meeting: { cancelledAt: null, OR: [{ noticeSentAt: { not: null } }, { status: { not: "PLANNED" } }] } },
    orderBy: [{ meeting: { startsAt: "desc" } }, { id: "asc" }],
    select: { meeting: { select: { startsAt: true, body: { select: { name: true, nameNb: true } } } } },
  });
  return item?.meeting ?? null;
}

/** Meetings whose notice has gone out (or that were held) make their agenda – and the cases on it – public. */
function noticed(meeting: { noticeSentAt: Date | null; status: string; cancelledAt: Date | null }): boolean {
  return meeting.cancelledAt === null && (meeting.noticeSentAt !== null || meeting.status !== "PLANNED");
}

/** The public view of a case, or null when it is not (yet) on a noticed agenda. */
export async function publicCase(id: string) {
  const found = await prisma.case.findUnique({ where: { id }, select: followSelect });
  if (!found) return null;
  const shown = found.numbers.filter((n) => n.agendaItem && noticed(n.agendaItem.meeting));
  if (shown.length === 0) return null;
  return found;
}

// ───────────── the desk ─────────────

export type DeskFilters = { bodyId?: string; status?: CaseStatus; priorityGroup?: string; q?: string };

/**
 * The desk's inbox, newest first, limited to the bodies the viewer triages (null = all): one page of it and the total
 * (issue 14.6: paged, never silently cut off).
 */
export async function deskInbox(filters: DeskFilters, bodyIds: readonly string[] | null, paging: { skip: number; take: number } = { skip: 0, take: 50 }) {
  const q = filters.q?.trim().slice(0, 100);
  const where = {
    ...(bodyIds ? { currentBodyId: { in: [...bodyIds] } } : {}),
    ...(filters.bodyId ? { currentBodyId: filters.bodyId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.priorityGroup ? { priorityGroups: { has: filters.priorityGroup } } : {}),
    ...(q
      ? { OR: [{ title: { contains: q, mode: "insensitive" as const } }, { reference: { contains: q, mode: "insensitive" as const } }, { description: { contains: q, mode: "insensitive" as const } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.case.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: paging.skip,
      take: paging.take,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        priority: true,
        submittedAt: true,
        currentBody: bodyName,
        submitterParty: { select: { name: true, nameNb: true } },
        assignedTo: { select: { name: true } },
        numbers: { orderBy: { assignedAt: "desc" }, take: 1, select: { year: true, sequence: true, body: bodyName } },
      },
    }),
    prisma.case.count({ where }),
  ]);
  return { rows, total };
}

/** Everything about one case, for the desk. */
export function deskCase(id: string) {
  return prisma.case.findUnique({
    where: { id },
    select: {
      ...followSelect,
      priority: true,
      contactName: true,
      contactEmail: true,
      assignedToId: true,
      assignedTo: { select: { name: true } },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: { select: { name: true } } } },
      documents: { select: { id: true, title: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, fileName: true, size: true } } } },
    },
  });
}
export type DeskCase = NonNullable<Awaited<ReturnType<typeof deskCase>>>;

export async function caseFacts(id: string) {
  return prisma.case.findUnique({
    where: { id },
    select: { id: true, status: true, currentBodyId: true, version: true, title: true, reference: true, contactEmail: true, locale: true, submitterPartyId: true },
  });
}

/** The start of today in Norway: a case may still be put on a meeting of today that has begun (a late item). */
function startOfOsloDay(now: Date): Date {
  return osloInstant(osloIsoDate(now), "00:00");
}

/** Planned meetings of a body from today on, for scheduling a case (not cancelled, minutes not yet written). */
export function plannedMeetings(bodyId: string, now: Date = new Date()) {
  return prisma.meeting.findMany({
    where: { bodyId, cancelledAt: null, startsAt: { gte: startOfOsloDay(now) }, status: { in: ["PLANNED", "NOTICE_SENT"] } },
    orderBy: { startsAt: "asc" },
    take: 20,
    select: { id: true, startsAt: true, title: true },
  });
}

/** Who can be assigned on a body's case: the secretariat's users and the body's prioritising group's users. */
export async function assignableUsers(bodyId: string, now: Date = new Date()) {
  const today = new Date(now.toISOString().slice(0, 10));
  return prisma.user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { roles: { hasSome: ["SECRETARIAT"] } },
        {
          person: {
            memberships: {
              some: {
                bodyId,
                termStart: { lte: today },
                AND: [
                  { OR: [{ termEnd: null }, { termEnd: { gte: today } }] },
                  { OR: [{ role: { in: ["LEADER", "DEPUTY_LEADER"] } }, { role: "MEMBER", seat: { in: ["USER_MUNICIPAL", "USER_SPECIALIST"] } }] },
                ],
              },
            },
          },
        },
      ],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function meetingOfBody(meetingId: string, bodyId: string, now: Date = new Date()): Promise<boolean> {
  return (await prisma.meeting.count({ where: { id: meetingId, bodyId, cancelledAt: null, startsAt: { gte: startOfOsloDay(now) }, status: { in: ["PLANNED", "NOTICE_SENT"] } } })) > 0;
}

/** Public case ids per agenda item of a meeting (for linking the public meeting page's agenda). */
export async function latestAgendaItemOfCase(caseId: string) {
  return prisma.agendaItem.findFirst({
    where: { caseNumber: { caseId } },
    orderBy: { createdAt: "desc" },
    select: { id: true, decision: { select: { id: true } }, meeting: { select: { startsAt: true } } },
  });
}

export async function ssuBodyId(): Promise<string | null> {
  return (await prisma.body.findFirst({ where: { kind: "STRATEGIC_COMMITTEE" }, select: { id: true } }))?.id ?? null;
}

/** The signed-in user's name and e-mail, as the default contact person on the form. */
export async function userContact(userId: string) {
  return prisma.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
}

export function partyName(id: string) {
  return prisma.party.findUnique({ where: { id }, select: { name: true, nameNb: true } });
}
