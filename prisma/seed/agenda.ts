// The fixed part of the meeting programme: which meetings exist, what is on each agenda, which cases exist and which
// case numbers and references they get. Nothing here looks at the clock – only the anchor year – so a later run
// finds exactly the same ids, positions, numbers and references.
import { BODY } from "./bodies";
import { ids, pad } from "./ids";
import { isoDate } from "./time";
import { AREAS, municipalitiesIn, type AreaSlug } from "./structure";
import { seededMeetings, type PlannedMeeting } from "./schedule";
import { ssuTopics, ssuOrientations, partnershipTopics, PM_ORIENTATIONS, SECRETARIAT_ORIENTATIONS, WORKING_GROUP_ORIENTATIONS } from "./content-ssu";
import { yearlyChains } from "./content-chains";
import { ouTopics, OU_ORIENTATIONS, professionalTopics, PROFESSIONAL_ORIENTATIONS } from "./content-ou";
import { AGENDA_APPROVED, ANY_OTHER, APPROVE_AGENDA, PLAN_STATUS, TAKEN_NOTE, type Stop, type Text, type Topic } from "./topics";
import { fill } from "./text";

export type MeetingDraft = PlannedMeeting & { id: string; items: ItemDraft[] };

export type ItemDraft = {
  id: string;
  position: number;
  kind: "CASE" | "ORIENTATION" | "ACTION_PLAN_STATUS" | "OTHER";
  title: Text;
  /** What the body decides when the meeting is held (none for "Eventuelt"). */
  decision: Text | null;
  caseId?: string;
  caseNumberId?: string;
  caseNumber?: { bodySlug: string; year: number; sequence: number };
  stop?: StopDraft;
  topicKey?: string;
};

export type StopDraft = Omit<Stop, "decision"> & { decision: Text; meeting: MeetingDraft; item: ItemDraft };

export type CaseDraft = {
  id: string;
  reference: string;
  year: number;
  key: string;
  title: string;
  description: string;
  background?: string;
  desiredOutcome?: string;
  groups: Topic["groups"];
  submitter: string;
  stops: StopDraft[];
};

export type Programme = {
  meetings: MeetingDraft[];
  cases: CaseDraft[];
  counters: { bodySlug: string; year: number; lastSequence: number }[];
  /** Number of scheduled cases per reference year (inbox cases continue after these). */
  referencesUsed: Map<number, number>;
};

const areaOfBody = (slug: string): AreaSlug | undefined => AREAS.find((a) => BODY.ou(a.slug) === slug)?.slug;

function vars(bodySlug: string): Record<string, string> {
  const area = AREAS.find((a) => a.slug === areaOfBody(bodySlug));
  return area ? { area: area.name, areaNb: area.nameNb } : {};
}

const fillText = (text: Text, year: number, v: Record<string, string>): Text => [fill(text[0], year, v), fill(text[1], year, v)];

type PendingItem = Omit<ItemDraft, "id" | "position"> & { topic?: Topic; chainStop?: { chainKey: string; index: number } };

function singleTopics(m: PlannedMeeting): Topic[] {
  if (m.body === BODY.ssu) return ssuTopics(m.year, m.month);
  if (m.body === BODY.pm) return partnershipTopics(m.year);
  const area = areaOfBody(m.body);
  if (area) {
    const first = municipalitiesIn(area)[0]!.slug;
    return ouTopics(m.year, m.slot, [first, area === "voss" || m.slot % 2 === 0 ? "helse-bergen" : "haraldsplass"]);
  }
  return professionalTopics(m.body, m.year, m.slot);
}

function orientations(m: PlannedMeeting): Text[] {
  if (m.body === BODY.ssu) return ssuOrientations(m.month);
  if (m.body === BODY.pm) return PM_ORIENTATIONS;
  if (m.body === BODY.sek) return SECRETARIAT_ORIENTATIONS;
  if (m.body === BODY.ag) return WORKING_GROUP_ORIENTATIONS;
  if (areaOfBody(m.body)) return [OU_ORIENTATIONS[m.slot % OU_ORIENTATIONS.length]!];
  return PROFESSIONAL_ORIENTATIONS;
}

const hasPlanStatus = (body: string) => body !== BODY.pm && body !== BODY.ag;

