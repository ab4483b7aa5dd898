import { getBodySlugs } from "@/lib/bodies/data";
import { buildCalendar } from "@/lib/calendar/ical";
import { meetingEvents } from "@/lib/calendar/meeting-events";
import { getTranslator } from "@/lib/i18n";
import { getIcsMeetings } from "@/lib/meetings/data";
import { siteOrigin } from "@/lib/site-url";

/** One body's meetings as an iCalendar feed: /api/kalender/<bodySlug>.ics */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const slug = file.endsWith(".ics") ? file.slice(0, -4) : null;
  const body = slug ? (await getBodySlugs()).find((b) => b.slug === slug) : undefined;
  if (!body) return Response.json({ ok: false, error: "not found" }, { status: 404 });
  const from = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  const meetings = await getIcsMeetings(body.slug, from);
  const name = getTranslator("nn")("feeds.calendarNameBody", { name: body.name });
  return new Response(buildCalendar({ name, events: meetingEvents(meetings, siteOrigin(request)) }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="saman-${body.slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
