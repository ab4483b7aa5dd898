import "server-only";
// Writes of consultation rounds (issue 21 item 2). Every write is one transaction with its audit entry (and its mails):
// opening a round (its id is the form's request key, so a double click opens one round), a party's answer (one per
// party: the unique constraint; the answer's version guards a stale form; submitting twice changes nothing), closing
// early, linking the result to a decision (the round's version), and reminders in the outbox (dedupeKey per request
// key and contact, so a double click queues each mail once).
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { auditIn, isUniqueViolation, type Tx } from "@/lib/editors/mutations";
import { formatDateTime, href, type Locale, getTranslator } from "@/lib/i18n";
import { osloInstant } from "@/lib/i18n/oslo";
import { enqueueMail } from "@/lib/mail";
import { siteOrigin } from "@/lib/site-url";
import type { CheckedUpload } from "@/lib/uploads/file-check";
import { reminderRecipients } from "./data";
import { ADMIN_PATH, AUTO_REMINDER_DAYS, compiledPath, groupKinds, isClosed, isLate, OWN_PATH } from "./policy";
import type { AnswerInput, CloseInput, DecisionLinkInput, FieldErrorCode, ReminderInput, RoundInput } from "./schema";

export type ConsultationError = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "SUBMITTED" | "CLOSED" | "INVALID";
type Failure = { ok: false; error: ConsultationError; fieldErrors?: Record<string, FieldErrorCode> };

const revalidate = (...paths: string[]) => {
  try {
    for (const path of [ADMIN_PATH, OWN_PATH, ...paths]) revalidatePath(path);
  } catch {
    // Outside a Next request (tests, scripts) there is nothing to revalidate.
  }
};

function fileRows(roundId: string, answerId: string | null, files: readonly CheckedUpload[]) {
  return files.map((f) => ({ roundId, answerId, fileName: f.fileName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, content: f.bytes }));
}

/** Opens a round. The deadline (a date and time in Oslo) must be ahead; groups add every municipality or every party. */
export async function openRound(actorId: string, input: RoundInput, files: readonly CheckedUpload[], now: Date = new Date()): Promise<{ ok: true; id: string } | Failure> {
  const deadline = osloInstant(input.deadlineDate, input.deadlineTime);
  if (deadline.getTime() <= now.getTime()) return { ok: false, error: "INVALID", fieldErrors: { deadlineDate: "past" } };
  try {
    const result = await prisma.$transaction(async (tx): Promise<{ ok: true; id: string } | Failure> => {
      const groups = input.groups.map(groupKinds);
      const parties = await tx.party.findMany({
        where: groups.includes(null) ? {} : { OR: [{ id: { in: input.parties } }, ...groups.map((kinds) => ({ kind: { in: [...kinds!] } }))] },
        select: { id: true },
      });
      if (parties.length === 0) return { ok: false, error: "INVALID", fieldErrors: { parties: "parties" } };
      await tx.consultationRound.create({
        data: { id: input.requestKey, title: input.title, text: input.text, deadline, isPublic: input.isPublic === "yes", createdById: actorId, parties: { createMany: { data: parties.map((p) => ({ partyId: p.id })) } } },
      });
      if (files.length) await tx.consultationFile.createMany({ data: fileRows(input.requestKey, null, files) });
      await auditIn(tx, {
        actorId,
        action: "consultation.open",
        entityType: "ConsultationRound",
        entityId: input.requestKey,
        after: { title: input.title, deadline: deadline.toISOString(), isPublic: input.isPublic === "yes", parties: parties.length, files: files.map((f) => f.fileName) },
      });
      return { ok: true, id: input.requestKey };
    });
    if (result.ok) revalidate();
    return result;
  } catch (error) {
    // The same request key again (a double click, a retry): the round exists already – the same outcome.
    if (isUniqueViolation(error) && (await prisma.consultationRound.findUnique({ where: { id: input.requestKey }, select: { id: true } }))) return { ok: true, id: input.requestKey };
    throw error;
  }
}

export type AnswerOutcome = { ok: true; status: "DRAFT" | "SUBMITTED"; late: boolean; already: boolean } | Failure;

