import "server-only";
// The one way a decision (vedtak, G6) is written, whichever screen records it: the meeting admin (an agenda item of
// a meeting) or the case desk (the case's latest agenda item without a decision). Callers authorize first (the
// meeting admin's content.edit, the desk's case.triage on the case's current body) and validate with their own zod
// schema; this module does everything that must happen in one transaction – the optimistic versions (CONFLICT),
// the Decision row and its measure links, the case's status through the workflow table (lib/cases/workflow.ts),
// forwarding to SSU with a route step, search entries and the audit entry – and, after the commit, the status mail
// to the submitter and the revalidation of the meeting and case pages.
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/audit/mutations";
import { revalidateCases } from "@/lib/cases/mutations";
import { queueStatusMail } from "@/lib/cases/status-mail";
import { checkTransition } from "@/lib/cases/workflow";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import type { CaseStatus, DecisionKind } from "@/lib/domain/vocabulary";
import { canRecordDecision, deskMayDecideInStatus, refusedBeforeStart, type MeetingState } from "@/lib/meetings/policy";
import { revalidatePublic } from "@/lib/public-cache";
import { refreshSearchEntries } from "@/lib/search/mutations";

type Tx = Prisma.TransactionClient;

/** Which agenda item the decision belongs to: one named on a meeting, or the case's latest one without a decision. */
export type DecisionTarget = { meetingId: string; agendaItemId: string } | { caseId: string };

export type DecisionWrite = {
  target: DecisionTarget;
  kind: DecisionKind;
  text: string;
  textNb: string | null;
  disagreementNote: string | null;
  /** G6: a disagreement may be sent to SSU (refused for SSU's own meetings and for items without a case). */
  forwardToSsu: boolean;
  measureIds: string[];
  /** The decision's version the form showed; 0 when it showed none (a new decision). */
  version: number;
  /** The case's version the form showed (the desk); the meeting admin shows none and leaves it out. */
  caseVersion?: number;
};

export type DecisionError = "NOT_FOUND" | "NO_AGENDA_ITEM" | "CONFLICT" | "ILLEGAL_TRANSITION" | "FORWARD_NOT_POSSIBLE" | "UNKNOWN_MEASURE" | "BEFORE_START";

export type DecisionResult =
  | { ok: true; decisionId: string; caseId: string | null; caseVersion: number | null; caseStatus: CaseStatus | null }
  | { ok: false; error: DecisionError; startsAt?: Date };

class Refused extends Error {
  constructor(
    readonly code: DecisionError,
    readonly startsAt?: Date,
  ) {
    super(code);
  }
}

/**
 * A case with no agenda item to decide on: a stale form is a CONFLICT (someone else changed the case, perhaps by
 * deciding it), then a status that allows no decision says so (as the desk always did).
 */
async function whyNoItem(tx: Tx, caseId: string, kind: DecisionKind, caseVersion: number | undefined): Promise<DecisionError> {
  const found = await tx.case.findUnique({ where: { id: caseId }, select: { status: true, version: true } });
  if (!found) return "NOT_FOUND";
  if (caseVersion !== undefined && found.version !== caseVersion) return "CONFLICT";
  return checkTransition(found.status, kind === "CONSENSUS" ? "DECIDED" : "DISAGREEMENT", "triage").ok ? "NO_AGENDA_ITEM" : "ILLEGAL_TRANSITION";
}

/** The agenda item the decision is for, with its meeting row locked (agenda writes and decisions queue on it). */
async function lockedItem(tx: Tx, target: DecisionTarget, kind: DecisionKind, caseVersion: number | undefined) {
  const found =
    "caseId" in target
      ? await tx.agendaItem.findFirst({ where: { caseNumber: { caseId: target.caseId }, decision: null }, orderBy: { createdAt: "desc" }, select: { id: true, meetingId: true } })
      : await tx.agendaItem.findFirst({ where: { id: target.agendaItemId, meetingId: target.meetingId }, select: { id: true, meetingId: true } });
  if (!found) throw new Refused("caseId" in target ? await whyNoItem(tx, target.caseId, kind, caseVersion) : "NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${found.meetingId} FOR UPDATE`;
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: found.meetingId }, select: { id: true, bodyId: true, status: true, cancelledAt: true, startsAt: true } });
  const item = await tx.agendaItem.findUniqueOrThrow({
    where: { id: found.id },
    select: { id: true, decision: { select: { id: true, version: true, kind: true, forwardedToBodyId: true } }, caseNumber: { select: { caseId: true } } },
  });
  const state: MeetingState = { status: meeting.status, cancelled: meeting.cancelledAt !== null };
  return { meeting, state, item };
}

