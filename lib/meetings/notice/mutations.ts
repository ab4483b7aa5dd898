import "server-only";
// The notice (innkalling): PLANNED → NOTICE_SENT, and a mail to every member and deputy.
import { formatDate, formatTimeRange, getMessages, localize } from "@/lib/i18n";
import { enqueueMail } from "@/lib/mail";
import { refreshSearchEntries } from "@/lib/search/mutations";
import { canTransition } from "../policy";
import type { MeetingStep } from "../schema";
import { ALL_PUBLIC, bumpMeeting, lockMeeting, meetingSources, refresh, Refused, run, type Actor, type MutationResult, type Tx } from "../core/mutations";
import { formatOslo } from "@/lib/i18n/oslo";

/** Everyone to notify: members and personal deputies of the body whose term covers the meeting day (Oslo date). */
async function noticeRecipients(tx: Tx, bodyId: string, startsAt: Date): Promise<{ email: string; name: string }[]> {
  const day = new Date(`${formatOslo(startsAt, "yyyy-MM-dd")}T00:00:00Z`);
  const rows = await tx.membership.findMany({
    where: { bodyId, termStart: { lte: day }, OR: [{ termEnd: null }, { termEnd: { gte: day } }], person: { email: { not: null } } },
    select: { person: { select: { email: true, givenName: true, familyName: true } } },
  });
  const byEmail = new Map<string, string>();
  for (const r of rows) byEmail.set(r.person.email!.toLowerCase(), `${r.person.givenName} ${r.person.familyName}`);
  return [...byEmail].map(([email, name]) => ({ email, name }));
}

/** PLANNED → NOTICE_SENT: the agenda and its papers become public, and every member and deputy gets the notice. */
export async function sendNotice(input: MeetingStep, actor: Actor, options: { origin: string; now?: Date }): Promise<MutationResult<{ recipients: number }>> {
  const now = options.now ?? new Date();
  const result = await run(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new Refused("CONFLICT");
    if (!canTransition(meeting.state, "NOTICE_SENT")) throw new Refused("ILLEGAL_TRANSITION");
    await bumpMeeting(tx, input.meetingId, input.version, { status: "NOTICE_SENT", noticeSentAt: now });
    await refreshSearchEntries(tx, await meetingSources(tx, input.meetingId));
    const full = await tx.meeting.findUniqueOrThrow({
      where: { id: input.meetingId },
      select: {
        body: { select: { name: true } },
        agendaItems: { orderBy: { position: "asc" }, select: { title: true, caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } } } } } },
      },
    });
    const m = getMessages("nn").meetingAdmin.noticeMail;
    const when = `${formatDate("nn", meeting.startsAt, "full")} ${formatTimeRange("nn", meeting.startsAt, meeting.endsAt)}`;
    const agenda = full.agendaItems
      .map((a, i) => `${i + 1}. ${a.caseNumber ? `${a.caseNumber.body.shortName} ${a.caseNumber.sequence}/${a.caseNumber.year} ` : ""}${a.title}`)
      .join("\n");
    const subject = `${m.subject} ${localize("nn", full.body.name, null)} ${formatDate("nn", meeting.startsAt, "long")}`;
    const text = [
      m.greeting,
      "",
      `${m.intro} ${full.body.name}.`,
      `${m.when}: ${when}`,
      `${m.where}: ${meeting.location ?? m.noLocation}`,
      "",
      `${m.agenda}:`,
      agenda || m.noAgenda,
      "",
      `${m.papers}: ${options.origin}/mote/${meeting.id}`,
    ].join("\n");
    // One mail per person (no one sees the others' addresses), queued with the status change (transactional outbox).
    const recipients = await noticeRecipients(tx, meeting.bodyId, meeting.startsAt);
    for (const r of recipients) await enqueueMail(tx, { to: r.email, subject, text });
    return { recipients: recipients.length };
  }, (v) => ({ actorId: actor.id, action: "meeting.notice", entityType: "Meeting", entityId: input.meetingId, after: { recipients: v.recipients } }));
  if (result.ok) refresh(ALL_PUBLIC);
  return result;
}
