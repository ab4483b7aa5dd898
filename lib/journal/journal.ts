// The public document journal (offentleg journal, issue 20 item 2) as a pure function: one line per registered
// document. Whether a line shows its title is decided by the same facts and function as the download
// (lib/documents/access.ts toAccessFacts + policy.ts canReadDocument for an anonymous reader): a document exempt
// from public access is listed as "unnateke offentlegheit" with its legal basis – never its title or file name.
// Drafts (papers of a meeting whose notice has not gone out, minutes before publishing) are not registered yet.
import { ANONYMOUS } from "@/lib/auth/viewer";
import type { DocumentKind } from "@/lib/domain/vocabulary";
import { isDraftDocument, toAccessFacts, type DocumentAccessRow } from "@/lib/documents/access";
import { canReadDocument } from "@/lib/documents/policy";

export type JournalRow = DocumentAccessRow & {
  id: string;
  title: string;
  titleNb: string | null;
  legalBasis: string | null;
  createdAt: Date;
  bodyName: { nn: string; nb: string | null } | null;
  caseReference: string | null;
  latestVersionId: string | null;
};

export type JournalLine = {
  id: string;
  registeredAt: Date;
  kind: DocumentKind;
  caseReference: string | null;
  body: { nn: string; nb: string | null } | null;
} & (
  | { access: "open"; title: { nn: string; nb: string | null }; versionId: string | null }
  | { access: "exempt"; legalBasis: string | null }
);

/** Noark 5 tilgangskode for a line exempt from public access. */
export const EXEMPT_ACCESS_CODE = "UO";

export function journalLines(rows: readonly JournalRow[], now: Date): JournalLine[] {
  return rows
    .filter((row) => !isDraftDocument(row))
    .map((row) => {
      const base = { id: row.id, registeredAt: row.createdAt, kind: row.kind, caseReference: row.caseReference, body: row.bodyName };
      return canReadDocument(ANONYMOUS, toAccessFacts(row), now)
        ? { ...base, access: "open" as const, title: { nn: row.title, nb: row.titleNb }, versionId: row.latestVersionId }
        : { ...base, access: "exempt" as const, legalBasis: row.legalBasis };
    });
}

/** [start, end) of a month in Europe/Oslo, as UTC instants (the offset of the 1st at 00:00 Oslo). */
export function osloMonthRange(year: number, month: number): { gte: Date; lt: Date } {
  const start = (y: number, m: number) => {
    const guess = new Date(Date.UTC(y, m - 1, 1));
    const offsetHours = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "numeric", hourCycle: "h23" }).format(guess));
    return new Date(guess.getTime() - offsetHours * 3_600_000);
  };
  return { gte: start(year, month), lt: month === 12 ? start(year + 1, 1) : start(year, month + 1) };
}

/** "2026-11" → { year, month }, or null. */
export function parseMonth(value: string | undefined | null): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}
