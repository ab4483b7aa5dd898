import "server-only";
// The common frame of the meeting writes (see ../mutations.ts): one transaction per write with its audit entry, the
// meeting row lock, the optimistic version, the search sources of a meeting, and the revalidation after the commit.
import { revalidatePath } from "next/cache";
import { audit, type AuditInput } from "@/lib/audit/mutations";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { revalidatePublic, type PublicTag } from "@/lib/public-cache";
import type { SearchSourceKind } from "@/lib/search/mutations";
import type { UploadError } from "@/lib/uploads/file-check";
import { agendaChanges, type AgendaChange, type SeenLine } from "../agenda-diff";
import { refusedBeforeStart, type AfterStartStep, type MeetingState } from "../policy";

export type Tx = Prisma.TransactionClient;

export type Actor = { id: string; name: string; email: string };

export type MeetingError =
  | "NOT_FOUND"
  | "CONFLICT"
  | "ILLEGAL_TRANSITION"
  | "HAS_DECISION"
  | "NOT_A_CASE"
  | "NO_MINUTES"
  | "FORWARD_NOT_POSSIBLE"
  | "UNKNOWN_MEASURE"
  // Issue 15: notice preview, documents, minutes approval.
  | "NOTICE_ALREADY_SENT"
  | "RECIPIENTS_CHANGED"
  | "NO_RECIPIENTS"
  | "DOCUMENT_WITHDRAWN"
  | "NOT_LEADER"
  | "APPROVAL_MEETING_INVALID"
  | "BEFORE_START"
  | "IN_THE_PAST"
  | "NUMBER_TAKEN"
  | UploadError;

/** What a refusal can tell beyond its code: the start a step must wait for, or what another person changed. */
export type RefusalDetail = { step?: AfterStartStep; startsAt?: Date; changes?: AgendaChange[] };

export type MutationResult<T = object> = ({ ok: true } & T) | { ok: false; error: MeetingError; detail?: RefusalDetail };

/** Thrown inside a transaction to roll it back and answer with an error code. */
export class Refused extends Error {
  constructor(
    readonly code: MeetingError,
    readonly detail?: RefusalDetail,
  ) {
    super(code);
  }
}

/**
 * Runs the write in one transaction with its audit entry (written in the same transaction, so the log never records
 * a write that rolled back, nor misses one that committed).
 */
export async function run<T extends object>(work: (tx: Tx) => Promise<T>, auditFor: (value: T) => AuditInput): Promise<MutationResult<T>> {
  try {
    const value = await prisma.$transaction(
      async (tx) => {
        const done = await work(tx);
        await audit(auditFor(done), tx);
        return done;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.code, ...(error.detail ? { detail: error.detail } : {}) };
    throw error;
  }
}

export function refresh(tags: PublicTag[]): void {
  // Outside a Next server (Vitest, scripts) there is no cache to revalidate.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.VITEST) return;
  revalidatePublic(tags);
  revalidatePath("/[lang]/admin/moter", "layout");
}

export const ALL_PUBLIC: PublicTag[] = ["meetings", "minutes", "search"];

/** The meeting row, locked for this transaction (parallel agenda writes queue here, so positions stay unique). */
export async function lockMeeting(tx: Tx, meetingId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  if (!rows.length) throw new Refused("NOT_FOUND");
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, bodyId: true, status: true, cancelledAt: true, version: true, startsAt: true, endsAt: true, title: true, location: true },
  });
  return { ...meeting, state: { status: meeting.status, cancelled: meeting.cancelledAt !== null } satisfies MeetingState };
}

/** Refuses (BEFORE_START, naming the start) a step that presumes the meeting has happened, before it starts. */
export function assertStarted(meeting: { startsAt: Date }, step: AfterStartStep, now: Date): void {
  const early = refusedBeforeStart(step, meeting.startsAt, now);
  if (early) throw new Refused("BEFORE_START", { step, startsAt: early.startsAt });
}

/** Bumps the meeting's version only if it is still the one the form showed; otherwise CONFLICT (nothing written). */
export async function bumpMeeting(tx: Tx, meetingId: string, version: number, data: Prisma.MeetingUpdateManyMutationInput = {}) {
  const updated = await tx.meeting.updateMany({ where: { id: meetingId, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new Refused("CONFLICT");
}

/** Search entries of everything on the meeting: its cases and documents (and the minutes). */
export async function meetingSources(tx: Tx, meetingId: string): Promise<{ kind: SearchSourceKind; refId: string }[]> {
  const [items, documents] = await Promise.all([
    tx.agendaItem.findMany({ where: { meetingId }, select: { caseNumber: { select: { caseId: true } } } }),
    tx.document.findMany({ where: { meetingId }, select: { id: true } }),
  ]);
  return [
    { kind: "MINUTES", refId: meetingId },
    ...items.flatMap((i) => (i.caseNumber ? [{ kind: "CASE" as const, refId: i.caseNumber.caseId }] : [])),
    ...documents.map((d) => ({ kind: "DOCUMENT" as const, refId: d.id })),
  ];
}

/** The saksliste now, as [id, label] lines in order (labels in nynorsk with the case number, as the admin shows them). */
export async function currentLines(tx: Tx, meetingId: string): Promise<SeenLine[]> {
  const items = await tx.agendaItem.findMany({
    where: { meetingId },
    orderBy: { position: "asc" },
    select: { id: true, title: true, caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } } } } },
  });
  return items.map((i) => [i.id, `${i.caseNumber ? `${i.caseNumber.body.shortName} ${i.caseNumber.sequence}/${i.caseNumber.year} ` : ""}${i.title}`]);
}

/**
 * The agenda's optimistic check: the meeting's version must be the one the form showed. If another person saved in
 * between, nothing is written and the refusal lists what they changed on the saksliste (from the lines the form
 * showed), so the second person sees it and their typed input is kept by the form. Forms that send no version
 * (older callers) are not checked.
 */
export async function assertAgendaVersion(tx: Tx, meeting: { id: string; version: number }, input: { version?: number; seen?: SeenLine[] | null }): Promise<void> {
  if (input.version === undefined || input.version === meeting.version) return;
  const changes = input.seen ? agendaChanges(input.seen, await currentLines(tx, meeting.id)) : [];
  throw new Refused("CONFLICT", { changes });
}
