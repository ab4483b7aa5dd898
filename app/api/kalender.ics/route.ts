import { buildCalendar } from "@/lib/calendar/ical";
import { meetingEvents } from "@/lib/calendar/meeting-events";
import { getTranslator } from "@/lib/i18n";
import { getIcsMeetings } from "@/lib/meetings/data";
import { siteOrigin } from "@/lib/site-url";

/** Every body's meetings as an iCalendar feed (from a year back). */
export async function GET(request: Request): Promise<Response> {
  const from = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  const meetings = await getIcsMeetings(null, from);
  const body = buildCalendar({ name: getTranslator("nn")("feeds.calendarName"), events: meetingEvents(meetings, siteOrigin(request)) });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="saman-mote.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
