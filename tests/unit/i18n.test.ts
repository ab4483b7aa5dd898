// lib/i18n: URLs per language, bokmål fallback for database text, message parity, dates in Oslo time.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, formatTimeRange, getTranslator, href, isCurrentPath, isLocale, localize, osloIsoDate, otherLocale, splitLocale } from "@/lib/i18n";
import { catalogs } from "@/lib/i18n/catalog";
import { pageMetadata } from "@/lib/i18n/metadata";

describe("locales", () => {
  it("knows nynorsk and bokmål only", () => {
    expect(isLocale("nn")).toBe(true);
    expect(isLocale("nb")).toBe(true);
    for (const other of ["no", "en", "NN", "", undefined, null, 1]) expect(isLocale(other)).toBe(false);
    expect(otherLocale("nn")).toBe("nb");
    expect(otherLocale("nb")).toBe("nn");
  });
});

describe("href", () => {
  it("leaves nynorsk unprefixed and puts bokmål under /nb", () => {
    expect(href("nn", "/")).toBe("/");
    expect(href("nb", "/")).toBe("/nb");
    expect(href("nn", "/om")).toBe("/om");
    expect(href("nb", "/om")).toBe("/nb/om");
    expect(href("nb", "/mote/abc")).toBe("/nb/mote/abc");
    expect(href("nb", "om")).toBe("/nb/om");
    expect(href("nb")).toBe("/nb");
  });

  it("keeps a query string or fragment", () => {
    expect(href("nb", "/sok?q=avtale")).toBe("/nb/sok?q=avtale");
    expect(href("nb", "/?q=1")).toBe("/nb?q=1");
    expect(href("nb", "/#main")).toBe("/nb#main");
    expect(href("nn", "/sok?q=avtale")).toBe("/sok?q=avtale");
  });
});

describe("splitLocale", () => {
  it("reads the language and the language-neutral path", () => {
    expect(splitLocale("/")).toEqual({ lang: "nn", path: "/" });
    expect(splitLocale("/om")).toEqual({ lang: "nn", path: "/om" });
    expect(splitLocale("/nb")).toEqual({ lang: "nb", path: "/" });
    expect(splitLocale("/nb/om")).toEqual({ lang: "nb", path: "/om" });
    expect(splitLocale("/nb/mote/x")).toEqual({ lang: "nb", path: "/mote/x" });
    // The internal (rewritten) form of a nynorsk address.
    expect(splitLocale("/nn/om")).toEqual({ lang: "nn", path: "/om" });
    // Words that merely start like a language code are paths.
    expect(splitLocale("/nbx")).toEqual({ lang: "nn", path: "/nbx" });
  });

  it("round-trips with href", () => {
    for (const lang of ["nn", "nb"] as const) {
      for (const path of ["/", "/om", "/tilgjengelegheit", "/mote/abc"]) {
        expect(splitLocale(href(lang, path))).toEqual({ lang, path });
      }
    }
  });

  it("marks the current section", () => {
    expect(isCurrentPath("/", "/")).toBe(true);
    expect(isCurrentPath("/om", "/")).toBe(false);
    expect(isCurrentPath("/mote/abc", "/mote")).toBe(true);
    expect(isCurrentPath("/motestad", "/mote")).toBe(false);
  });
});

describe("localize", () => {
  it("uses bokmål where there is one, else nynorsk", () => {
    expect(localize("nn", "Strategisk samarbeidsutval", "Strategisk samarbeidsutvalg")).toBe("Strategisk samarbeidsutval");
    expect(localize("nb", "Strategisk samarbeidsutval", "Strategisk samarbeidsutvalg")).toBe("Strategisk samarbeidsutvalg");
    expect(localize("nb", "Bergen", null)).toBe("Bergen");
    expect(localize("nb", "Bergen", undefined)).toBe("Bergen");
    expect(localize("nb", "Bergen", "  ")).toBe("Bergen");
    expect(localize("nb", null, null)).toBeNull();
  });
});

