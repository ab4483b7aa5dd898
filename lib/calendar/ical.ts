// iCalendar (RFC 5545) for the meeting feeds. Times are written in Europe/Oslo with a VTIMEZONE (the EU daylight
// saving rules Norway follows), every event links back to its meeting page, lines are folded at 75 octets and end
// with CRLF.
import { formatOslo } from "@/lib/i18n/oslo";

export type IcsEvent = {
  uid: string;
  start: Date;
  end: Date | null;
  summary: string;
  location: string | null;
  description: string | null;
  url: string;
  updated: Date;
  cancelled: boolean;
  /** RFC 5545 SEQUENCE: rises with every change of the event (the meeting's optimistic version). */
  sequence?: number;
};

const OSLO_TIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Oslo",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19810329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** Local Oslo time as 20261203T100000. */
export function osloLocal(instant: Date): string {
  return formatOslo(instant, "yyyyMMdd'T'HHmmss");
}

function utc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

export function buildCalendar(options: { name: string; events: IcsEvent[]; now?: Date }): string {
  const stamp = utc(options.now ?? new Date());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Saman//Saman//NO",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    "X-WR-TIMEZONE:Europe/Oslo",
    ...OSLO_TIMEZONE,
  ];
  for (const event of options.events) {
    const end = event.end ?? new Date(event.start.getTime() + 2 * 3_600_000);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utc(event.updated)}`,
      `SEQUENCE:${Math.max(0, event.sequence ?? 0)}`,
      `DTSTART;TZID=Europe/Oslo:${osloLocal(event.start)}`,
      `DTEND;TZID=Europe/Oslo:${osloLocal(end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      `DESCRIPTION:${escapeText([event.description, event.url].filter(Boolean).join("\n"))}`,
      `URL:${event.url}`,
      `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
