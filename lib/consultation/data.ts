import "server-only";
// Reads of consultation rounds (issue 21 item 2): the secretariat's list and round page, a party's rounds and its own
// answer, the compiled answers, a file for its download route, the reminder's recipients, the decisions a round can
// be linked to, and the counts of the workspace tasks.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { PARTY_KINDS, type PartyKind } from "@/lib/domain/vocabulary";
import { isLate, type AnswerStatus } from "./policy";

type Reader = Pick<Prisma.TransactionClient, "consultationRound" | "consultationAnswer" | "user" | "party">;

const byName = new Intl.Collator("nn");
const fileMeta = { id: true, fileName: true, size: true } as const;

export type PartyOption = { id: string; name: string; nameNb: string | null; kind: PartyKind };

/** Every party that can be asked, the municipalities last, each kind by name (PGlite's collation is C). */
export async function askableParties(): Promise<PartyOption[]> {
  const rows = await prisma.party.findMany({ select: { id: true, name: true, nameNb: true, kind: true } });
  return rows.sort((a, b) => PARTY_KINDS.indexOf(a.kind) - PARTY_KINDS.indexOf(b.kind) || byName.compare(a.name, b.name));
}

/** The secretariat's list: newest deadline first, with how many were asked and how many answered. */
export async function listRounds() {
  const rounds = await prisma.consultationRound.findMany({
    orderBy: [{ deadline: "desc" }, { id: "asc" }],
    select: { id: true, title: true, deadline: true, isPublic: true, decisionId: true, _count: { select: { parties: true } }, answers: { where: { status: "SUBMITTED" }, select: { id: true } } },
  });
  return rounds.map((r) => ({ id: r.id, title: r.title, deadline: r.deadline, isPublic: r.isPublic, linked: r.decisionId !== null, asked: r._count.parties, submitted: r.answers.length }));
}

export type RoundParty = {
  partyId: string;
  name: string;
  nameNb: string | null;
  answer: { id: string; status: AnswerStatus; text: string; submittedAt: Date | null; late: boolean; files: { id: string; fileName: string; size: number }[] } | null;
};

/** One round with its documents, its decision and every asked party with its answer (in name order). */
export async function getRound(id: string) {
  const round = await prisma.consultationRound.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      deadline: true,
      isPublic: true,
      version: true,
      createdAt: true,
      files: { where: { answerId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: fileMeta },
      decision: { select: { id: true, kind: true, text: true, decidedAt: true, agendaItem: { select: { position: true, title: true, titleNb: true, meetingId: true } } } },
      parties: { select: { party: { select: { id: true, name: true, nameNb: true } } } },
      answers: { select: { id: true, partyId: true, status: true, text: true, submittedAt: true, files: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: fileMeta } } },
    },
  });
  if (!round) return null;
  const answers = new Map(round.answers.map((a) => [a.partyId, a]));
  const parties: RoundParty[] = round.parties
    .map(({ party }) => {
      const a = answers.get(party.id);
      return { partyId: party.id, name: party.name, nameNb: party.nameNb, answer: a ? { id: a.id, status: a.status, text: a.text, submittedAt: a.submittedAt, late: isLate(a, round.deadline), files: a.files } : null };
    })
    .sort((a, b) => byName.compare(a.name, b.name));
  const { id: roundId, title, text, deadline, isPublic, version, createdAt, files, decision } = round;
  return { id: roundId, title, text, deadline, isPublic, version, createdAt, files, decision, partyIds: parties.map((p) => p.partyId), parties };
}
export type Round = NonNullable<Awaited<ReturnType<typeof getRound>>>;

/** The rounds asking one party, newest deadline first, with the party's own answer status. */
export async function partyRounds(partyId: string) {
  const rows = await prisma.consultationRound.findMany({
    where: { parties: { some: { partyId } } },
    orderBy: [{ deadline: "desc" }, { id: "asc" }],
    select: { id: true, title: true, deadline: true, answers: { where: { partyId }, select: { status: true, submittedAt: true } } },
  });
  return rows.map((r) => {
    const a = r.answers[0] ?? null;
    return { id: r.id, title: r.title, deadline: r.deadline, status: a?.status ?? null, late: a ? isLate(a, r.deadline) : false };
  });
}

/** Rounds asking the party whose deadline is still ahead and that it has not answered: the count on Mitt Saman. */
export async function openRoundCount(partyId: string, now: Date = new Date()): Promise<number> {
  return prisma.consultationRound.count({ where: { deadline: { gt: now }, parties: { some: { partyId } }, answers: { none: { partyId, status: "SUBMITTED" } } } });
}

/** The secretariat's task: rounds past their deadline whose result is not yet linked to a decision. */
export async function roundsAwaitingResult(now: Date = new Date()): Promise<number> {
  return prisma.consultationRound.count({ where: { deadline: { lte: now }, decisionId: null } });
}

/** A file with what its guard needs (the round's deadline, publicity and asked parties; the answer's party). */
export async function getConsultationFile(id: string) {
  const file = await prisma.consultationFile.findUnique({
    where: { id },
    select: {
      fileName: true,
      mimeType: true,
      sha256: true,
      content: true,
      round: { select: { deadline: true, isPublic: true, parties: { select: { partyId: true } } } },
      answer: { select: { partyId: true, status: true } },
    },
  });
  if (!file) return null;
  return { ...file, round: { deadline: file.round.deadline, isPublic: file.round.isPublic, partyIds: file.round.parties.map((p) => p.partyId) } };
}

/** The active partner contacts of the asked parties that have not submitted (the reminder's recipients). */
export async function reminderRecipients(roundId: string, db: Reader = prisma) {
  const round = await db.consultationRound.findUnique({
    where: { id: roundId },
    select: { id: true, title: true, deadline: true, parties: { select: { partyId: true } }, answers: { where: { status: "SUBMITTED" }, select: { partyId: true } } },
  });
  if (!round) return null;
  const answered = new Set(round.answers.map((a) => a.partyId));
  const waiting = round.parties.map((p) => p.partyId).filter((id) => !answered.has(id));
  const contacts = await db.user.findMany({
    where: { partyId: { in: waiting }, roles: { has: "PARTNER_CONTACT" }, disabledAt: null },
    orderBy: [{ email: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, party: { select: { name: true } } },
  });
  return { round, waiting: waiting.length, contacts };
}

/** The decisions a round's result can be linked to: the newest first (a select, so a bounded list). */
export async function decisionOptions(limit = 60) {
  const rows = await prisma.decision.findMany({
    orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, decidedAt: true, agendaItem: { select: { title: true, titleNb: true, meeting: { select: { body: { select: { shortName: true } } } } } } },
  });
  return rows.map((d) => ({ id: d.id, decidedAt: d.decidedAt, title: d.agendaItem.title, titleNb: d.agendaItem.titleNb, body: d.agendaItem.meeting.body.shortName }));
}

/** A party's own answer (for its form), or null before the first save. */
export async function getOwnAnswer(roundId: string, partyId: string) {
  return prisma.consultationAnswer.findUnique({
    where: { roundId_partyId: { roundId, partyId } },
    select: { id: true, status: true, text: true, submittedAt: true, version: true, files: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: fileMeta } },
  });
}

/** Public rounds whose deadline has passed (the compiled list). */
export async function compiledPublicRounds(now: Date = new Date()) {
  return prisma.consultationRound.findMany({ where: { isPublic: true, deadline: { lte: now } }, orderBy: [{ deadline: "desc" }, { id: "asc" }], select: { id: true, title: true, deadline: true } });
}