describe("messages", () => {
  type Tree = { [key: string]: unknown };
  const shape = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shape);
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value as Tree).map(([key, child]) => [key, shape(child)]));
    return typeof value;
  };
  const strings = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value !== null && typeof value === "object"
          ? Object.values(value as Tree).flatMap(strings)
          : [];

  it("bokmål has exactly the keys (and list lengths) of nynorsk", () => {
    expect(shape(catalogs.nb)).toEqual(shape(catalogs.nn));
  });

  it("has no empty strings and the same placeholders in both languages", () => {
    const nn = strings(catalogs.nn);
    const nb = strings(catalogs.nb);
    for (const text of [...nn, ...nb]) expect(text.trim()).not.toBe("");
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    nn.forEach((text, index) => expect(placeholders(nb[index] ?? "")).toEqual(placeholders(text)));
  });

  it("names each language in itself", () => {
    expect(getTranslator("nn")("languageName")).toBe("Nynorsk");
    expect(getTranslator("nb")("languageName")).toBe("Bokmål");
  });
});

describe("messages with values and soft hyphens", () => {
  it("fills placeholders through next-intl", () => {
    expect(getTranslator("nn", "home.minutes").rich("item", { date: "3. desember 2026", time: (text) => text })).toBe("Referat frå møtet 3. desember 2026");
    expect(getTranslator("nb", "dates")("dateAndTime", { date: "3. desember 2026", time: "kl. 10.00" })).toBe("3. desember 2026, kl. 10.00");
  });

  it("takes soft hyphens out of page titles", () => {
    expect(pageMetadata("nn", "/tilgjengelegheit", getTranslator("nn")("accessibility.title")).title).toBe("Tilgjengelegheitserklæring");
    expect(pageMetadata("nb", "/tilgjengelegheit", getTranslator("nb")("accessibility.title")).title).toBe("Tilgjengelighetserklæring");
  });
});

describe("dates in Oslo time", () => {
  // Whatever the machine's zone, dates are shown as they are in Norway.
  const originalTz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "America/Los_Angeles";
  });
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("writes dates in nynorsk and bokmål", () => {
    const winter = new Date("2026-12-01T09:00:00Z"); // 10:00 in Oslo (UTC+1)
    expect(formatDate("nn", winter, "full")).toBe("tysdag 1. desember 2026");
    expect(formatDate("nb", winter, "full")).toBe("tirsdag 1. desember 2026");
    expect(formatDate("nn", winter)).toBe("1. desember 2026");
    expect(formatDate("nn", winter, "short")).toBe("01.12.2026");
    expect(formatTime("nn", winter)).toBe("kl. 10.00");
    expect(formatDate("nn", new Date("2026-11-29T12:00:00Z"), "full")).toBe("sundag 29. november 2026");
    expect(formatDate("nb", new Date("2026-11-28T12:00:00Z"), "full")).toBe("lørdag 28. november 2026");
  });

  it("follows summer time and the date in Oslo, not UTC", () => {
    const summerMidnight = new Date("2026-06-30T22:30:00Z"); // 00:30 on 1 July in Oslo (UTC+2)
    expect(formatDate("nn", summerMidnight)).toBe("1. juli 2026");
    expect(formatTime("nb", summerMidnight)).toBe("kl. 00.30");
    expect(osloIsoDate(summerMidnight)).toBe("2026-07-01");
    // The spring-forward night: 01:59 CET is followed by 03:00 CEST.
    expect(formatTime("nn", new Date("2026-03-29T00:59:00Z"))).toBe("kl. 01.59");
    expect(formatTime("nn", new Date("2026-03-29T01:00:00Z"))).toBe("kl. 03.00");
  });

  it("writes a meeting's time span", () => {
    const start = new Date("2026-12-01T09:00:00Z");
    const end = new Date("2026-12-01T13:00:00Z");
    expect(formatTimeRange("nn", start, end)).toBe("kl. 10.00–14.00");
    expect(formatTimeRange("nn", start, null)).toBe("kl. 10.00");
    // Ending on another day: only the start time.
    expect(formatTimeRange("nn", start, new Date("2026-12-02T09:00:00Z"))).toBe("kl. 10.00");
    expect(formatDateTime("nn", start, end)).toBe("tysdag 1. desember 2026, kl. 10.00–14.00");
    expect(formatDateTime("nb", start.toISOString(), end.toISOString())).toBe("tirsdag 1. desember 2026, kl. 10.00–14.00");
  });
});
