// The catalogs are written in the right language (issue 19.1): no bokmål form in nynorsk, no nynorsk form in bokmål,
// no stray space before a colon, "(valfritt)/(valgfritt)" as the marker of an optional field. The word lists live in
// tests/fixtures/word-forms.ts; the catalogs are the ICU JSON files (messages/<lang>/*.json).
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/catalog";
import { NOT_BOKMAL, NOT_NYNORSK, SLIPS } from "../fixtures/word-forms";

const { nn, nb } = catalogs;
const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === "object" ? Object.values(v).flatMap(strings) : [];
const word = (w: string) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "u");
const offending = (catalog: unknown, pattern: RegExp) => strings(catalog).filter((s) => pattern.test(s));

describe("word forms", () => {
  it("the nynorsk catalog has no bokmål forms", () => {
    expect(NOT_NYNORSK.flatMap((w) => offending(nn, word(w)).map((s) => `${w}: ${s}`))).toEqual([]);
  });

  it("the bokmål catalog has no nynorsk forms", () => {
    expect(NOT_BOKMAL.flatMap((w) => offending(nb, word(w)).map((s) => `${w}: ${s}`))).toEqual([]);
  });

  it("neither has a stray space before a colon or an optional marker out of agreement", () => {
    expect(SLIPS.flatMap((p) => [...offending(nn, p), ...offending(nb, p)])).toEqual([]);
  });

  it("the check itself finds a wrong form", () => {
    expect(offending({ a: "Medlemmer og varar" }, word("Medlemmer"))).toHaveLength(1);
    expect(offending({ a: "Medlemmeravgift" }, word("Medlemmer"))).toHaveLength(0);
  });
});
