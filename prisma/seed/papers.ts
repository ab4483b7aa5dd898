// Case papers (saksframlegg) and notices: a handful of PDFs attached to agenda items, including a restricted
// internal document, papers held back until the meeting (publicFrom), and one attachment whose text holds a word
// found nowhere else in the seed ("samhandlingsbarometeret"), for the search tests.
import type { BodyRow } from "./types";
import { BODY } from "./bodies";
import { ids } from "./ids";
import { addDays, formatDateNn, formatTime, isoDate, minDate, norDate } from "./time";
import type { Block } from "./text";
import { addPdfDocument, type DocumentRows } from "./documents";
import type { MeetingState } from "./cases";
import type { CaseDraft, ItemDraft } from "./agenda";
import { fileSlug, itemHeading } from "./minutes";

export const BAROMETER_WORD = "samhandlingsbarometeret";
export const INTERNAL_LEGAL_BASIS = "Offentleglova § 14 (organinternt dokument)";
export const DEFERRED_LEGAL_BASIS = "Offentleglova § 5 (utsett innsyn til møtet tek til)";

type Ctx = { anchorYear: number; now: Date; bodies: Map<string, BodyRow>; cases: CaseDraft[] };

function paperBlocks(item: ItemDraft, c: CaseDraft | undefined, body: BodyRow, state: MeetingState, extra: Block[] = []): Block[] {
  const blocks: Block[] = [
    { type: "h1", text: `Saksframlegg: ${item.title[0]}` },
    { type: "p", label: "Organ", text: body.name },
    { type: "p", label: "Møte", text: `${formatDateNn(state.draft.startsAt)}, kl. ${formatTime(state.draft.startsAt)}` },
    { type: "p", label: "Saksnummer", text: item.caseNumber ? `${body.shortName} ${item.caseNumber.sequence}/${item.caseNumber.year}` : "–" },
    { type: "p", label: "Referanse", text: c?.reference ?? "–" },
    { type: "h2", text: "Bakgrunn" },
    { type: "p", text: c?.description ?? "" },
  ];
  if (c?.desiredOutcome) blocks.push({ type: "h2", text: "Ønskt resultat" }, { type: "p", text: c.desiredOutcome });
  blocks.push(...extra);
  if (item.decision) blocks.push({ type: "h2", text: "Forslag til vedtak" }, { type: "p", text: item.decision[0] });
  return blocks;
}

