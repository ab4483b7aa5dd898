// Meetings as iCal events (used by the /api/kalender feeds).
import type { IcsMeeting } from "@/lib/meetings/data";
import { meetingPath } from "@/lib/meetings/paths";
import type { IcsEvent } from "./ical";

export function meetingEvents(meetings: IcsMeeting[], origin: string): IcsEvent[] {
  const host = new URL(origin).hostname || "saman";
  return meetings.map((m) => ({
    uid: `${m.id}@${host}`,
    start: m.startsAt,
    end: m.endsAt,
    summary: m.title ? `${m.body.name}: ${m.title}` : m.body.name,
    location: m.location,
    description: m.cancelledAt ? (m.cancellationReason ?? null) : null,
    url: `${origin}${meetingPath(m.id)}`,
    updated: m.updatedAt,
    cancelled: m.cancelledAt !== null,
    // Meeting.version starts at 1 and rises on every change (details, agenda, cancellation).
    sequence: m.version - 1,
  }));
}
