// A person's meetings as iCalendar events (the personal webcal subscription). Same UIDs as the body feeds
// (<meetingId>@<host>), so an event is the same event wherever it is seen; SEQUENCE follows Meeting.version.
import type { IcsEvent } from "@/lib/calendar/ical";
import { localize, getTranslator } from "@/lib/i18n";
import { meetingPath } from "@/lib/meetings/paths";
import type { MyMeeting } from "./person-meetings/data";

export function personalEvents(meetings: MyMeeting[], origin: string): IcsEvent[] {
  const host = new URL(origin).hostname || "saman";
  const m = getTranslator("nn", "participation.calendar");
  return meetings.map((meeting) => {
    const body = localize("nn", meeting.body.name, meeting.body.nameNb);
    const notes = [
      meeting.as === "deputy" && meeting.forName ? m("deputyNote", { name: meeting.forName }) : null,
      meeting.answer && !meeting.answer.attending ? m("absentNote") : null,
    ].filter(Boolean);
    return {
      uid: `${meeting.id}@${host}`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: meeting.title ? `${body}: ${meeting.title}` : body,
      location: meeting.location,
      description: notes.length ? notes.join("\n") : null,
      url: `${origin}${meetingPath(meeting.id)}`,
      updated: meeting.updatedAt,
      cancelled: meeting.cancelledAt !== null,
      sequence: meeting.version - 1,
    };
  });
}
