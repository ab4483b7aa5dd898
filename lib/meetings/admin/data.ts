import "server-only";
// Reads of the meeting admin (secretariat; never cached, never for the public).
import { prisma } from "@/lib/db/client";

/** Who is acting, for case contact fields and audit (the user row, read on this request). */
export async function getActor(userId: string): Promise<{ id: string; name: string; email: string } | null> {
  return prisma.user.findFirst({ where: { id: userId, disabledAt: null }, select: { id: true, name: true, email: true } });
}

/** Bodies to plan meetings for (open ones), in the structure's order. */
export async function getAdminBodies() {
  return prisma.body.findMany({
    where: { closedOn: null },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, shortName: true, name: true, nameNb: true },
  });
}

/** A body's standard saksliste (copied onto each new meeting), in order. */
export async function getStandardAgenda(bodyId: string) {
  return prisma.bodyStandardAgendaItem.findMany({ where: { bodyId }, orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, title: true, titleNb: true } });
}

/** Meetings of one body (or all), newest first, for the admin list. */
export async function getAdminMeetings(bodyId: string | null, take = 100) {
  return prisma.meeting.findMany({
    where: bodyId ? { bodyId } : {},
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      cancelledAt: true,
      number: true,
      numberYear: true,
      body: { select: { shortName: true, name: true, nameNb: true } },
      _count: { select: { agendaItems: true } },
    },
  });
}

/** Everything the meeting's admin page shows, drafts included. */
export async function getAdminMeeting(id: string) {
  const meeting = await prisma.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      noticeSentAt: true,
      cancelledAt: true,
      cancellationReason: true,
      version: true,
      number: true,
      numberYear: true,
      body: { select: { id: true, kind: true, shortName: true, name: true, nameNb: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          titleNb: true,
          caseNumber: { select: { sequence: true, year: true, body: { select: { shortName: true } }, case: { select: { status: true, reference: true } } } },
          decision: {
            select: {
              id: true,
              kind: true,
              text: true,
              textNb: true,
              disagreementNote: true,
              forwardedToBodyId: true,
              version: true,
              measures: { select: { measureId: true } },
            },
          },
        },
      },
      documents: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          titleNb: true,
          visibility: true,
          legalBasis: true,
          publicFrom: true,
          agendaItemId: true,
          version: true,
          withdrawnAt: true,
          withdrawalReason: true,
          versions: {
            orderBy: { number: "desc" },
            select: { id: true, number: true, fileName: true, size: true, uploadedAt: true, changeNote: true, extractedText: false },
          },
        },
      },
      minutes: {
        select: {
          version: true,
          versions: {
            orderBy: { number: "desc" },
            select: { id: true, number: true, html: true, text: true, changeNote: true, approvedAt: true, publishedAt: true, createdAt: true },
          },
        },
      },
    },
  });
  return meeting;
}
export type AdminMeeting = NonNullable<Awaited<ReturnType<typeof getAdminMeeting>>>;

/** Measures of the action plans around the meeting's year, to link decisions to. */
export async function getMeasureOptions(year: number) {
  return prisma.measure.findMany({
    where: { part: { plan: { year: { in: [year - 1, year] } } } },
    orderBy: [{ part: { plan: { year: "desc" } } }, { code: "asc" }],
    select: { id: true, code: true, title: true, titleNb: true, part: { select: { plan: { select: { year: true } } } } },
  });
}