/**
 * Moves the case through the workflow table (as the prioritising group would): the outcome (DECIDED or
 * DISAGREEMENT), then – when newly forwarded – FORWARDED with a route step and the new body as current body, so the
 * case lands in that body's inbox with its history showing both steps. A correction that keeps the decision's kind
 * and forwarding (its text, its measures) leaves the case alone, also when it has moved on since. Returns the final
 * status if it changed.
 */
async function moveCaseForDecision(
  tx: Tx,
  input: {
    caseId: string;
    kind: DecisionKind;
    fromBodyId: string;
    forwardToBodyId: string | null;
    previous: { kind: DecisionKind; forwardedToBodyId: string | null } | null;
    actorId: string;
    text: string;
    note: string | null;
    now: Date;
  },
): Promise<CaseStatus | null> {
  const { previous } = input;
  if (previous && previous.kind === input.kind && previous.forwardedToBodyId === input.forwardToBodyId) return null;
  const current = await tx.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { status: true } });
  const outcome: CaseStatus = input.kind === "CONSENSUS" ? "DECIDED" : "DISAGREEMENT";
  const forwarding = input.forwardToBodyId !== null && previous?.forwardedToBodyId !== input.forwardToBodyId;
  const steps: { to: CaseStatus; note: string | null }[] = [];
  if (current.status !== outcome) steps.push({ to: outcome, note: input.text });
  if (forwarding) steps.push({ to: "FORWARDED", note: input.note });
  let from = current.status;
  for (const [index, step] of steps.entries()) {
    if (!checkTransition(from, step.to, "triage").ok) throw new Refused("ILLEGAL_TRANSITION");
    // History is read in time order: the second step a millisecond later, so it never sorts before the first.
    const at = new Date(input.now.getTime() + index);
    await tx.caseStatusChange.create({ data: { caseId: input.caseId, from, to: step.to, note: step.note, at, byId: input.actorId } });
    from = step.to;
  }
  if (!steps.length) return null;
  if (forwarding) {
    await tx.caseRouteStep.create({ data: { caseId: input.caseId, fromBodyId: input.fromBodyId, toBodyId: input.forwardToBodyId!, reason: input.note, at: input.now } });
  }
  await tx.case.update({
    where: { id: input.caseId },
    data: { status: from, ...(forwarding ? { currentBodyId: input.forwardToBodyId! } : {}), version: { increment: 1 } },
  });
  return from;
}

