// The archive export of one meeting (arkivuttrekk, issue 20 item 2) as a pure function: metadata.json with Noark 5
// arkivstruktur field names where Noark has one (moetemappe → moeteregistrering → dokumentbeskrivelse →
// dokumentobjekt, skjerming), Saman's own facts under "saman", and the list of files to put beside it. The format is
// documented in README ("Archive export per meeting"). Values are nynorsk, like the portal's primary language.
//
// Access: per document, by the same facts and function as every download (lib/documents/access.ts toAccessFacts +
// policy.ts canReadDocument via ./policy.ts inArchive). A document the edition's reader may not read is listed as
// "Unnateke offentlegheit" with its legal basis – no title, no file name, no file. Drafts (papers of a meeting whose
// notice has not gone out, minutes before publishing) are left out of the public edition, as the public journal does.
import type { Viewer } from "@/lib/auth/viewer";
import { isDraftDocument, toAccessFacts, type DocumentAccessRow } from "@/lib/documents/access";
import { isPublicNow } from "@/lib/documents/policy";
import type { AgendaItemKind, DecisionKind, DocumentKind, MeetingStatus } from "@/lib/domain/vocabulary";
import { formatDate, osloIsoDate } from "@/lib/i18n";
import { EXEMPT_ACCESS_CODE } from "@/lib/journal/journal";
import { inArchive, type ArchiveEdition } from "./policy";

export const ARCHIVE_FORMAT = "saman-moetearkiv";
export const ARCHIVE_FORMAT_VERSION = "1.0";
export const EXEMPT_TITLE = "Unnateke offentlegheit";
export const CHECKSUM_ALGORITHM = "SHA-256";

export type ArchiveVersionRow = { id: string; number: number; fileName: string; mimeType: string; uploadedAt: Date; changeNote: string | null; /** Bytes stored; null: no file. */ size: number | null };
export type ArchiveDocumentRow = DocumentAccessRow & {
  id: string;
  title: string;
  titleNb: string | null;
  legalBasis: string | null;
  createdAt: Date;
  agendaItemId: string | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  versions: ArchiveVersionRow[];
};
export type ArchiveFacts = {
  id: string;
  status: MeetingStatus;
  title: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  number: number | null;
  numberYear: number | null;
  body: { name: string; nameNb: string | null; shortName: string };
  agendaItems: {
    id: string;
    position: number;
    kind: AgendaItemKind;
    title: string;
    titleNb: string | null;
    caseNumber: { year: number; sequence: number; body: { shortName: string } } | null;
    decision: { kind: DecisionKind; text: string; textNb: string | null; decidedAt: Date } | null;
  }[];
  documents: ArchiveDocumentRow[];
};

export type Dokumentobjekt = {
  versjonsnummer: number;
  variantformat: "Produksjonsformat";
  format: string;
  filnavn: string;
  referanseDokumentfil: string;
  /** Filled in while the file is written (computed from the bytes themselves). */
  sjekksum: string;
  sjekksumAlgoritme: typeof CHECKSUM_ALGORITHM;
  filstoerrelse: number;
  opprettetDato: string;
  saman?: { endringsnotat: string };
};
export type Skjerming = { tilgangsrestriksjon: string; skjermingshjemmel: string | null; skjermingOpphoererDato?: string };
export type Dokumentbeskrivelse =
  | {
      systemID: string;
      dokumenttype: string;
      dokumentstatus: string;
      tittel: string;
      offentligTittel: string;
      dokumentnummer: number;
      tilknyttetRegistreringSom: "Hoveddokument" | "Vedlegg";
      opprettetDato: string;
      skjerming?: Skjerming;
      dokumentobjekt: Dokumentobjekt[];
      saman: { dokumentkategori: DocumentKind; tittelBokmaal: string | null; trektTilbake?: { dato: string; grunn: string } };
    }
  | {
      systemID: string;
      dokumenttype: string;
      offentligTittel: typeof EXEMPT_TITLE;
      dokumentnummer: number;
      skjerming: Skjerming;
      dokumentobjekt: [];
      saman: { dokumentkategori: DocumentKind; unnateke: true };
    };