export function buildProgramme(anchorYear: number, establishedOn: (body: string) => Date): Programme {
  const planned = seededMeetings(anchorYear, establishedOn);
  const meetings: MeetingDraft[] = planned.map((m) => ({ ...m, id: ids.meeting(m.body, isoDate(m.startsAt)), items: [] }));
  const find = (body: string, year: number, month: number) =>
    meetings.find((m) => m.body === body && m.year === year && m.month === month && !m.cancelled);

  // Which chain stops land on which meeting.
  const chainStops = new Map<string, { chain: ReturnType<typeof yearlyChains>[number]; index: number; year: number }[]>();
  const chains: { chain: ReturnType<typeof yearlyChains>[number]; year: number; meetings: MeetingDraft[] }[] = [];
  for (const year of [anchorYear - 1, anchorYear, anchorYear + 1]) {
    for (const chain of yearlyChains(year)) {
      const stopMeetings: MeetingDraft[] = [];
      for (const stop of chain.stops) {
        const meeting = find(stop.body, year, stop.month);
        if (!meeting) break; // outside the seeded window: the rest of the route lies in the future
        stopMeetings.push(meeting);
      }
      if (!stopMeetings.length) continue;
      chains.push({ chain, year, meetings: stopMeetings });
      stopMeetings.forEach((meeting, index) => {
        const list = chainStops.get(meeting.id) ?? [];
        list.push({ chain, index, year });
        chainStops.set(meeting.id, list);
      });
    }
  }

  // Agendas.
  const caseItems = new Map<string, { pending: PendingItem; item: ItemDraft }[]>(); // case key → items
  for (const meeting of meetings) {
    if (meeting.cancelled) continue;
    const v = vars(meeting.body);
    const pending: PendingItem[] = [{ kind: "OTHER", title: APPROVE_AGENDA, decision: AGENDA_APPROVED }];
    for (const topic of singleTopics(meeting)) {
      pending.push({
        kind: "CASE",
        title: fillText(topic.title, meeting.year, v),
        decision: fillText(topic.decision, meeting.year, v),
        topic,
        topicKey: topic.key,
      });
    }
    for (const { chain, index } of chainStops.get(meeting.id) ?? []) {
      const stop = chain.stops[index]!;
      pending.push({
        kind: "CASE",
        title: fillText(chain.title, meeting.year, v),
        decision: fillText(stop.decision, meeting.year, v),
        chainStop: { chainKey: `${chain.key}-${meeting.year}`, index },
        topicKey: chain.key,
      });
    }
    for (const o of orientations(meeting)) pending.push({ kind: "ORIENTATION", title: fillText(o, meeting.year, v), decision: TAKEN_NOTE });
    if (hasPlanStatus(meeting.body)) pending.push({ kind: "ACTION_PLAN_STATUS", title: PLAN_STATUS, decision: TAKEN_NOTE });
    pending.push({ kind: "OTHER", title: ANY_OTHER, decision: null });

    meeting.items = pending.map((p, index) => {
      const position = index + 1;
      const item: ItemDraft = {
        id: ids.agendaItem(meeting.id, position),
        position,
        kind: p.kind,
        title: p.title,
        decision: p.decision,
        topicKey: p.topicKey,
      };
      if (p.kind === "CASE") {
        const key = p.chainStop ? p.chainStop.chainKey : `${meeting.id}-${position}`;
        const list = caseItems.get(key) ?? [];
        list.push({ pending: p, item });
        caseItems.set(key, list);
      }
      return item;
    });
  }

  // Case numbers per body and year, in meeting order (never reused, prefix-stable as the window grows).
  const sequences = new Map<string, number>();
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      if (item.kind !== "CASE") continue;
      const key = `${meeting.body}|${meeting.year}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      item.caseNumber = { bodySlug: meeting.body, year: meeting.year, sequence };
      item.caseNumberId = ids.caseNumber(meeting.body, meeting.year, sequence);
    }
  }
  const counters = [...sequences.entries()].map(([key, lastSequence]) => {
    const [bodySlug, year] = key.split("|");
    return { bodySlug: bodySlug!, year: Number(year), lastSequence };
  });

  // Cases: one per single topic, one per chain; references per year in order of first appearance.
  const meetingOf = new Map<string, MeetingDraft>();
  for (const m of meetings) for (const i of m.items) meetingOf.set(i.id, m);
  const cases: CaseDraft[] = [];
  const referencesUsed = new Map<number, number>();
  for (const [key, entries] of caseItems) {
    const first = entries[0]!;
    const firstMeeting = meetingOf.get(first.item.id)!;
    const year = firstMeeting.year;
    const sequence = (referencesUsed.get(year) ?? 0) + 1;
    referencesUsed.set(year, sequence);
    const reference = `SAK-${year}-${pad(sequence, 4)}`;
    const id = ids.case(`${year}-${pad(sequence, 4)}`);
    const chain = first.pending.chainStop ? chains.find((c) => `${c.chain.key}-${c.year}` === key)?.chain : undefined;
    const topic = first.pending.topic;
    const v = vars(firstMeeting.body);
    const draft: CaseDraft = {
      id,
      reference,
      year,
      key,
      title: first.item.title[0],
      description: fill(chain?.description ?? topic?.description ?? "", year, v),
      background: topic?.background ? fill(topic.background, year, v) : undefined,
      desiredOutcome: chain?.desiredOutcome ?? topic?.desiredOutcome,
      groups: chain?.groups ?? topic?.groups ?? [],
      submitter: chain?.submitter ?? topic?.submitter ?? "sek",
      stops: [],
    };
    entries.forEach(({ pending, item }, index) => {
      const meeting = meetingOf.get(item.id)!;
      const stop: Stop = chain
        ? chain.stops[pending.chainStop!.index]!
        : { body: meeting.body, month: meeting.month, outcome: "DECIDED", decision: topic!.decision, measure: topic!.measure };
      const stopDraft: StopDraft = { ...stop, decision: item.decision!, meeting, item };
      item.caseId = id;
      item.stop = stopDraft;
      draft.stops[index] = stopDraft;
    });
    cases.push(draft);
  }
  return { meetings, cases, counters, referencesUsed };
}