/** Records (or corrects) a decision. Authorization is the caller's; see the top of this file. */
export async function recordDecision(input: DecisionWrite, actor: { id: string }, now: Date = new Date()): Promise<DecisionResult> {
  let result: DecisionResult;
  try {
    result = await prisma.$transaction(
      async (tx) => {
        const { meeting, state, item } = await lockedItem(tx, input.target, input.kind, input.caseVersion);
        if (!("caseId" in input.target ? deskMayDecideInStatus(state) : canRecordDecision(state))) throw new Refused("ILLEGAL_TRANSITION");
        // Issue 15 item 3: a decision (and a case's "Vedteken") presumes the meeting has started, from either screen.
        if (refusedBeforeStart("decision", meeting.startsAt, now)) throw new Refused("BEFORE_START", meeting.startsAt);
        const caseId = item.caseNumber?.caseId ?? null;
        if ("caseId" in input.target && caseId !== input.target.caseId) throw new Refused("NOT_FOUND");
        // The case's version first (the desk's lost updates), then the decision's (the meeting admin's).
        if (caseId && input.caseVersion !== undefined) {
          const claimed = await tx.case.updateMany({ where: { id: caseId, version: input.caseVersion }, data: { version: { increment: 1 } } });
          if (claimed.count === 0) throw new Refused("CONFLICT");
        }
        if ((item.decision?.version ?? 0) !== input.version) throw new Refused("CONFLICT");

        let forwardTo: string | null = null;
        if (input.forwardToSsu) {
          const ssu = await tx.body.findFirst({ where: { kind: "STRATEGIC_COMMITTEE" }, select: { id: true } });
          if (!ssu || ssu.id === meeting.bodyId || !caseId || input.kind !== "DISAGREEMENT") throw new Refused("FORWARD_NOT_POSSIBLE");
          forwardTo = ssu.id;
        }
        const measureIds = [...new Set(input.measureIds)];
        if ((await tx.measure.count({ where: { id: { in: measureIds } } })) !== measureIds.length) throw new Refused("UNKNOWN_MEASURE");

        const data = {
          kind: input.kind,
          text: input.text,
          textNb: input.textNb,
          disagreementNote: input.kind === "DISAGREEMENT" ? input.disagreementNote : null,
          forwardedToBodyId: forwardTo,
          caseId,
        };
        let decisionId: string;
        if (item.decision) {
          const updated = await tx.decision.updateMany({ where: { id: item.decision.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
          if (updated.count === 0) throw new Refused("CONFLICT");
          decisionId = item.decision.id;
          await tx.decisionMeasure.deleteMany({ where: { decisionId } });
        } else {
          decisionId = (await tx.decision.create({ data: { ...data, agendaItemId: item.id, decidedAt: now }, select: { id: true } })).id;
        }
        if (measureIds.length) await tx.decisionMeasure.createMany({ data: measureIds.map((measureId) => ({ decisionId, measureId })) });

        let caseStatus: CaseStatus | null = null;
        let caseVersion: number | null = null;
        let changedTo: CaseStatus | null = null;
        if (caseId) {
          changedTo = await moveCaseForDecision(tx, {
            caseId,
            kind: input.kind,
            fromBodyId: meeting.bodyId,
            forwardToBodyId: forwardTo,
            previous: item.decision,
            actorId: actor.id,
            text: input.text,
            note: input.disagreementNote,
            now,
          });
          const after = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, version: true, reference: true, title: true, contactEmail: true, locale: true } });
          caseStatus = after.status;
          caseVersion = after.version;
          // The submitter's mail, in this transaction (transactional outbox).
          if (changedTo) await queueStatusMail(tx, { caseId, reference: after.reference, title: after.title, to: changedTo, contactEmail: after.contactEmail, locale: after.locale, note: input.text });
          await refreshSearchEntries(tx, [{ kind: "CASE", refId: caseId }]);
        }
        await tx.meeting.update({ where: { id: meeting.id }, data: { version: { increment: 1 } } });
        await audit(
          {
            actorId: actor.id,
            action: "decision.record",
            entityType: "Decision",
            entityId: decisionId,
            before: item.decision ? { kind: item.decision.kind, version: item.decision.version } : null,
            after: { kind: input.kind, text: input.text, forwardToSsu: input.forwardToSsu, measureIds, caseId, caseStatus, via: "caseId" in input.target ? "desk" : "meeting" },
          },
          tx,
        );
        return { ok: true as const, decisionId, caseId, caseVersion, caseStatus };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.code, ...(error.startsAt ? { startsAt: error.startsAt } : {}) };
    throw error;
  }
  refresh(result.ok && result.caseId !== null);
  return result;
}

function refresh(caseChanged: boolean): void {
  // Outside a Next server (Vitest, scripts) there is no cache to revalidate.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.VITEST) return;
  revalidatePublic(["meetings", "search", "action-plan"]);
  revalidatePath("/[lang]/admin/moter", "layout");
  if (caseChanged) revalidateCases();
}
