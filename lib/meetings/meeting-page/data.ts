import "server-only";
// One meeting's public page: agenda, papers (as the viewer may see them), decisions and minutes.
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { AgendaItemKind, DecisionKind, MeetingStatus } from "@/lib/domain/vocabulary";
import { documentFactsSelect, documentView, redactForPublicCache, toFacts, type DocumentFacts, type DocumentView } from "@/lib/documents/view";
import { cachedPublic, PUBLIC_CACHE_MAX_AGE_MS, PUBLIC_TAGS } from "@/lib/public-cache";
import { isAgendaPublic } from "../policy";
import { bodySelect, type MeetingBody } from "../lists/data";


export type AgendaLine = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  titleNb: string | null;
  caseNumber: string | null;
  /** The case behind the line (its public page /sak/<id> exists once the notice has gone out). */
  caseId: string | null;
  decision: { kind: DecisionKind; text: string; textNb: string | null } | null;
};

type MeetingRecord = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  status: MeetingStatus;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  body: MeetingBody & { kind: string };
  agenda: AgendaLine[];
  documents: DocumentFacts[];
  minutes: { html: string; number: number; publishedAt: Date | null; changeNote: string | null } | null;
  /** Every published version of the minutes, newest first (listed on the page once there are two). */
  minutesVersions: { number: number; publishedAt: Date | null; changeNote: string | null }[];
  previous: { id: string; startsAt: Date } | null;
  next: { id: string; startsAt: Date } | null;
};

export type MeetingPage = Omit<MeetingRecord, "documents"> & {
  documents: DocumentView[];
  /** The minutes as a PDF, when the viewer may read it. */
  minutesPdf: DocumentView | null;
};

async function loadMeeting(id: string): Promise<Omit<MeetingRecord, "previous" | "next"> | null> {
  const row = await prisma.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      cancelledAt: true,
      cancellationReason: true,
      bodyId: true,
      body: { select: { ...bodySelect, kind: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          titleNb: true,
          caseNumber: { select: { year: true, sequence: true, caseId: true, body: { select: { shortName: true } } } },
          decision: { select: { kind: true, text: true, textNb: true } },
        },
      },
      documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: documentFactsSelect },
      minutes: {
        select: {
          versions: {
            where: { publishedAt: { not: null } },
            orderBy: { number: "desc" },
            select: { html: true, number: true, publishedAt: true, changeNote: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  const versions = row.status === "MINUTES_PUBLISHED" ? (row.minutes?.versions ?? []) : [];
  // The agenda and its papers are drafts until the notice goes out: a PLANNED meeting shows neither (policy.ts).
  const agendaPublic = isAgendaPublic(row.status);
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    status: row.status,
    cancelledAt: row.cancelledAt,
    cancellationReason: row.cancellationReason,
    body: row.body,
    agenda: (agendaPublic ? row.agendaItems : []).map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      titleNb: item.titleNb,
      caseNumber: item.caseNumber
        ? `${item.caseNumber.body.shortName} ${item.caseNumber.sequence}/${item.caseNumber.year}`
        : null,
      caseId: item.caseNumber?.caseId ?? null,
      decision: item.decision,
    })),
    documents: agendaPublic ? row.documents.map(toFacts) : [],
    minutes: versions[0] ?? null,
    minutesVersions: versions.map(({ number, publishedAt, changeNote }) => ({ number, publishedAt, changeNote })),
  };
}

type Neighbour = { id: string; startsAt: Date } | null;

/**
 * The body's meetings before and after this one (not cancelled), in one statement: Prisma would need three (this
 * meeting's start first, then one query each way; issue 18 item 2). Run beside the meeting's own read.
 */
async function loadNeighbours(id: string): Promise<{ previous: Neighbour; next: Neighbour }> {
  const rows = await prisma.$queryRaw<{ previousId: string | null; previousStartsAt: Date | null; nextId: string | null; nextStartsAt: Date | null }[]>`
    SELECT p.id AS "previousId", p."startsAt" AS "previousStartsAt", n.id AS "nextId", n."startsAt" AS "nextStartsAt"
      FROM "Meeting" m
      LEFT JOIN LATERAL (SELECT id, "startsAt" FROM "Meeting" WHERE "bodyId" = m."bodyId" AND "cancelledAt" IS NULL
                          AND "startsAt" < m."startsAt" ORDER BY "startsAt" DESC LIMIT 1) p ON true
      LEFT JOIN LATERAL (SELECT id, "startsAt" FROM "Meeting" WHERE "bodyId" = m."bodyId" AND "cancelledAt" IS NULL
                          AND "startsAt" > m."startsAt" ORDER BY "startsAt" ASC LIMIT 1) n ON true
     WHERE m.id = ${id}`;
  const row = rows[0];
  return {
    previous: row?.previousId && row.previousStartsAt ? { id: row.previousId, startsAt: row.previousStartsAt } : null,
    next: row?.nextId && row.nextStartsAt ? { id: row.nextId, startsAt: row.nextStartsAt } : null,
  };
}

async function loadMeetingPage(id: string): Promise<MeetingRecord | null> {
  const [record, neighbours] = await Promise.all([loadMeeting(id), loadNeighbours(id)]);
  return record && { ...record, ...neighbours };
}

// The anonymous readers' copy never holds the title or file of a paper they may not read (issue 14 item 3); signed-in
// viewers get their own uncached read below, decided per request.
const cachedMeeting = cachedPublic("meeting", [PUBLIC_TAGS.meetings, PUBLIC_TAGS.minutes], async (id: string) => {
  const record = await loadMeetingPage(id);
  const now = new Date();
  return record && { ...record, documents: record.documents.map((d) => redactForPublicCache(d, now, PUBLIC_CACHE_MAX_AGE_MS)) };
});

/** One meeting as `viewer` may see it: documents they may not read show only their legal basis. */
export async function getMeetingPage(id: string, viewer: Viewer, now: Date = new Date()): Promise<MeetingPage | null> {
  const record = viewer.userId === null ? await cachedMeeting(id) : await loadMeetingPage(id);
  if (!record) return null;
  const minutesDoc = record.minutes ? record.documents.find((d) => d.kind === "MINUTES") : undefined;
  const minutesPdf = minutesDoc ? documentView(viewer, minutesDoc, now) : null;
  return {
    ...record,
    documents: record.documents.filter((d) => d !== minutesDoc).map((d) => documentView(viewer, d, now)),
    minutesPdf: minutesPdf?.readable ? minutesPdf : null,
  };
}

