// Pure helpers of the public portal: the HTML allow-list, iCalendar output.
import { describe, expect, it } from "vitest";
import { buildCalendar, fold } from "@/lib/calendar/ical";
import { sanitizeHtml } from "@/lib/html/sanitize";

describe("sanitizeHtml", () => {
  it("keeps the allowed structure and drops attributes", () => {
    expect(sanitizeHtml('<h2 class="x">Sak</h2><p style="color:red">Tekst <strong>viktig</strong></p>')).toBe(
      "<h2>Sak</h2><p>Tekst <strong>viktig</strong></p>",
    );
  });
  it("removes scripts, event handlers and javascript: links", () => {
    const out = sanitizeHtml('<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src=x onerror=alert(1)>');
    expect(out).toBe("<p>a</p><a>b</a>");
  });
  it("escapes stray markup characters and closes open tags", () => {
    expect(sanitizeHtml("<p>1 < 2 & 3 > 2")).toBe("<p>1 &lt; 2 &amp; 3 &gt; 2</p>");
  });
  it("keeps safe links", () => {
    expect(sanitizeHtml('<a href="https://saman.no/x?a=1&amp;b=2">lenkje</a>')).toBe('<a href="https://saman.no/x?a=1&amp;b=2">lenkje</a>');
  });
});

describe("iCalendar", () => {
  it("writes Oslo local times with a VTIMEZONE, CRLF line ends and escaped text", () => {
    const ics = buildCalendar({
      name: "Saman – møte",
      now: new Date("2026-11-22T12:00:00Z"),
      events: [
        {
          uid: "m1@saman",
          start: new Date("2026-07-01T08:00:00Z"),
          end: new Date("2026-07-01T12:00:00Z"),
          summary: "SSU; møte, 3/2026",
          location: null,
          description: null,
          url: "https://saman.no/mote/m1",
          updated: new Date("2026-06-01T00:00:00Z"),
          cancelled: false,
        },
      ],
    });
    expect(ics).toContain("DTSTART;TZID=Europe/Oslo:20260701T100000\r\n");
    expect(ics).toContain("DTEND;TZID=Europe/Oslo:20260701T140000\r\n");
    expect(ics).toContain("SUMMARY:SSU\\; møte\\, 3/2026\r\n");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo");
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
  it("folds long lines at 75 octets without splitting characters", () => {
    const folded = fold(`DESCRIPTION:${"æ".repeat(80)}`);
    for (const line of folded.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"æ".repeat(80)}`);
  });
});