export async function buildPapers(states: MeetingState[], ctx: Ctx, docs: DocumentRows): Promise<void> {
  const caseOf = (item: ItemDraft) => ctx.cases.find((c) => c.id === item.caseId);
  const key = (state: MeetingState) => state.draft.id.replace(/^seed-mtg-/, "");
  const created = (state: MeetingState) => minDate(addDays(state.draft.startsAt, -10), ctx.now);

  for (const state of states) {
    const { draft } = state;
    if (draft.cancelled) continue;
    const body = ctx.bodies.get(draft.body)!;
    const items = draft.items;

    // SSU: the first case of every meeting has a saksframlegg held back until the meeting starts.
    const firstCase = items.find((i) => i.kind === "CASE");
    if (draft.body === BODY.ssu && firstCase) {
      await addPdfDocument(docs, {
        id: ids.document(`saksframlegg-${key(state)}-${firstCase.position}`),
        kind: "CASE_PAPER",
        title: `Saksframlegg: ${firstCase.title[0]}`,
        titleNb: `Saksframlegg: ${firstCase.title[1]}`,
        fileName: `saksframlegg-${fileSlug(body)}-${isoDate(draft.startsAt)}-${firstCase.position}.pdf`,
        pdfDate: addDays(draft.startsAt, -10),
        createdAt: created(state),
        blocks: paperBlocks(firstCase, caseOf(firstCase), body, state),
        visibility: "BODY_MEMBERS",
        legalBasis: DEFERRED_LEGAL_BASIS,
        publicFrom: draft.startsAt,
        bodyId: body.id,
        meetingId: draft.id,
        agendaItemId: firstCase.id,
        caseId: firstCase.caseId,
      });
    }

    // SSU: the secretariat's budget is an internal document for the members only.
    const budget = items.find((i) => i.topicKey === "budsjett-sekretariat");
    if (budget) {
      const next = draft.year + 1;
      await addPdfDocument(docs, {
        id: ids.document(`budsjett-${key(state)}`),
        kind: "CASE_PAPER",
        title: `Budsjett for samarbeidssekretariatet ${next} (internt)`,
        titleNb: `Budsjett for samarbeidssekretariatet ${next} (internt)`,
        fileName: `budsjett-samarbeidssekretariatet-${next}.pdf`,
        pdfDate: addDays(draft.startsAt, -10),
        createdAt: created(state),
        blocks: paperBlocks(budget, caseOf(budget), body, state, [
          { type: "h2", text: "Kostnadsoverslag" },
          { type: "p", text: "Løn og sosiale kostnader for sekretariatet: 2 450 000 kroner." },
          { type: "p", text: "Møte, partnarskapsmøte og kompetansetiltak: 380 000 kroner." },
          { type: "p", text: "Honorar og reise for brukar- og fastlegerepresentantar: 310 000 kroner." },
          { type: "p", text: "Nettstad og digitale verktøy: 160 000 kroner." },
          {
            type: "p",
            text: "Kostnadene vert delte likt mellom spesialisthelsetenesta og kommunane. Den kommunale halvdelen vert fordelt etter innbyggjartal.",
          },
        ]),
        visibility: "BODY_MEMBERS",
        legalBasis: INTERNAL_LEGAL_BASIS,
        bodyId: body.id,
        meetingId: draft.id,
        agendaItemId: budget.id,
        caseId: budget.caseId,
      });
    }

    // OU: the papers for cases that travel on to SSU.
    for (const item of items) {
      if (item.stop && item.stop.outcome !== "DECIDED" && draft.body.startsWith("omradeutval-")) {
        await addPdfDocument(docs, {
          id: ids.document(`saksframlegg-${key(state)}-${item.position}`),
          kind: "CASE_PAPER",
          title: `Saksframlegg: ${item.title[0]}`,
          titleNb: `Saksframlegg: ${item.title[1]}`,
          fileName: `saksframlegg-${fileSlug(body)}-${isoDate(draft.startsAt)}-${item.position}.pdf`,
          pdfDate: addDays(draft.startsAt, -10),
          createdAt: created(state),
          blocks: paperBlocks(item, caseOf(item), body, state),
          bodyId: body.id,
          meetingId: draft.id,
          agendaItemId: item.id,
          caseId: item.caseId,
        });
      }
    }

    // The one attachment with the distinctive word: SSU's yearly deviation overview in the previous year.
    const overview = items.find((i) => i.topicKey === "avvik-arsoversikt");
    if (overview && draft.year === ctx.anchorYear - 1) {
      const measured = draft.year - 1;
      await addPdfDocument(docs, {
        id: ids.document(`vedlegg-malingar-${key(state)}`),
        kind: "ATTACHMENT",
        title: `Vedlegg: Målingar av samhandlinga i ${measured}`,
        titleNb: `Vedlegg: Målinger av samhandlingen i ${measured}`,
        fileName: `vedlegg-malingar-samhandling-${measured}.pdf`,
        pdfDate: addDays(draft.startsAt, -10),
        createdAt: created(state),
        blocks: [
          { type: "h1", text: `Målingar av samhandlinga i ${measured}` },
          {
            type: "p",
            text: `Vedlegget samanfattar ei spørjeundersøking blant tilsette i kommunane og sjukehusa hausten ${measured}. Resultata frå ${BAROMETER_WORD} viser at 71 prosent meiner at informasjonen ved utskriving er god nok, mot 64 prosent året før.`,
          },
          {
            type: "p",
            text: "Dei største forbetringsområda er tidspunktet for varsling om utskrivingsklare pasientar, oppdaterte legemiddellister og kven som er kontaktperson når pasienten har samansette behov.",
          },
          {
            type: "p",
            text: "Tala er anonymiserte og kan ikkje knytast til einskildpersonar eller einskildpasientar.",
          },
        ],
        bodyId: body.id,
        meetingId: draft.id,
        agendaItemId: overview.id,
        caseId: overview.caseId,
      });
    }

    // Notice (innkalling) for meetings whose notice has gone out but which are not yet held.
    if (state.row.status === "NOTICE_SENT" && state.row.noticeSentAt) {
      const blocks: Block[] = [
        {
          type: "h1",
          text: body.kind === "PARTNERSHIP_MEETING" ? `Innkalling til partnarskapsmøtet ${draft.year}` : `Innkalling til møte i ${body.name}`,
        },
        { type: "p", label: "Tid", text: `${formatDateNn(draft.startsAt)}, kl. ${formatTime(draft.startsAt)}–${formatTime(draft.endsAt)}` },
        { type: "p", label: "Stad", text: draft.location },
        {
          type: "p",
          text: "Medlemer som ikkje kan møte, melder forfall til samarbeidssekretariatet og kallar inn den personlege varaen sin.",
        },
        { type: "h2", text: "Saksliste" },
        ...items.map((item): Block => ({ type: "p", text: itemHeading(item, body.shortName) })),
      ];
      await addPdfDocument(docs, {
        id: ids.document(`innkalling-${key(state)}`),
        kind: "NOTICE",
        title: `Innkalling til ${body.name} ${norDate(draft.startsAt)}`,
        titleNb: `Innkalling til ${body.nameNb ?? body.name} ${norDate(draft.startsAt)}`,
        fileName: `innkalling-${fileSlug(body)}-${isoDate(draft.startsAt)}.pdf`,
        pdfDate: state.row.noticeSentAt as Date,
        createdAt: state.row.noticeSentAt as Date,
        blocks,
        bodyId: body.id,
        meetingId: draft.id,
      });
    }
  }
}
