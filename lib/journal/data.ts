import "server-only";
// Reads of the document journal (issue 20 item 2): the documents registered in one month (Europe/Oslo).
import { prisma } from "@/lib/db/client";
import { documentAccessSelect } from "@/lib/documents/access";
import { journalLines, osloMonthRange, type JournalLine } from "./journal";

const caseNumber = (n: { year: number; sequence: number; body: { shortName: string } }) => `${n.body.shortName} ${n.sequence}/${n.year}`;

export async function getJournal(year: number, month: number, now: Date = new Date()): Promise<JournalLine[]> {
  const rows = await prisma.document.findMany({
    where: { createdAt: osloMonthRange(year, month) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ...documentAccessSelect,
      title: true,
      titleNb: true,
      legalBasis: true,
      createdAt: true,
      body: { select: { name: true, nameNb: true } },
      meeting: { select: { status: true, body: { select: { name: true, nameNb: true } } } },
      agendaItem: { select: { caseNumber: { select: { year: true, sequence: true, body: { select: { shortName: true } } } } } },
      case: {
        select: {
          ...documentAccessSelect.case.select,
          reference: true,
          numbers: { orderBy: [{ year: "desc" }, { sequence: "desc" }], take: 1, select: { year: true, sequence: true, body: { select: { shortName: true } } } },
        },
      },
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } },
    },
  });
  return journalLines(
    rows.map((row) => {
      const owner = row.body ?? row.meeting?.body ?? null;
      const numbered = row.agendaItem?.caseNumber ?? row.case?.numbers[0] ?? null;
      return {
        ...row,
        bodyName: owner ? { nn: owner.name, nb: owner.nameNb } : null,
        caseReference: numbered ? caseNumber(numbered) : (row.case?.reference ?? null),
        latestVersionId: row.versions[0]?.id ?? null,
      };
    }),
    now,
  );
}

/** The months from the first registered document to `now`, newest first, as "YYYY-MM" (Oslo). */
export async function getJournalMonths(now: Date = new Date()): Promise<string[]> {
  const first = await prisma.document.findFirst({ orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  const osloMonth = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit" }).format(d).slice(0, 7);
  const end = osloMonth(now);
  let [y, m] = (first ? osloMonth(first.createdAt) : end).split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    months.unshift(key);
    if (key >= end) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}