export type ArchiveFile = { path: string; versionId: string; size: number; object: Dokumentobjekt };

const DOCUMENT_TYPE: Record<DocumentKind, string> = {
  NOTICE: "Møteinnkalling",
  AGENDA: "Saksliste",
  CASE_PAPER: "Saksframlegg",
  MINUTES: "Møtebok/referat",
  ATTACHMENT: "Vedlegg",
  AGREEMENT: "Avtale",
  ACTION_PLAN: "Plan",
  REPORT: "Rapport",
};
const ITEM_TYPE: Record<AgendaItemKind, string> = {
  CASE: "Sak",
  ORIENTATION: "Orienteringssak",
  ACTION_PLAN_STATUS: "Fast punkt: status i handlingsplanen",
  OTHER: "Eventuelt / anna",
  NOTICE_APPROVAL: "Godkjenning av innkalling og saksliste",
  MINUTES_APPROVAL: "Godkjenning av referat",
};
const DECISION_TYPE: Record<DecisionKind, string> = { CONSENSUS: "Konsensus", DISAGREEMENT: "Usemje" };

/** A name that is safe in every unzip tool: ASCII letters, digits, dot, dash and underscore. */
export function safeFileName(name: string): string {
  const ascii = name
    .replace(/[æÆøØåÅ]/g, (c) => ({ æ: "ae", Æ: "AE", ø: "o", Ø: "O", å: "a", Å: "A" })[c]!)
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(-120);
  return ascii || "fil";
}

/**
 * The metadata and the files of one edition for one reader, at `now`. `origin` makes the documentation link absolute.
 * Checksums and sizes of the files are left for the writer, which computes them from the bytes it sends.
 */
