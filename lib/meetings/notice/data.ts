import "server-only";
// What the notice (innkalling) of a meeting consists of: its recipients and its text. Read by the preview page and,
// with the transaction's client, by the send mutation, so the list confirmed is the list mailed.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { localize } from "@/lib/i18n";
import { composeNotice, type ComposedNotice, type NoticeInput, type NoticeRecipient } from "./compose";
import { inTermOn } from "@/lib/membership/in-term";

type Reader = Pick<Prisma.TransactionClient, "meeting" | "membership" | "document">;

const collator = new Intl.Collator("nn");

/** The Oslo calendar day of an instant, as the UTC midnight the @db.Date columns hold. */
function osloDay(at: Date): Date {
  return new Date(`${at.toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" })}T00:00:00Z`);
}

/**
 * Everyone the notice goes to: the members of the body whose term covers the meeting day (Oslo date), and their
 * personal deputies when the body calls deputies (`Body.noticeCallsDeputies`; S6: deputies read every case paper).
 * One entry per address, the member role winning over the deputy role; people without an address cannot be mailed.
 */
export async function noticeRecipients(db: Reader, meetingId: string): Promise<NoticeRecipient[]> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { bodyId: true, startsAt: true, body: { select: { noticeCallsDeputies: true } } } });
  if (!meeting) return [];
  const day = osloDay(meeting.startsAt);
  const rows = await db.membership.findMany({
    where: {
      bodyId: meeting.bodyId,
      ...inTermOn(day),
      person: { email: { not: null } },
      ...(meeting.body.noticeCallsDeputies ? {} : { role: { not: "PERSONAL_DEPUTY" } }),
    },
    select: { role: true, person: { select: { email: true, givenName: true, familyName: true, user: { select: { id: true, disabledAt: true } } } } },
  });
  const byEmail = new Map<string, NoticeRecipient>();
  for (const r of rows) {
    const email = r.person.email!.trim().toLowerCase();
    const role = r.role === "PERSONAL_DEPUTY" ? "DEPUTY" : "MEMBER";
    const existing = byEmail.get(email);
    if (existing && existing.role === "MEMBER") continue;
    const user = r.person.user && !r.person.user.disabledAt ? r.person.user.id : null;
    byEmail.set(email, { key: user ?? email, email, name: `${r.person.givenName} ${r.person.familyName}`, role });
  }
  return [...byEmail.values()].sort((a, b) => (a.role === b.role ? collator.compare(a.name, b.name) : a.role === "MEMBER" ? -1 : 1));
}

export type NoticeDraft = ComposedNotice & {
  recipients: NoticeRecipient[];
  papers: { id: string; title: string; visibility: "PUBLIC" | "BODY_MEMBERS" }[];
  callsDeputies: boolean;
  bodyId: string;
};

/** The notice as it would leave now: subject, text, the papers that go with it, and the recipients. */
export async function noticeDraft(db: Reader, meetingId: string, origin: string): Promise<NoticeDraft | null> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      body: { select: { id: true, name: true, noticeCallsDeputies: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { title: true, caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } } } } } },
    },
  });
  if (!meeting) return null;
  const documents = await db.document.findMany({
    where: { meetingId, withdrawnAt: null, kind: { not: "MINUTES" }, visibility: { in: ["PUBLIC", "BODY_MEMBERS"] }, versions: { some: {} } },
    orderBy: [{ agendaItem: { position: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, visibility: true },
  });
  const papers = documents.map((d) => ({ id: d.id, title: d.title, visibility: d.visibility as "PUBLIC" | "BODY_MEMBERS" }));
  const input: NoticeInput = {
    meetingId: meeting.id,
    bodyName: localize("nn", meeting.body.name, null),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    agenda: meeting.agendaItems.map((a) => ({
      number: a.caseNumber ? `${a.caseNumber.body.shortName} ${a.caseNumber.sequence}/${a.caseNumber.year}` : null,
      title: a.title,
    })),
    papers: papers.map((p) => ({ title: p.title, restricted: p.visibility !== "PUBLIC" })),
    origin,
  };
  return { ...composeNotice(input), recipients: await noticeRecipients(db, meetingId), papers, callsDeputies: meeting.body.noticeCallsDeputies, bodyId: meeting.body.id };
}

/** The preview page's read (outside a transaction). */
export function getNoticeDraft(meetingId: string, origin: string): Promise<NoticeDraft | null> {
  return noticeDraft(prisma, meetingId, origin);
}

/** The notices already queued for a meeting (after sending: who got one, and whether it has left). */
export async function getSentNotices(meetingId: string) {
  return prisma.outgoingEmail.findMany({
    where: { dedupeKey: { startsWith: `notice:${meetingId}:` } },
    orderBy: { to: "asc" },
    select: { id: true, to: true, status: true, createdAt: true },
  });
}
