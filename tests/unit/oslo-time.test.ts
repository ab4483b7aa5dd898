// Issue 19.2: Norwegian time with @date-fns/tz across both daylight-saving changes – the last Sunday of March
// (02:00 → 03:00, 2026-03-29) and of October (03:00 → 02:00, 2026-10-25) – for reading a time a user typed
// (osloInstant), showing an instant (formatDate/formatTime/osloIsoDate) and writing iCalendar local times.
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { osloLocal } from "@/lib/calendar/ical";
import { currentMonth } from "@/lib/deviations/schema";
import { formatDate, formatTime, formatTimeRange, osloIsoDate } from "@/lib/i18n";
import { nb as nbLocale, nn as nnLocale } from "date-fns/locale";
import { FIELD_PATTERNS, formatOslo, osloInstant } from "@/lib/i18n/oslo";
import { dayOf } from "@/lib/membership/rules/dates";

const at = (iso: string) => new Date(iso);

describe("osloInstant: a typed date and time in Oslo", () => {
  it("around the spring change: winter time before 02:00, summer time from 03:00, the skipped hour moved forward", () => {
    expect(osloInstant("2026-03-29", "01:59").toISOString()).toBe("2026-03-29T00:59:00.000Z"); // +01:00
    expect(osloInstant("2026-03-29", "03:00").toISOString()).toBe("2026-03-29T01:00:00.000Z"); // +02:00
    expect(osloInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z"); // no 02:30: 03:30 summer time
    expect(osloInstant("2026-03-28", "10:00").toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(osloInstant("2026-03-30", "10:00").toISOString()).toBe("2026-03-30T08:00:00.000Z");
  });

  it("around the autumn change: summer time before 02:00, winter time from 03:00, the repeated hour read once", () => {
    expect(osloInstant("2026-10-25", "01:59").toISOString()).toBe("2026-10-24T23:59:00.000Z"); // +02:00
    expect(osloInstant("2026-10-25", "03:00").toISOString()).toBe("2026-10-25T02:00:00.000Z"); // +01:00
    expect(osloInstant("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(osloInstant("2026-10-24", "10:00").toISOString()).toBe("2026-10-24T08:00:00.000Z");
    expect(osloInstant("2026-10-26", "10:00").toISOString()).toBe("2026-10-26T09:00:00.000Z");
  });

  it("midnight at New Year is the previous UTC day", () => {
    expect(osloInstant("2027-01-01", "00:00").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});

describe("showing instants in Oslo time", () => {
  it("the clock jumps from 01:59 to 03:00 on the last Sunday of March", () => {
    expect(formatTime("nn", at("2026-03-29T00:59:00Z"))).toBe("kl. 01.59");
    expect(formatTime("nn", at("2026-03-29T01:00:00Z"))).toBe("kl. 03.00");
    expect(formatOslo(at("2026-03-29T01:00:00Z"), "xxx")).toBe("+02:00");
  });

  it("the clock shows 02:30 twice on the last Sunday of October, with different offsets", () => {
    expect(formatOslo(at("2026-10-25T00:30:00Z"), "HH:mm xxx")).toBe("02:30 +02:00");
    expect(formatOslo(at("2026-10-25T01:30:00Z"), "HH:mm xxx")).toBe("02:30 +01:00");
    expect(formatTimeRange("nb", at("2026-10-24T22:00:00Z"), at("2026-10-25T03:00:00Z"))).toBe("kl. 00.00–04.00");
  });

  it("the Oslo calendar day, not the UTC one, near midnight", () => {
    expect(osloIsoDate(at("2026-10-24T22:30:00Z"))).toBe("2026-10-25"); // 00:30 summer time
    expect(osloIsoDate(at("2026-10-25T22:30:00Z"))).toBe("2026-10-25"); // 23:30 winter time
    expect(formatDate("nn", at("2026-03-28T23:30:00Z"), "short")).toBe("29.03.2026");
    expect(dayOf(at("2026-12-31T23:30:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(currentMonth(at("2026-10-31T23:30:00Z"))).toBe("2026-11");
  });

  it("iCalendar local times follow the change (the VTIMEZONE says which offset)", () => {
    expect(osloLocal(at("2026-03-29T00:59:00Z"))).toBe("20260329T015900");
    expect(osloLocal(at("2026-03-29T01:00:00Z"))).toBe("20260329T030000");
    expect(osloLocal(at("2026-10-25T00:30:00Z"))).toBe("20261025T023000");
    expect(osloLocal(at("2026-10-25T02:00:00Z"))).toBe("20261025T030000");
  });
});

describe("formatOslo's calendar patterns (read off the cached offset, issue 18)", () => {
  it("agree with date-fns in Oslo time every 15 minutes around both changes, and on random instants 1970–2100", () => {
    const reference = (instant: Date, pattern: string) => format(instant, pattern, { in: tz("Europe/Oslo") });
    const instants: Date[] = [];
    for (const around of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 11, 31, 23), Date.UTC(1980, 3, 6, 1)]) {
      for (let t = around - 36 * 3_600_000; t <= around + 36 * 3_600_000; t += 15 * 60_000) instants.push(new Date(t));
    }
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 2000; i++) instants.push(new Date(Date.UTC(1970, 0, 1) + random() * (Date.UTC(2100, 0, 1) - Date.UTC(1970, 0, 1))));
    for (const instant of instants) {
      for (const pattern of ["yyyy-MM-dd", "yyyy-MM", "yyyy"]) expect(formatOslo(instant, pattern), `${instant.toISOString()} ${pattern}`).toBe(reference(instant, pattern));
      for (const pattern of FIELD_PATTERNS) {
        for (const locale of [nnLocale, nbLocale]) {
          expect(formatOslo(instant, pattern, locale), `${instant.toISOString()} ${pattern}`).toBe(format(instant, pattern, { in: tz("Europe/Oslo"), locale }));
        }
      }
    }
  });
});