export function archiveMetadata(facts: ArchiveFacts, edition: ArchiveEdition, reader: Viewer, now: Date) {
  const files: ArchiveFile[] = [];
  const describe = (doc: ArchiveDocumentRow, dokumentnummer: number, main: boolean): Dokumentbeskrivelse => {
    const access = toAccessFacts(doc);
    if (!inArchive(reader, access, now)) {
      return {
        systemID: doc.id,
        dokumenttype: DOCUMENT_TYPE[doc.kind],
        offentligTittel: EXEMPT_TITLE,
        dokumentnummer,
        skjerming: { tilgangsrestriksjon: EXEMPT_ACCESS_CODE, skjermingshjemmel: doc.legalBasis },
        dokumentobjekt: [],
        saman: { dokumentkategori: doc.kind, unnateke: true },
      };
    }
    const open = isPublicNow(access, now);
    const objects: Dokumentobjekt[] = doc.withdrawnAt
      ? [] // withdrawn (issue 15): its files answer 410 Gone to every reader, so they are not exported either
      : doc.versions.flatMap((v) => {
          if (v.size === null) return [];
          const object: Dokumentobjekt = {
            versjonsnummer: v.number,
            variantformat: "Produksjonsformat",
            format: v.mimeType,
            filnavn: v.fileName,
            referanseDokumentfil: `dokument/${safeFileName(doc.id)}/v${v.number}-${safeFileName(v.fileName)}`,
            sjekksum: "",
            sjekksumAlgoritme: CHECKSUM_ALGORITHM,
            filstoerrelse: v.size,
            opprettetDato: v.uploadedAt.toISOString(),
            ...(v.changeNote ? { saman: { endringsnotat: v.changeNote } } : {}),
          };
          files.push({ path: object.referanseDokumentfil, versionId: v.id, size: v.size, object });
          return [object];
        });
    return {
      systemID: doc.id,
      dokumenttype: DOCUMENT_TYPE[doc.kind],
      dokumentstatus: isDraftDocument(doc) ? "Dokumentet er under redigering" : "Dokumentet er ferdigstilt",
      tittel: doc.title,
      offentligTittel: open ? doc.title : EXEMPT_TITLE,
      dokumentnummer,
      tilknyttetRegistreringSom: main ? "Hoveddokument" : "Vedlegg",
      opprettetDato: doc.createdAt.toISOString(),
      ...(open
        ? {}
        : {
            skjerming: {
              tilgangsrestriksjon: EXEMPT_ACCESS_CODE,
              skjermingshjemmel: doc.legalBasis,
              ...(doc.publicFrom ? { skjermingOpphoererDato: doc.publicFrom.toISOString() } : {}),
            },
          }),
      dokumentobjekt: objects,
      saman: {
        dokumentkategori: doc.kind,
        tittelBokmaal: doc.titleNb,
        ...(doc.withdrawnAt ? { trektTilbake: { dato: doc.withdrawnAt.toISOString(), grunn: doc.withdrawalReason ?? "" } } : {}),
      },
    };
  };
  const describeAll = (docs: ArchiveDocumentRow[]) => docs.map((d, i) => describe(d, i + 1, i === 0));

  // The public edition leaves drafts out (not registered yet, as in the public journal); the full one keeps them.
  const documents = facts.documents.filter((d) => edition === "FULL" || !isDraftDocument(d));
  const itemIds = new Set(facts.agendaItems.map((i) => i.id));
  const number = facts.number !== null && facts.numberYear !== null ? `${facts.number}/${facts.numberYear}` : null;
  const title = `${facts.body.name} ${formatDate("nn", facts.startsAt, "long")}${facts.title ? ` – ${facts.title}` : ""}`;

  const metadata = {
    arkivuttrekk: {
      format: ARCHIVE_FORMAT,
      formatversjon: ARCHIVE_FORMAT_VERSION,
      utgaave: edition === "FULL" ? "full" : "offentleg",
      laget: now.toISOString(),
      sjekksumAlgoritme: CHECKSUM_ALGORITHM,
      skildring:
        edition === "FULL"
          ? "Alle dokumenta i møtet, òg dei som er unnatekne offentlegheit. Skal arkiverast med skjerminga som står ved kvart dokument."
          : "Det offentlege innhaldet i møtet. Dokument unnatekne offentlegheit står berre med heimel, utan tittel og fil.",
    },
    moetemappe: {
      systemID: facts.id,
      mappetype: "moetemappe",
      mappeID: number ? `${facts.body.shortName} møte ${number}` : null,
      tittel: title,
      offentligTittel: title,
      utvalg: facts.body.name,
      moetenummer: number,
      moetedato: osloIsoDate(facts.startsAt),
      moetested: facts.location,
      opprettetDato: facts.createdAt.toISOString(),
      moeteregistrering: facts.agendaItems.map((item) => {
        const caseNumber = item.caseNumber ? `${item.caseNumber.body.shortName} ${item.caseNumber.sequence}/${item.caseNumber.year}` : null;
        return {
          systemID: item.id,
          moeteregistreringstype: ITEM_TYPE[item.kind],
          tittel: item.title,
          offentligTittel: item.title,
          moetesaksaar: item.caseNumber?.year ?? null,
          moetesakssekvensnummer: item.caseNumber?.sequence ?? null,
          dokumentbeskrivelse: describeAll(documents.filter((d) => d.agendaItemId === item.id)),
          saman: {
            saksnummer: caseNumber,
            posisjon: item.position,
            tittelBokmaal: item.titleNb,
            vedtak: item.decision
              ? { vedtakstype: DECISION_TYPE[item.decision.kind], vedtakstekst: item.decision.text, vedtakstekstBokmaal: item.decision.textNb, vedtaksdato: item.decision.decidedAt.toISOString() }
              : null,
          },
        };
      }),
      dokumentbeskrivelse: describeAll(documents.filter((d) => !d.agendaItemId || !itemIds.has(d.agendaItemId))),
      saman: {
        organKortnamn: facts.body.shortName,
        organBokmaal: facts.body.nameNb,
        status: facts.status,
        start: facts.startsAt.toISOString(),
        slutt: facts.endsAt?.toISOString() ?? null,
        avlyst: facts.cancelledAt ? { dato: facts.cancelledAt.toISOString(), grunn: facts.cancellationReason ?? "" } : null,
      },
    },
  };
  return { metadata, files };
}
