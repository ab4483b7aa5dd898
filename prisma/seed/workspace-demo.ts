// An upcoming SSU meeting whose notice has gone out, with an internal paper for the members only (issue 14): the
// member's and deputy's home page always has a next meeting with a restricted paper to open, whatever day the seed
// runs (the regular calendar sends SSU's notice only two weeks before each meeting). Deterministic for a given
// anchor; idempotent through its fixed ids (createMany skipDuplicates: a later run adds nothing).
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { BODY } from "./bodies";
import { addPdfDocument, emptyDocuments } from "./documents";
import { ids } from "./ids";
import { INTERNAL_LEGAL_BASIS } from "./papers";
import { addDays, isoDate, minDate, oslo, osloParts } from "./time";

export const EXTRA_SSU_MEETING_ID = ids.meeting(BODY.ssu, "ekstra");
export const EXTRA_SSU_PAPER_TITLE = "Notat om økonomisk status for samarbeidssekretariatet (internt)";

/** The first Thursday at least two days ahead, 10:00 Oslo time (SSU meets on Thursdays at ten), not on a regular date. */
export function extraMeetingStart(now: Date, regularDates: ReadonlySet<string>): Date {
  for (let days = 2; ; days++) {
    const p = osloParts(addDays(now, days));
    if (p.weekday !== 4) continue;
    const start = oslo(p.year, p.month, p.day, 10, 0);
    if (!regularDates.has(isoDate(start))) return start;
  }
}

export async function insertWorkspaceDemo(prisma: PrismaClient, now: Date, regularSsuStarts: readonly Date[], log: (line: string) => void): Promise<void> {
  const startsAt = extraMeetingStart(now, new Set(regularSsuStarts.map(isoDate)));
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const noticeSentAt = minDate(addDays(startsAt, -10), addDays(now, -1));
  const createdAt = addDays(noticeSentAt, -7);
  const bodyId = ids.body(BODY.ssu);
  const meeting = await prisma.meeting.createMany({
    data: [
      {
        id: EXTRA_SSU_MEETING_ID,
        bodyId,
        title: "Ekstraordinært møte",
        startsAt,
        endsAt,
        location: "Digitalt møte (Teams)",
        status: "NOTICE_SENT",
        noticeSentAt,
        createdAt,
        updatedAt: noticeSentAt,
        version: 1,
      },
    ],
    skipDuplicates: true,
  });
  if (meeting.count === 0) return; // already there (and perhaps edited since): leave it as it is
  const items = [
    { position: 1, title: "Økonomisk status for samarbeidssekretariatet", titleNb: "Økonomisk status for samarbeidssekretariatet" },
    { position: 2, title: "Eventuelt", titleNb: "Eventuelt" },
  ].map((item) => ({ id: ids.agendaItem(EXTRA_SSU_MEETING_ID, item.position), meetingId: EXTRA_SSU_MEETING_ID, kind: "ORIENTATION" as const, createdAt, updatedAt: createdAt, ...item }));
  await prisma.agendaItem.createMany({ data: items, skipDuplicates: true });
  const docs = emptyDocuments();
  await addPdfDocument(docs, {
    id: ids.document("notat-okonomi-ssu-ekstra"),
    kind: "CASE_PAPER",
    title: EXTRA_SSU_PAPER_TITLE,
    titleNb: "Notat om økonomisk status for samarbeidssekretariatet (internt)",
    fileName: "notat-okonomisk-status-internt.pdf",
    pdfDate: noticeSentAt,
    createdAt: noticeSentAt,
    blocks: [
      { type: "h1", text: "Notat om økonomisk status" },
      { type: "p", label: "Organ", text: "Strategisk samarbeidsutval" },
      { type: "p", text: "Forbruket per november er 92 prosent av budsjettet. Sekretariatet ventar eit lite mindreforbruk ved årsslutt." },
      { type: "p", text: "Notatet er eit organinternt dokument for medlemene og varamedlemene i utvalet." },
    ],
    visibility: "BODY_MEMBERS",
    legalBasis: INTERNAL_LEGAL_BASIS,
    bodyId,
    meetingId: EXTRA_SSU_MEETING_ID,
    agendaItemId: items[0]!.id,
  });
  await prisma.document.createMany({ data: docs.documents, skipDuplicates: true });
  await prisma.documentVersion.createMany({ data: docs.versions, skipDuplicates: true });
  await prisma.documentFile.createMany({ data: docs.files, skipDuplicates: true });
  log(`  Ekstra SSU-møte ${isoDate(startsAt)} med internt notat`);
}
