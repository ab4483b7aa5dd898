// Felles handlingsplan for the previous and the current year: two parts, measures for all four priority groups,
// each with a responsible body, owner, deadline, status, progress and a short status history.
import type { ActionPlanRow, ActionPlanPartRow, MeasureRow, MeasureStatus, MeasureStatusUpdateRow } from "./types";
import { BODY } from "./bodies";
import { CURRENT, PREVIOUS, type MeasureSpec } from "./content-measures";
import { ids } from "./ids";
import { dateOf, day, minDate, oslo } from "./time";
import { ssuDecemberMeeting } from "./schedule";
import type { Block } from "./text";
import { addPdfDocument, type DocumentRows } from "./documents";

export type PlanRows = {
  plans: ActionPlanRow[];
  parts: ActionPlanPartRow[];
  measures: MeasureRow[];
  updates: MeasureStatusUpdateRow[];
};

const PARTS: [string, string][] = [
  ["Oppfølging av samarbeidsavtalane", "Oppfølging av samarbeidsavtalene"],
  ["Andre samarbeidstiltak", "Andre samarbeidstiltak"],
];

export async function buildActionPlans(anchorYear: number, now: Date, docs: DocumentRows): Promise<PlanRows> {
  const out: PlanRows = { plans: [], parts: [], measures: [], updates: [] };
  for (const year of [anchorYear - 1, anchorYear]) {
    const current = year === anchorYear;
    const adoption = ssuDecemberMeeting(year - 1).endsAt;
    const created = minDate(adoption, now);
    const planId = ids.plan(year);
    out.plans.push({
      id: planId,
      year,
      title: `Felles handlingsplan ${year}`,
      titleNb: `Felles handlingsplan ${year}`,
      adoptedOn: dateOf(adoption),
      adoptedByBodyId: ids.body(BODY.ssu),
      createdAt: created,
      updatedAt: created,
      version: 1,
    });
    PARTS.forEach(([title, titleNb], index) =>
      out.parts.push({ id: ids.planPart(year, index + 1), planId, number: index + 1, title, titleNb }),
    );
    const specs: MeasureSpec[] = CURRENT.filter((m) => current || PREVIOUS[m.code]).map((m) =>
      current
        ? m
        : {
            ...m,
            ...PREVIOUS[m.code]!,
            description: [
              `Førebuande tiltak for temaet «${m.title[0]}».`,
              `Forberedende tiltak for temaet «${m.title[1]}».`,
            ],
          },
    );
    for (const m of specs) {
      const id = ids.measure(year, m.code);
      const history = statusHistory(m, year, adoption, current).filter((u) => u.at <= now);
      const lastAt = history.length ? history[history.length - 1]!.at : created;
      out.measures.push({
        id,
        partId: ids.planPart(year, Number(m.code.split(".")[0])),
        code: m.code,
        title: m.title[0],
        titleNb: m.title[1],
        description: m.description[0],
        descriptionNb: m.description[1],
        priorityGroups: m.groups,
        responsibleBodyId: ids.body(m.body),
        ownerPartyId: ids.party(m.owner),
        ownerName: m.ownerName,
        deadline: day(year, m.deadline[0], m.deadline[1]),
        status: m.status,
        progress: m.progress,
        statusNote: m.note,
        createdAt: created,
        updatedAt: lastAt,
        version: 1,
      });
      history.forEach((u, index) => out.updates.push({ id: `${id}-status-${index + 1}`, measureId: id, ...u }));
    }
    await addPdfDocument(docs, {
      id: ids.document(`handlingsplan-${year}`),
      kind: "ACTION_PLAN",
      title: `Felles handlingsplan ${year}`,
      titleNb: `Felles handlingsplan ${year}`,
      fileName: `felles-handlingsplan-${year}.pdf`,
      pdfDate: adoption,
      createdAt: created,
      blocks: planBlocks(year, specs),
      actionPlanId: planId,
      bodyId: ids.body(BODY.ssu),
    });
  }
  return out;
}

function statusHistory(m: MeasureSpec, year: number, adoption: Date, current: boolean) {
  const start = { status: "NOT_STARTED" as MeasureStatus, progress: 0, note: "Tiltaket er vedteke i handlingsplanen.", at: adoption };
  if (!current) {
    return [
      start,
      { status: "ON_TRACK" as MeasureStatus, progress: Math.round(m.progress / 2), note: "Arbeidet er i gang.", at: oslo(year, 6, 15, 12, 0) },
      { status: m.status, progress: m.progress, note: m.note, at: oslo(year, 12, 15, 12, 0) },
    ];
  }
  if (m.status === "NOT_STARTED") return [start, { ...start, note: m.note, at: oslo(year, 9, 30, 12, 0) }];
  const middle =
    m.status === "CANCELLED"
      ? { status: "AT_RISK" as MeasureStatus, progress: m.progress, note: "Det er uklart om tiltaket bør vidareførast.", at: oslo(year, 4, 30, 12, 0) }
      : { status: "ON_TRACK" as MeasureStatus, progress: Math.round(m.progress / 2), note: "Arbeidet er i gang.", at: oslo(year, 4, 30, 12, 0) };
  return [start, middle, { status: m.status, progress: m.progress, note: m.note, at: oslo(year, 9, 30, 12, 0) }];
}

const STATUS_NN: Record<MeasureStatus, string> = {
  NOT_STARTED: "ikkje starta",
  ON_TRACK: "i rute",
  AT_RISK: "risiko for forseinking",
  DELAYED: "forseinka",
  COMPLETED: "fullført",
  CANCELLED: "avslutta",
};

function planBlocks(year: number, specs: MeasureSpec[]): Block[] {
  const blocks: Block[] = [
    { type: "h1", text: `Felles handlingsplan ${year}` },
    {
      type: "p",
      text: "Handlingsplanen er det operative verktøyet til helsefellesskapet. Han vert vedteken av Strategisk samarbeidsutval kvart år, og status for tiltaka vert rapportert som fast sak i utvala.",
    },
  ];
  PARTS.forEach(([title], index) => {
    blocks.push({ type: "h2", text: `Del ${index + 1}: ${title}` });
    for (const m of specs.filter((s) => s.code.startsWith(`${index + 1}.`))) {
      blocks.push({ type: "p", label: `${m.code} ${m.title[0]}`, text: `${m.description[0]} Ansvar: ${m.ownerName}. Status: ${STATUS_NN[m.status]}.` });
    }
  });
  return blocks;
}
