// Turns the fixed programme into rows, with everything that depends on "now": which meetings are held (decisions,
// published minutes), which are announced, how far each case has come, and the inbox of new cases.
import type {
  AgendaItemRow,
  BodyRow,
  CaseNumberRow,
  CaseRouteStepRow,
  CaseRow,
  CaseStatus,
  CaseStatusChangeRow,
  DecisionMeasureRow,
  DecisionRow,
  MeetingRow,
} from "./types";
import { BODY } from "./bodies";
import { ids, pad } from "./ids";
import { addDays, addHours, maxDate, minDate, norDate, oslo } from "./time";
import { ssuDecemberMeeting } from "./schedule";
import type { CaseDraft, MeetingDraft, Programme } from "./agenda";
import type { MembershipPlan } from "./memberships";
import { INBOX, type InboxCase } from "./content-inbox";

export type Contacts = (partySlug: string) => { name: string; email: string; partyId: string | null };

export type MeetingState = {
  draft: MeetingDraft;
  row: MeetingRow;
  held: boolean;
  approvedAt: Date | null;
  publishedAt: Date | null;
};

export type CaseRows = {
  meetings: MeetingRow[];
  states: MeetingState[];
  agendaItems: AgendaItemRow[];
  cases: CaseRow[];
  caseNumbers: CaseNumberRow[];
  statusChanges: CaseStatusChangeRow[];
  routeSteps: CaseRouteStepRow[];
  decisions: DecisionRow[];
  decisionMeasures: DecisionMeasureRow[];
};

type Ctx = {
  now: Date;
  year: number;
  bodies: Map<string, BodyRow>;
  contacts: Contacts;
  measureExists: (year: number, code: string) => boolean;
};

export function meetingState(draft: MeetingDraft, now: Date): MeetingState {
  const created = minDate(addDays(ssuDecemberMeeting(draft.year - 1).endsAt, 1), addDays(draft.startsAt, -60), now);
  const noticeAt = addDays(draft.startsAt, -14);
  const cancelledAt = addDays(draft.startsAt, -10);
  const held = !draft.cancelled && draft.endsAt <= now;
  let status: MeetingRow["status"] = "PLANNED";
  let approvedAt: Date | null = null;
  let publishedAt: Date | null = null;
  if (held) {
    status = "MINUTES_PUBLISHED";
    // Minutes are approved after a week and published after ten days – or as soon as now allows.
    publishedAt = maxDate(draft.endsAt, minDate(addDays(draft.startsAt, 10), now));
    approvedAt = maxDate(draft.endsAt, minDate(addDays(draft.startsAt, 7), publishedAt));
  } else if (!draft.cancelled && noticeAt <= now) {
    status = "NOTICE_SENT";
  }
  const isCancelled = draft.cancelled && cancelledAt <= now;
  const noticeSentAt = !draft.cancelled && noticeAt <= now ? noticeAt : null;
  const updatedAt = maxDate(created, publishedAt ?? noticeSentAt ?? (isCancelled ? cancelledAt : created));
  const row: MeetingRow = {
    id: draft.id,
    bodyId: ids.body(draft.body),
    title: draft.body === BODY.pm ? `Partnarskapsmøtet ${draft.year}` : `Møte ${draft.slot + 1}/${draft.year}`,
    // The meeting's number in its body and year (issue 15), as the counter would have given it.
    numberYear: draft.year,
    number: draft.slot + 1,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    location: draft.location,
    status,
    noticeSentAt,
    cancelledAt: isCancelled ? cancelledAt : null,
    cancellationReason: isCancelled
      ? "Møtet er avlyst fordi det ikkje kom inn nok saker. Sakene vert tekne opp i neste ordinære møte."
      : null,
    createdAt: created,
    updatedAt,
    version: 1,
  };
  return { draft, row, held, approvedAt, publishedAt };
}

type Event = { at: Date; to: CaseStatus; note: string };

