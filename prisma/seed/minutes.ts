// Minutes of every held meeting: one published MinutesVersion (HTML + plain text) and the same content as a PDF
// document (kind MINUTES, public). Attendance comes from the memberships valid on the meeting day.
import type { BodyRow, MinutesRow, MinutesVersionRow, PartyRow } from "./types";
import { ids } from "./ids";
import { addDays, formatDateNn, formatTime, isoDate, maxDate, minDate, norDate } from "./time";
import { asciiSlug, blocksToHtml, blocksToText, type Block } from "./text";
import { addPdfDocument, type DocumentRows } from "./documents";
import type { MeetingState } from "./cases";
import type { CaseDraft, ItemDraft } from "./agenda";
import type { MembershipPlan } from "./memberships";

export type MinutesContext = {
  bodies: Map<string, BodyRow>;
  parties: PartyRow[];
  plan: MembershipPlan;
  cases: CaseDraft[];
};

const PERMANENT = new Set(["LEADER", "DEPUTY_LEADER", "MEMBER"]);

/** Heading of an agenda item as printed in notices and minutes ("SSU 3/2026: Felles handlingsplan …"). */
export function itemHeading(item: ItemDraft, bodyShort: string): string {
  if (item.kind === "CASE" && item.caseNumber) return `Sak ${bodyShort} ${item.caseNumber.sequence}/${item.caseNumber.year}: ${item.title[0]}`;
  if (item.kind === "ORIENTATION" && !item.title[0].startsWith("Orientering")) return `Orientering: ${item.title[0]}`;
  return item.title[0];
}

export const fileSlug = (body: BodyRow) => asciiSlug(body.shortName, "-");

function attendance(state: MeetingState, ctx: MinutesContext): Block[] {
  const body = ctx.bodies.get(state.draft.body)!;
  const day = state.draft.startsAt;
  const active = ctx.plan.memberships.filter(
    (m) => m.bodyId === body.id && m.termStart <= day && (!m.termEnd || m.termEnd >= addDays(day, -1)),
  );
  const partyShort = (id: string | null | undefined) => ctx.parties.find((p) => p.id === id)?.shortName ?? "";
  const name = (personId: string) => ctx.plan.persons.name(personId);
  const permanent = active.filter((m) => PERMANENT.has(m.role));
  if (!permanent.length) return [];
  // One member is absent at each meeting (rotating); the personal deputy attends when there is one.
  const absent = permanent[(state.draft.slot + state.draft.month) % permanent.length]!;
  const deputy = active.find((m) => m.principalId === absent.id);
  const label = (m: (typeof active)[number]) => {
    const role = m.role === "LEADER" ? ", leiar" : m.role === "DEPUTY_LEADER" ? ", nestleiar" : "";
    return `${name(m.personId)} (${partyShort(m.partyId)}${role})`;
  };
  const present = permanent.filter((m) => m !== absent).map(label);
  if (deputy) present.push(`${name(deputy.personId)} (${partyShort(deputy.partyId)}, personleg vara)`);
  const blocks: Block[] = [{ type: "p", label: "Til stades", text: present.join(", ") + "." }];
  blocks.push({
    type: "p",
    label: "Forfall",
    text: deputy ? `${name(absent.personId)}. Personleg vara møtte.` : `${name(absent.personId)}.`,
  });
  const secretariat = active.filter((m) => m.seat === "SECRETARIAT" || m.seat === "OBSERVER");
  if (secretariat.length) {
    blocks.push({ type: "p", label: "Frå samarbeidssekretariatet", text: secretariat.map((m) => name(m.personId)).join(", ") + "." });
  }
  return blocks;
}

export function minutesBlocks(state: MeetingState, ctx: MinutesContext): Block[] {
  const draft = state.draft;
  const body = ctx.bodies.get(draft.body)!;
  const blocks: Block[] = [
    {
      type: "h1",
      text: body.kind === "PARTNERSHIP_MEETING" ? `Referat frå partnarskapsmøtet ${draft.year}` : `Referat frå møte i ${body.name}`,
    },
    { type: "p", label: "Dato", text: `${formatDateNn(draft.startsAt)}, kl. ${formatTime(draft.startsAt)}–${formatTime(draft.endsAt)}` },
    { type: "p", label: "Stad", text: draft.location },
    ...attendance(state, ctx),
  ];
  for (const item of draft.items) {
    blocks.push({ type: "h2", text: itemHeading(item, body.shortName) });
    if (item.kind === "CASE" && item.caseId) {
      const c = ctx.cases.find((x) => x.id === item.caseId);
      if (c?.description) blocks.push({ type: "p", label: "Samandrag", text: c.description });
      if (item.stop?.outcome === "DISAGREEMENT" && item.stop.disagreementNote) {
        blocks.push({ type: "p", label: "Usemje", text: item.stop.disagreementNote });
      }
    }
    if (item.decision) blocks.push({ type: "p", label: "Vedtak", text: item.decision[0] });
    else blocks.push({ type: "p", text: "Ingen saker under eventuelt." });
  }
  blocks.push({
    type: "p",
    text: "Vedtaka er gjorde ved konsensus der ikkje anna går fram. Referatet er godkjent av møteleiaren og publisert på den felles nettstaden.",
  });
  return blocks;
}

export type MinutesRows = { minutes: MinutesRow[]; versions: MinutesVersionRow[] };

export async function buildMinutes(states: MeetingState[], ctx: MinutesContext, docs: DocumentRows): Promise<MinutesRows> {
  const out: MinutesRows = { minutes: [], versions: [] };
  for (const state of states) {
    if (!state.held || !state.publishedAt || !state.approvedAt) continue;
    const draft = state.draft;
    const body = ctx.bodies.get(draft.body)!;
    const blocks = minutesBlocks(state, ctx);
    const minutesId = ids.minutes(draft.id);
    const created = minDate(maxDate(draft.endsAt, addDays(draft.endsAt, 2)), state.approvedAt);
    out.minutes.push({ id: minutesId, meetingId: draft.id, createdAt: created, updatedAt: state.publishedAt, version: 1 });
    out.versions.push({
      id: `${minutesId}-v1`,
      minutesId,
      number: 1,
      html: blocksToHtml(blocks),
      text: blocksToText(blocks),
      changeNote: null,
      approvedAt: state.approvedAt,
      publishedAt: state.publishedAt,
      createdAt: created,
    });
    await addPdfDocument(docs, {
      id: ids.document(`referat-${draft.id.replace(/^seed-mtg-/, "")}`),
      kind: "MINUTES",
      title: `Referat frå ${body.name} ${norDate(draft.startsAt)}`,
      titleNb: `Referat fra ${body.nameNb ?? body.name} ${norDate(draft.startsAt)}`,
      fileName: `referat-${fileSlug(body)}-${isoDate(draft.startsAt)}.pdf`,
      pdfDate: draft.startsAt,
      createdAt: state.publishedAt,
      blocks,
      bodyId: body.id,
      meetingId: draft.id,
    });
  }
  return out;
}
