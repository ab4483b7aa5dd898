import { buildCalendar } from "@/lib/calendar/ical";
import { getTranslator } from "@/lib/i18n";
import { personalEvents } from "@/lib/participation/calendar";
import { calendarOwner } from "@/lib/participation/data";
import { getPersonMeetings } from "@/lib/participation/person-meetings/data";
import { hashToken } from "@/lib/participation/mutations";
import { siteOrigin } from "@/lib/site-url";

const NOT_FOUND = () => Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * A person's secret calendar: /api/kalender/personleg/<token>.ics (webcal://). Only the token's sha256 is stored; a
 * revoked or renewed token, or a disabled user, gets the same bare 404 as a token that never existed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  if (!/^[A-Za-z0-9_-]{40,100}$/.test(token)) return NOT_FOUND();
  const owner = await calendarOwner(hashToken(token));
  if (!owner) return NOT_FOUND();
  const now = new Date();
  const meetings = owner.personId ? await getPersonMeetings(owner.personId, now, { from: new Date(now.getTime() - 366 * 86_400_000) }) : [];
  const body = buildCalendar({ name: getTranslator("nn")("participation.calendar.feedName"), events: personalEvents(meetings, siteOrigin(request)), now });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="saman-mine-mote.ics"',
      // Personal: never kept by a shared cache, and not indexed.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
