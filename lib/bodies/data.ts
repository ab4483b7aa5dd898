import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { BodyKind, CaseStatus, MembershipRole, SeatCategory } from "@/lib/domain/vocabulary";
import { cachedPublic, PUBLIC_TAGS } from "@/lib/public-cache";
import { currentHoldersArgs } from "@/lib/membership/in-term";

// Public reads about the bodies: the organisation chart and one body's page. Names come in both languages.

export type OrgBody = {
  id: string;
  slug: string;
  kind: BodyKind;
  name: string;
  nameNb: string | null;
  shortName: string;
  parentId: string | null;
  area: { slug: string; name: string; nameNb: string | null; municipalities: string[]; hospitals: string[] } | null;
};

/** Every open body, in the secretariat's order, with the area's municipalities and hospitals for area committees. */
export const getOrganisation = cachedPublic("organisation", [PUBLIC_TAGS.bodies], async (): Promise<OrgBody[]> => {
  const rows = await prisma.body.findMany({
    where: { closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      nameNb: true,
      shortName: true,
      parentId: true,
      area: {
        select: {
          slug: true,
          name: true,
          nameNb: true,
          parties: { where: { kind: "MUNICIPALITY" }, orderBy: { sortOrder: "asc" }, select: { shortName: true, name: true } },
          responsibility: {
            where: { sectorResponsibility: true },
            orderBy: { party: { sortOrder: "asc" } },
            select: { party: { select: { name: true } } },
          },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    nameNb: row.nameNb,
    shortName: row.shortName,
    parentId: row.parentId,
    area: row.area
      ? {
          slug: row.area.slug,
          name: row.area.name,
          nameNb: row.area.nameNb,
          municipalities: row.area.parties.map((p) => p.shortName ?? p.name),
          hospitals: row.area.responsibility.map((r) => r.party.name),
        }
      : null,
  }));
});

export type BodyMember = {
  id: string;
  name: string;
  title: string | null;
  role: MembershipRole;
  seat: SeatCategory;
  party: { name: string; nameNb: string | null } | null;
  portfolio: string | null;
  termStart: Date;
  termEnd: Date | null;
  deputy: { name: string; party: { name: string; nameNb: string | null } | null } | null;
};

export type BodyMeeting = { id: string; title: string | null; startsAt: Date; endsAt: Date | null; location: string | null; cancelledAt: Date | null; status: string; hasMinutes: boolean };

export type BodyCase = { id: string; title: string; status: CaseStatus; number: string | null; meetingId: string | null };

export type BodyPage = {
  id: string;
  slug: string;
  kind: BodyKind;
  name: string;
  nameNb: string | null;
  shortName: string;
  mandate: string;
  mandateNb: string | null;
  parent: { slug: string; name: string; nameNb: string | null } | null;
  tasks: { text: string; textNb: string | null }[];
  members: BodyMember[];
  meetings: BodyMeeting[];
  cases: BodyCase[];
};

const OPEN_CASE_STATUSES: CaseStatus[] = ["ASSESSING", "SCHEDULED"];

async function loadBody(slug: string, today: string): Promise<BodyPage | null> {
  const day = new Date(`${today}T00:00:00Z`);
  const body = await prisma.body.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      nameNb: true,
      shortName: true,
      mandate: true,
      mandateNb: true,
      parent: { select: { slug: true, name: true, nameNb: true } },
      tasks: { orderBy: { position: "asc" }, select: { text: true, textNb: true } },
      memberships: currentHoldersArgs(day),
      meetings: {
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          location: true,
          cancelledAt: true,
          status: true,
          minutes: { select: { versions: { where: { publishedAt: { not: null } }, take: 1, select: { id: true } } } },
        },
      },
      casesHere: {
        where: { status: { in: OPEN_CASE_STATUSES }, numbers: { some: {} } },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          status: true,
          numbers: {
            orderBy: [{ year: "desc" }, { sequence: "desc" }],
            select: {
              year: true,
              sequence: true,
              bodyId: true,
              body: { select: { shortName: true } },
              agendaItem: { select: { meetingId: true } },
            },
          },
        },
      },
    },
  });
  if (!body) return null;
  const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  const deputies = new Map(body.memberships.filter((m) => m.principalId).map((m) => [m.principalId!, m]));
  const members: BodyMember[] = body.memberships
    .filter((m) => m.role !== "PERSONAL_DEPUTY")
    .map((m) => {
      const deputy = deputies.get(m.id);
      return {
        id: m.id,
        name: name(m.person),
        title: m.person.title,
        role: m.role,
        seat: m.seat,
        party: m.party,
        portfolio: m.portfolio,
        termStart: m.termStart,
        termEnd: m.termEnd,
        deputy: deputy ? { name: name(deputy.person), party: deputy.party } : null,
      };
    });
  return {
    id: body.id,
    slug: body.slug,
    kind: body.kind,
    name: body.name,
    nameNb: body.nameNb,
    shortName: body.shortName,
    mandate: body.mandate,
    mandateNb: body.mandateNb,
    parent: body.parent,
    tasks: body.tasks,
    members,
    meetings: body.meetings.map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      location: m.location,
      cancelledAt: m.cancelledAt,
      status: m.status,
      hasMinutes: m.status === "MINUTES_PUBLISHED" && (m.minutes?.versions.length ?? 0) > 0,
    })),
    cases: body.casesHere.map((c) => {
      const own = c.numbers.find((n) => n.bodyId === body.id) ?? c.numbers[0];
      return {
        id: c.id,
        title: c.title,
        status: c.status,
        number: own ? `${own.body.shortName} ${own.sequence}/${own.year}` : null,
        meetingId: own?.agendaItem?.meetingId ?? null,
      };
    }),
  };
}

const cachedBody = cachedPublic("body", [PUBLIC_TAGS.bodies, PUBLIC_TAGS.meetings, PUBLIC_TAGS.minutes], loadBody);

/** A body's public page; members are those whose term covers today (Oslo date). */
export async function getBodyPage(slug: string, _viewer: Viewer, today: string): Promise<BodyPage | null> {
  // Nothing on a body page depends on who looks (restricted papers live on meeting pages).
  return cachedBody(slug, today);
}

/** Slugs of every open body, for the sitemap and the calendar filter. */
export const getBodySlugs = cachedPublic("body-slugs", [PUBLIC_TAGS.bodies], async () =>
  prisma.body.findMany({
    where: { closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, kind: true, name: true, nameNb: true, shortName: true },
  }),
);