export function buildCaseRows(programme: Programme, ctx: Ctx): CaseRows {
  const { now } = ctx;
  const short = (slug: string) => ctx.bodies.get(slug)!.shortName;
  const name = (slug: string) => ctx.bodies.get(slug)!.name;
  const out: CaseRows = {
    meetings: [],
    states: [],
    agendaItems: [],
    cases: [],
    caseNumbers: [],
    statusChanges: [],
    routeSteps: [],
    decisions: [],
    decisionMeasures: [],
  };

  const states = new Map<string, MeetingState>();
  for (const draft of programme.meetings) {
    // A meeting that will be cancelled later is not shown before its cancellation (a later run adds it then).
    if (draft.cancelled && addDays(draft.startsAt, -10) > now) continue;
    const state = meetingState(draft, now);
    states.set(draft.id, state);
    out.states.push(state);
    out.meetings.push(state.row);
    for (const item of draft.items) {
      out.agendaItems.push({
        id: item.id,
        meetingId: draft.id,
        position: item.position,
        kind: item.kind,
        title: item.title[0],
        titleNb: item.title[1],
        caseNumberId: item.caseNumberId ?? null,
        createdAt: state.row.createdAt,
        updatedAt: state.row.createdAt,
      });
      if (state.held && item.decision) {
        const stop = item.stop;
        const disagreement = stop?.outcome === "DISAGREEMENT";
        out.decisions.push({
          id: ids.decision(item.id),
          agendaItemId: item.id,
          caseId: item.caseId ?? null,
          kind: disagreement ? "DISAGREEMENT" : "CONSENSUS",
          text: item.decision[0],
          textNb: item.decision[1],
          disagreementNote: disagreement ? (stop?.disagreementNote ?? null) : null,
          forwardedToBodyId: stop?.to && stop.outcome !== "DECIDED" ? ids.body(stop.to) : null,
          decidedAt: draft.endsAt,
          createdAt: draft.endsAt,
          updatedAt: draft.endsAt,
          version: 1,
        });
        if (stop?.measure && ctx.measureExists(draft.year, stop.measure)) {
          out.decisionMeasures.push({ decisionId: ids.decision(item.id), measureId: ids.measure(draft.year, stop.measure) });
        }
      }
    }
  }

  for (const draft of programme.cases) buildCase(draft);
  INBOX(ctx.year).forEach((inbox, index) => buildInbox(inbox, index));
  return out;

  function buildCase(c: CaseDraft) {
    const first = c.stops[0]!;
    const events: Event[] = [];
    const routes: CaseRouteStepRow[] = [];
    const start0 = first.meeting.startsAt;
    const submitted = minDate(addDays(start0, -35), addHours(now, -72));
    events.push({ at: submitted, to: "RECEIVED", note: "Saka er motteken av samarbeidssekretariatet." });
    events.push({
      at: minDate(addDays(start0, -33), addHours(now, -48)),
      to: "ASSESSING",
      note: "Sekretariatet vurderer kva organ saka høyrer heime i.",
    });
    routes.push({ id: `${c.id}-rute-1`, caseId: c.id, fromBodyId: null, toBodyId: ids.body(first.body), reason: `Saka er send inn til ${name(first.body)}.`, at: submitted });
    let currentBody = first.body;
    let forwardedAt: Date | null = null;
    let arrived = true; // whether the case has reached this stop by now
    for (const [index, stop] of c.stops.entries()) {
      const meeting = stop.meeting;
      const dateLabel = norDate(meeting.startsAt);
      const scheduledPlan =
        index === 0
          ? minDate(addDays(start0, -21), addHours(now, -24))
          : minDate(maxDate(addDays(forwardedAt ?? meeting.startsAt, 1), addDays(meeting.startsAt, -21)), addDays(meeting.startsAt, -1));
      out.caseNumbers.push({
        id: stop.item.caseNumberId!,
        bodyId: ids.body(stop.body),
        year: stop.item.caseNumber!.year,
        sequence: stop.item.caseNumber!.sequence,
        caseId: c.id,
        assignedAt: minDate(scheduledPlan, now),
      });
      if (!arrived) continue;
      currentBody = stop.body;
      if (scheduledPlan > now) {
        arrived = false;
        continue;
      }
      events.push({ at: scheduledPlan, to: "SCHEDULED", note: `Sett på sakslista til ${short(stop.body)} ${dateLabel}.` });
      if (meeting.endsAt > now) {
        arrived = false;
        continue;
      }
      const sequenceLabel = `${short(stop.body)} ${stop.item.caseNumber!.sequence}/${stop.item.caseNumber!.year}`;
      if (stop.outcome === "DECIDED") {
        events.push({ at: meeting.endsAt, to: "DECIDED", note: `Vedteken ved konsensus i ${sequenceLabel}.` });
        arrived = false;
        continue;
      }
      if (stop.outcome === "DISAGREEMENT") {
        events.push({ at: meeting.endsAt, to: "DISAGREEMENT", note: `Usemje registrert i ${sequenceLabel}.` });
      }
      forwardedAt = addHours(meeting.endsAt, 2);
      const to = stop.to!;
      events.push({ at: forwardedAt, to: "FORWARDED", note: `Saka er send vidare til ${name(to)}.` });
      routes.push({
        id: `${c.id}-rute-${routes.length + 1}`,
        caseId: c.id,
        fromBodyId: ids.body(stop.body),
        toBodyId: ids.body(to),
        reason:
          stop.outcome === "DISAGREEMENT"
            ? `Usemje i ${short(stop.body)} ${dateLabel}: send til ${short(to)} for å løyse usemja.`
            : `Vedtak i ${short(stop.body)} ${dateLabel}: send til ${short(to)}.`,
        at: forwardedAt,
      });
      arrived = forwardedAt <= now;
    }
    const visible = events.filter((e) => e.at <= now);
    pushCase(c.id, c.reference, c.title, c.description, c.submitter, visible, routes.filter((r) => r.at! <= now), {
      target: first.body,
      current: currentBody,
      groups: c.groups,
      desiredOutcome: c.desiredOutcome ?? null,
      background: c.background ?? null,
    });
  }

  function buildInbox(inbox: InboxCase, index: number) {
    const refYear = inbox.fixedYear ?? ctx.year;
    const sequence = (programme.referencesUsed.get(refYear) ?? 0) + inbox.slot;
    const id = ids.case(`${refYear}-${pad(sequence, 4)}`);
    const submitted = inbox.fixedYear ? oslo(inbox.fixedYear, inbox.month!, inbox.day!, 10, 15) : addHours(now, -24 * inbox.daysAgo! - index);
    const events: Event[] = [{ at: submitted, to: "RECEIVED", note: "Saka er motteken av samarbeidssekretariatet." }];
    if (inbox.status !== "RECEIVED") {
      events.push({ at: addDays(submitted, 2), to: "ASSESSING", note: "Sekretariatet vurderer kva organ saka høyrer heime i." });
    }
    if (inbox.status === "REJECTED" || inbox.status === "WITHDRAWN") {
      events.push({ at: addDays(submitted, 9), to: inbox.status, note: inbox.closingNote! });
    }
    const route: CaseRouteStepRow = {
      id: `${id}-rute-1`,
      caseId: id,
      fromBodyId: null,
      toBodyId: ids.body(inbox.target),
      reason: `Saka er send inn til ${name(inbox.target)}.`,
      at: submitted,
    };
    pushCase(id, `SAK-${refYear}-${pad(sequence, 4)}`, inbox.title, inbox.description, inbox.submitter, events.filter((e) => e.at <= now), [route], {
      target: inbox.target,
      current: inbox.target,
      groups: inbox.groups,
      desiredOutcome: inbox.desiredOutcome ?? null,
      background: null,
      rejectionReason: inbox.status === "REJECTED" ? inbox.closingNote! : null,
    });
  }

  function pushCase(
    id: string,
    reference: string,
    title: string,
    description: string,
    submitter: string,
    events: Event[],
    routes: CaseRouteStepRow[],
    extra: {
      target: string;
      current: string;
      groups: CaseRow["priorityGroups"];
      desiredOutcome: string | null;
      background: string | null;
      rejectionReason?: string | null;
    },
  ) {
    const contact = ctx.contacts(submitter);
    const submittedAt = events[0]!.at;
    const last = events[events.length - 1]!;
    out.cases.push({
      id,
      reference,
      title,
      description,
      background: extra.background,
      desiredOutcome: extra.desiredOutcome,
      priorityGroups: extra.groups,
      status: last.to,
      targetBodyId: ids.body(extra.target),
      currentBodyId: ids.body(extra.current),
      submitterPartyId: contact.partyId,
      contactName: contact.name,
      contactEmail: contact.email,
      rejectionReason: extra.rejectionReason ?? null,
      submittedAt,
      createdAt: submittedAt,
      updatedAt: last.at,
      version: 1,
    });
    let previous: CaseStatus | null = null;
    events.forEach((e, index) => {
      out.statusChanges.push({ id: `${id}-status-${pad(index + 1, 2)}`, caseId: id, from: previous, to: e.to, note: e.note, at: e.at });
      previous = e.to;
    });
    out.routeSteps.push(...routes);
  }
}

/** Looks up a contact person for a submitting party in the membership plan. */
export function contactsFrom(plan: MembershipPlan): Contacts {
  return (partySlug: string) => {
    const partyId = partySlug === "sek" ? null : ids.party(partySlug);
    const membership =
      partySlug === "sek"
        ? plan.memberships.find((m) => m.bodyId === ids.body(BODY.sek))
        : plan.memberships.find((m) => m.partyId === partyId && m.role !== "PERSONAL_DEPUTY");
    const person = plan.persons.rows.find((p) => p.id === membership?.personId);
    if (!person) throw new Error(`No contact person for ${partySlug}`);
    return { name: `${person.givenName} ${person.familyName}`, email: person.email ?? "", partyId };
  };
}
