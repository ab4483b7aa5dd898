// lib/i18n/plural: "1 sak / 2 saker" in both languages (issue 14.7).
import { describe, expect, it } from "vitest";
import { plural } from "@/lib/i18n/plural";

const cases = { one: "{count} sak", other: "{count} saker" };

describe("plural", () => {
  it.each([
    ["nn", 0, "0 saker"],
    ["nn", 1, "1 sak"],
    ["nn", 2, "2 saker"],
    ["nb", 1, "1 sak"],
    ["nb", 21, "21 saker"],
  ] as const)("%s %i → %s", (lang, n, text) => {
    expect(plural(lang, n, cases)).toBe(text);
  });

  it("fills the other placeholders too", () => {
    expect(plural("nb", 1, { one: "{count} møte i {year}", other: "{count} møter i {year}" }, { year: 2026 })).toBe("1 møte i 2026");
    expect(plural("nb", 3, { one: "{count} møte i {year}", other: "{count} møter i {year}" }, { year: 2026 })).toBe("3 møter i 2026");
  });
});