async function writeAnswer(actorId: string, input: AnswerInput, files: readonly CheckedUpload[], now: Date): Promise<AnswerOutcome> {
  return prisma.$transaction(async (tx: Tx): Promise<AnswerOutcome> => {
    const [actor, round] = await Promise.all([
      tx.user.findUnique({ where: { id: actorId }, select: { partyId: true, roles: true, disabledAt: true } }),
      tx.consultationRound.findUnique({ where: { id: input.roundId }, select: { deadline: true, parties: { select: { partyId: true } } } }),
    ]);
    if (!round) return { ok: false, error: "NOT_FOUND" };
    const partyId = actor?.partyId;
    if (!actor || actor.disabledAt || !actor.roles.includes("PARTNER_CONTACT") || !partyId || !round.parties.some((p) => p.partyId === partyId)) return { ok: false, error: "FORBIDDEN" };
    const existing = await tx.consultationAnswer.findUnique({ where: { roundId_partyId: { roundId: input.roundId, partyId } }, select: { id: true, status: true, version: true, submittedAt: true } });
    if (existing?.status === "SUBMITTED") {
      // Submitting again (a double click, a second tab) is the same outcome; turning it back into a draft is not.
      if (input.intent === "submit") return { ok: true, status: "SUBMITTED", late: isLate(existing, round.deadline), already: true };
      return { ok: false, error: "SUBMITTED" };
    }
    if ((existing?.version ?? 0) !== input.version) return { ok: false, error: "CONFLICT" };
    const submit = input.intent === "submit";
    const data = { text: input.text, status: submit ? ("SUBMITTED" as const) : ("DRAFT" as const), submittedAt: submit ? now : null, submittedById: submit ? actorId : null, updatedById: actorId };
    let answerId: string;
    if (existing) {
      const updated = await tx.consultationAnswer.updateMany({ where: { id: existing.id, version: input.version, status: "DRAFT" }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) return { ok: false, error: "CONFLICT" };
      answerId = existing.id;
    } else {
      answerId = (await tx.consultationAnswer.create({ data: { ...data, roundId: input.roundId, partyId }, select: { id: true } })).id;
    }
    if (files.length) await tx.consultationFile.createMany({ data: fileRows(input.roundId, answerId, files) });
    const late = submit && now.getTime() > round.deadline.getTime();
    await auditIn(tx, {
      actorId,
      action: submit ? "consultation.submit" : "consultation.draft",
      entityType: "ConsultationAnswer",
      entityId: answerId,
      after: { roundId: input.roundId, partyId, status: data.status, late, files: files.map((f) => f.fileName), version: input.version + 1 },
    });
    return { ok: true, status: data.status, late, already: false };
  });
}

/**
 * A party's contact saves its answer as a draft or submits it, before or after the deadline (after: marked late). The
 * database decides: an active partner contact of a party the round asked. Two first saves at once meet the unique
 * constraint; the loser is answered from the row the winner wrote (the same submit → the same outcome).
 */
export async function saveAnswer(actorId: string, input: AnswerInput, files: readonly CheckedUpload[], now: Date = new Date()): Promise<AnswerOutcome> {
  let result: AnswerOutcome;
  try {
    result = await writeAnswer(actorId, input, files, now);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const actor = await prisma.user.findUnique({ where: { id: actorId }, select: { partyId: true } });
    const winner = actor?.partyId
      ? await prisma.consultationAnswer.findUnique({ where: { roundId_partyId: { roundId: input.roundId, partyId: actor.partyId } }, select: { status: true, submittedAt: true, round: { select: { deadline: true } } } })
      : null;
    result =
      input.intent === "submit" && winner?.status === "SUBMITTED"
        ? { ok: true, status: "SUBMITTED", late: isLate(winner, winner.round.deadline), already: true }
        : { ok: false, error: "CONFLICT" };
  }
  if (result.ok) revalidate(compiledPath(input.roundId), `${ADMIN_PATH}/${input.roundId}`, `${OWN_PATH}/${input.roundId}`);
  return result;
}

/** Closes a round now: the deadline becomes this moment, so the compiled page opens and later answers are late. */
export async function closeRound(actorId: string, input: CloseInput, now: Date = new Date()): Promise<{ ok: true } | Failure> {
  const result = await prisma.$transaction(async (tx): Promise<{ ok: true } | Failure> => {
    const round = await tx.consultationRound.findUnique({ where: { id: input.roundId }, select: { deadline: true, version: true } });
    if (!round) return { ok: false, error: "NOT_FOUND" };
    if (isClosed(round, now)) return { ok: true }; // closed already (by its deadline or a second click)
    const updated = await tx.consultationRound.updateMany({ where: { id: input.roundId, version: input.version }, data: { deadline: now, version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    await auditIn(tx, { actorId, action: "consultation.close", entityType: "ConsultationRound", entityId: input.roundId, before: { deadline: round.deadline.toISOString() }, after: { deadline: now.toISOString() } });
    return { ok: true };
  });
  if (result.ok) revalidate(compiledPath(input.roundId), `${ADMIN_PATH}/${input.roundId}`, `${OWN_PATH}/${input.roundId}`);
  return result;
}

/** Links (or unlinks) the decision the round's result fed into. */
export async function linkDecision(actorId: string, input: DecisionLinkInput): Promise<{ ok: true } | Failure> {
  const result = await prisma.$transaction(async (tx): Promise<{ ok: true } | Failure> => {
    const round = await tx.consultationRound.findUnique({ where: { id: input.roundId }, select: { decisionId: true } });
    if (!round) return { ok: false, error: "NOT_FOUND" };
    if (input.decisionId && !(await tx.decision.findUnique({ where: { id: input.decisionId }, select: { id: true } }))) return { ok: false, error: "INVALID", fieldErrors: { decisionId: "invalid" } };
    const updated = await tx.consultationRound.updateMany({ where: { id: input.roundId, version: input.version }, data: { decisionId: input.decisionId || null, version: { increment: 1 } } });
    if (updated.count === 0) return { ok: false, error: "CONFLICT" };
    await auditIn(tx, { actorId, action: "consultation.link", entityType: "ConsultationRound", entityId: input.roundId, before: { decisionId: round.decisionId }, after: { decisionId: input.decisionId || null } });
    return { ok: true };
  });
  if (result.ok) revalidate(compiledPath(input.roundId), `${ADMIN_PATH}/${input.roundId}`, `${OWN_PATH}/${input.roundId}`);
  return result;
}

/** Queues one reminder per contact of the asked parties that have not submitted, each once per `key` (dedupeKey). */
async function queueReminders(tx: Tx, roundId: string, key: string, now: Date): Promise<{ ok: true; mails: number; parties: number } | Failure> {
  const lang: Locale = "nn";
  const m = getTranslator(lang, "consultation.mail");
  const found = await reminderRecipients(roundId, tx);
  if (!found) return { ok: false, error: "NOT_FOUND" };
  if (isClosed(found.round, now)) return { ok: false, error: "CLOSED" };
  const deadline = formatDateTime(lang, found.round.deadline, null, "long");
  const link = `${siteOrigin()}${href(lang, `${OWN_PATH}/${found.round.id}`)}`;
  for (const c of found.contacts) {
    await enqueueMail(tx, {
      to: c.email,
      subject: m("subject", { title: found.round.title }),
      text: m("body", { name: c.name, party: c.party?.name ?? "", title: found.round.title, deadline, link }),
      dedupeKey: `consultation-reminder:${roundId}:${key}:${c.id}`,
    });
  }
  return { ok: true, mails: found.contacts.length, parties: found.waiting };
}

/**
 * The secretariat's "Send påminning": reminds the contacts of the asked parties that have not submitted, before the
 * deadline – one outbox mail per contact, once per request key (a double click queues each mail once), in the
 * transaction that reads who is still waiting.
 */
export async function sendConsultationReminder(actorId: string, input: ReminderInput, now: Date = new Date()): Promise<{ ok: true; mails: number; parties: number } | Failure> {
  return prisma.$transaction(async (tx) => {
    const result = await queueReminders(tx, input.roundId, input.requestKey, now);
    if (result.ok) await auditIn(tx, { actorId, action: "consultation.remind", entityType: "ConsultationRound", entityId: input.roundId, after: { requestKey: input.requestKey, waiting: result.parties, mails: result.mails } });
    return result;
  });
}

/**
 * Housekeeping (hourly): rounds whose deadline is at most AUTO_REMINDER_DAYS ahead remind those who have not submitted
 * – once per round and contact ever (the dedupeKey "auto"), so the hourly runs and several instances queue one mail.
 */
export async function sendDueConsultationReminders(now: Date = new Date()): Promise<number> {
  const rounds = await prisma.consultationRound.findMany({
    where: { deadline: { gt: now, lte: new Date(now.getTime() + AUTO_REMINDER_DAYS * 86_400_000) } },
    select: { id: true },
  });
  let mails = 0;
  for (const round of rounds) {
    const result = await prisma.$transaction((tx) => queueReminders(tx, round.id, "auto", now));
    if (result.ok) mails += result.mails;
  }
  return mails;
}
