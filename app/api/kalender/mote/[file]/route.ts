import { buildCalendar } from "@/lib/calendar/ical";
import { meetingEvents } from "@/lib/calendar/meeting-events";
import { getTranslator } from "@/lib/i18n";
import { getIcsMeeting } from "@/lib/participation/data";
import { siteOrigin } from "@/lib/site-url";

/** One meeting as an iCalendar file: /api/kalender/mote/<meetingId>.ics (the link in a deputy's call-up mail). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const id = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const meeting = /^[A-Za-z0-9_-]{1,100}$/.test(id) ? await getIcsMeeting(id) : null;
  if (!meeting) return Response.json({ ok: false, error: "not found" }, { status: 404 });
  const body = buildCalendar({ name: getTranslator("nn")("feeds.calendarName"), events: meetingEvents([meeting], siteOrigin(request)) });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="saman-mote-${id}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
