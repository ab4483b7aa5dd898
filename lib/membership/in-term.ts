// Which memberships are in force on a day: the term has begun and has not ended (termEnd is inclusive, null = open).
// One definition for the body page, the API, the notice, the minutes, home and sign-in, so they never disagree on
// who sits where. Pure: a Prisma where-clause, no database access.
import { osloIsoDate } from "@/lib/i18n/dates";

/** Midnight (UTC) of the day it is in Oslo: the value `termStart`/`termEnd` dates are compared with. */
export function osloToday(now: Date): Date {
  return new Date(`${osloIsoDate(now)}T00:00:00.000Z`);
}

/** Term in force on `day`. Its `OR` is wrapped in `AND`, so it combines with a where-clause's own `OR`. */
export function inTermOn(day: Date) {
  return { termStart: { lte: day }, AND: [{ OR: [{ termEnd: null }, { termEnd: { gte: day } }] }] };
}

/** The current holders of a body's seats, as the body page and /api/v1/bodies list them (deputies included, S6). */
export function currentHoldersArgs(day: Date) {
  return {
    where: inTermOn(day),
    orderBy: [{ seat: "asc" as const }, { role: "asc" as const }, { id: "asc" as const }],
    select: {
      id: true,
      role: true,
      seat: true,
      portfolio: true,
      principalId: true,
      termStart: true,
      termEnd: true,
      person: { select: { givenName: true, familyName: true, title: true } },
      party: { select: { id: true, name: true, nameNb: true } },
    },
  };
}
