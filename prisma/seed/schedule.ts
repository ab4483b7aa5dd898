// The meeting calendar: a fixed rule per body (months, weekday, time, rotating venues). A year's calendar never
// depends on the clock, so ids, agendas and case numbers are the same whenever the seed runs.
import { BODY } from "./bodies";
import { oslo, nthWeekday } from "./time";
import type { AreaSlug } from "./structure";

type Rule = {
  body: string;
  months: (year: number) => number[];
  weekday: number; // 0 = Sunday
  nth: number;
  start: [number, number];
  end: [number, number];
  locations: string[];
  /** Month of a meeting that was cancelled in the given year, if any. */
  cancelled?: (year: number) => number | null;
};

const fixed = (months: number[]) => () => months;

const OU_RULES: Record<AreaSlug, Omit<Rule, "body">> = {
  bergen: {
    months: fixed([3, 5, 9, 11]),
    weekday: 2,
    nth: 2,
    start: [13, 0],
    end: [15, 30],
    locations: [
      "Bergen rådhus, møterom Fløyen",
      "Haraldsplass Diakonale Sykehus, møterom 1",
      "Haukeland universitetssjukehus, Laboratoriebygget, møterom 3",
    ],
  },
  bergensregionen: {
    months: fixed([2, 5, 9, 11]),
    weekday: 3,
    nth: 3,
    start: [12, 0],
    end: [15, 0],
    locations: [
      "Askøy rådhus, Kleppestø",
      "Bjørnafjorden rådhus, Osøyro",
      "Øygarden rådhus, Straume",
      "Austevoll kommunehus, Storebø",
      "Samnanger kommunehus, Tysse",
    ],
  },
  nordhordland: {
    months: fixed([1, 3, 6, 9, 11]),
    weekday: 4,
    nth: 2,
    start: [9, 30],
    end: [12, 30],
    locations: ["Alver rådhus, Knarvik", "Osterøy rådhus, Lonevåg", "Masfjorden kommunehus, Masfjordnes", "Austrheim kommunehus, Mastrevik"],
  },
  voss: {
    // In odd years a June meeting was planned and then cancelled.
    months: (year) => (year % 2 === 1 ? [2, 4, 6, 9, 11] : [2, 4, 9, 11]),
    cancelled: (year) => (year % 2 === 1 ? 6 : null),
    weekday: 2,
    nth: 3,
    start: [10, 0],
    end: [13, 0],
    locations: ["Voss sjukehus, møterom 1", "Kvam heradshus, Norheimsund", "Vaksdal rådhus, Dale", "Ulvik heradshus"],
  },
};

const RULES: Rule[] = [
  {
    body: BODY.pm,
    months: fixed([10]),
    weekday: 5,
    nth: 3,
    start: [9, 0],
    end: [15, 0],
    // The host alternates: the municipalities in odd years, the specialist service in even years.
    locations: ["Haukeland universitetssjukehus, Store auditorium", "Bergen rådhus, bystyresalen"],
  },
  {
    body: BODY.ssu,
    months: fixed([2, 4, 6, 9, 12]),
    weekday: 4,
    nth: 1,
    start: [10, 0],
    end: [14, 0],
    locations: [
      "Haukeland universitetssjukehus, Sentralblokka, møterom Ulriken",
      "Bergen rådhus, møterom 4. etasje",
      "Haraldsplass Diakonale Sykehus, auditoriet",
    ],
  },
  ...(Object.entries(OU_RULES) as [AreaSlug, Omit<Rule, "body">][]).map(([area, rule]) => ({ ...rule, body: BODY.ou(area) })),
  {
    body: BODY.phr,
    months: fixed([3, 6, 10]),
    weekday: 3,
    nth: 2,
    start: [12, 0],
    end: [15, 0],
    locations: ["Sandviken sjukehus, møterom 2", "Solli DPS, Nordås", "Bergen rådhus, møterom 3"],
  },
  {
    body: BODY.bu,
    months: fixed([2, 6, 10]),
    weekday: 2,
    nth: 1,
    start: [12, 30],
    end: [15, 0],
    locations: ["Barne- og ungdomssjukehuset, Haukeland, møterom 4", "Bergen rådhus, møterom 2"],
  },
  {
    body: BODY.ek,
    months: fixed([3, 9, 11]),
    weekday: 4,
    nth: 3,
    start: [12, 0],
    end: [15, 0],
    locations: ["Haraldsplass Diakonale Sykehus, møterom 2", "Bergen rådhus, møterom 3"],
  },
  {
    body: BODY.ag,
    months: fixed([3, 5, 9, 11]),
    weekday: 1,
    nth: 3,
    start: [13, 0],
    end: [15, 0],
    locations: ["Digitalt møte (Teams)", "Haukeland universitetssjukehus, Samhandlingsavdelinga"],
  },
  {
    body: BODY.sek,
    months: fixed([1, 3, 5, 8, 10, 12]),
    weekday: 1,
    nth: 1,
    start: [9, 0],
    end: [11, 0],
    locations: ["Haukeland universitetssjukehus, Samhandlingsavdelinga", "Digitalt møte (Teams)"],
  },
];

export type PlannedMeeting = {
  body: string;
  year: number;
  month: number;
  /** Index among the body's meetings that year (0-based, cancelled ones included). */
  slot: number;
  startsAt: Date;
  endsAt: Date;
  location: string;
  cancelled: boolean;
};

/** The meetings of one body in one calendar year (optionally only up to a month). */
export function meetingsOf(body: string, year: number, untilMonth = 12): PlannedMeeting[] {
  const rule = RULES.find((r) => r.body === body);
  if (!rule) return [];
  return rule
    .months(year)
    .map((month, slot) => {
      const d = nthWeekday(year, month, rule.weekday, rule.nth);
      const location =
        body === BODY.pm ? rule.locations[year % 2]! : rule.locations[(slot + year) % rule.locations.length]!;
      return {
        body,
        year,
        month,
        slot,
        startsAt: oslo(year, month, d, ...rule.start),
        endsAt: oslo(year, month, d, ...rule.end),
        location,
        cancelled: rule.cancelled?.(year) === month,
      };
    })
    .filter((m) => m.month <= untilMonth);
}

/** The seeded window: the previous year, the current year and the first half of next year. */
export function seededMeetings(anchorYear: number, establishedOn: (body: string) => Date): PlannedMeeting[] {
  const all: PlannedMeeting[] = [];
  for (const rule of RULES) {
    for (const year of [anchorYear - 1, anchorYear, anchorYear + 1]) {
      for (const m of meetingsOf(rule.body, year, year === anchorYear + 1 ? 6 : 12)) {
        if (m.startsAt >= establishedOn(rule.body)) all.push(m);
      }
    }
  }
  return all.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.body.localeCompare(b.body));
}

/** The SSU December meeting of a year: where the next year's action plan is adopted and the agreements reviewed. */
export function ssuDecemberMeeting(year: number): PlannedMeeting {
  return meetingsOf(BODY.ssu, year).find((m) => m.month === 12)!;
}

export function meetingIn(body: string, year: number, month: number): PlannedMeeting | undefined {
  return meetingsOf(body, year).find((m) => m.month === month);
}
