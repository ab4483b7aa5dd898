// The CSV import of indicator values (issue 21 item 3): the whole file is validated, one bad row refuses it with the
// row's line and reason; both separators Norwegian Excel and others write; decimal comma; quoting.
import { describe, expect, it } from "vitest";
import { parseIndicatorCsv, type CsvLookup } from "@/lib/indicators/csv";
import { isSuppressed, normalisePeriod, trendOf } from "@/lib/indicators/policy";

const lookup: CsvLookup = {
  indicators: new Map([
    ["liggedogn", { id: "i-ligg", level: "MUNICIPALITY", periodKind: "YEAR" }],
    ["reinnlegging", { id: "i-re", level: "AREA", periodKind: "YEAR" }],
    ["avvik", { id: "i-avvik", level: "HELSEFELLESSKAP", periodKind: "QUARTER" }],
  ]),
  areas: new Map([["voss", "a-voss"], ["bergen", "a-bergen"]]),
  municipalities: new Map([["askoy", "p-askoy"], ["fedje", "p-fedje"]]),
};

describe("parseIndicatorCsv", () => {
  it("reads a semicolon file with decimal comma, BOM and CRLF, and resolves units", () => {
    const text = "\uFEFFindikator;periode;eining;verdi;teljar;nemnar\r\nliggedogn;2025;askoy;1 234;;\r\nreinnlegging;2025;Voss;15,2;70;461\r\navvik;2025-q3;;21;;\r\n";
    const result = parseIndicatorCsv(text, lookup);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, indicatorId: "i-ligg", period: "2025", scopeKey: "p-askoy", areaId: null, partyId: "p-askoy", value: 1234, numerator: null, denominator: null },
        { line: 3, indicatorId: "i-re", period: "2025", scopeKey: "a-voss", areaId: "a-voss", partyId: null, value: 15.2, numerator: 70, denominator: 461 },
        { line: 4, indicatorId: "i-avvik", period: "2025-Q3", scopeKey: "", areaId: null, partyId: null, value: 21, numerator: null, denominator: null },
      ],
    });
  });

  it("reads a comma file with decimal point, a quoted decimal comma, columns in another order and bokmål headers", () => {
    const text = 'verdi,indikator,periode,enhet\n12.5,reinnlegging,2024,bergen\n"13,75",reinnlegging,2025,bergen\n';
    const result = parseIndicatorCsv(text, lookup);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rows.map((r) => [r.line, r.value, r.period])).toEqual([[2, 12.5, "2024"], [3, 13.75, "2025"]]);
  });

  it("refuses the whole file for one bad row, naming its line and reason", () => {
    const text = "indikator;periode;eining;verdi\nliggedogn;2024;askoy;600\nliggedogn;2025;askoy;6x0\nliggedogn;2023;askoy;700\n";
    expect(parseIndicatorCsv(text, lookup)).toEqual({ ok: false, errors: [{ line: 3, code: "value", text: "6x0" }] });
  });

  it("lists every bad row, each with its reason", () => {
    const text = [
      "indikator;periode;eining;verdi;teljar;nemnar",
      "ukjend;2025;askoy;1;;", // 2: unknown indicator
      "liggedogn;2025-Q1;askoy;1;;", // 3: period of the wrong kind
      "liggedogn;2025;;1;;", // 4: unit missing
      "liggedogn;2025;bergenx;1;;", // 5: unknown municipality
      "avvik;2025-Q1;askoy;1;;", // 6: unit on a helsefellesskap indicator
      "reinnlegging;2025;voss;10;9;5", // 7: numerator above denominator
      "reinnlegging;2025;voss;10;1,5;5", // 8: numerator not an integer
      "liggedogn;2025;fedje;3", // 9: too few columns
      "liggedogn;2024;fedje;3;;",
      "liggedogn;2024;Fedje;4;;", // 11: same indicator, period and unit as line 10
    ].join("\n");
    const result = parseIndicatorCsv(text, lookup);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => [e.line, e.code])).toEqual([
        [2, "indicator"],
        [3, "period"],
        [4, "unitRequired"],
        [5, "unit"],
        [6, "unitNotAllowed"],
        [7, "ratio"],
        [8, "numerator"],
        [9, "columns"],
        [11, "duplicate"],
      ]);
    if (!result.ok) expect(result.errors.at(-1)?.other).toBe(10);
  });

  it("refuses a header with unknown or missing columns, an empty file and an open quote", () => {
    expect(parseIndicatorCsv("indikator;periode;tal\nx;2025;1", lookup)).toMatchObject({ ok: false, errors: [{ line: 1, code: "header" }] });
    expect(parseIndicatorCsv("", lookup)).toMatchObject({ ok: false, errors: [{ code: "empty" }] });
    expect(parseIndicatorCsv("indikator;periode;verdi\n", lookup)).toMatchObject({ ok: false, errors: [{ code: "empty" }] });
    expect(parseIndicatorCsv('indikator;periode;verdi\navvik;2025-Q1;"12\n', lookup)).toMatchObject({ ok: false, errors: [{ line: 2, code: "quote" }] });
  });

  it("counts lines of a quoted field with a newline, and skips blank lines", () => {
    const text = 'indikator;periode;eining;verdi\n\nliggedogn;2025;askoy;"1\n2"\n';
    expect(parseIndicatorCsv(text, lookup)).toMatchObject({ ok: false, errors: [{ line: 3, code: "value" }] });
  });
});

describe("periods, suppression and trend", () => {
  it("normalises periods of each kind and refuses the others", () => {
    expect(normalisePeriod("QUARTER", "2025-q4")).toBe("2025-Q4");
    expect(normalisePeriod("HALF", "2025-H3")).toBeNull();
    expect(normalisePeriod("MONTH", "2025-13")).toBeNull();
    expect(normalisePeriod("YEAR", "25")).toBeNull();
  });

  it("suppresses counts 1–4 of the value or its numerator, as for deviations; never zero", () => {
    expect(isSuppressed(true, { value: 4, numerator: null })).toBe(true);
    expect(isSuppressed(true, { value: 0, numerator: null })).toBe(false);
    expect(isSuppressed(true, { value: 5, numerator: null })).toBe(false);
    expect(isSuppressed(true, { value: 30.5, numerator: 3 })).toBe(true);
    expect(isSuppressed(false, { value: 3, numerator: null })).toBe(false);
  });

  it("says the trend, and never a number across a suppressed point", () => {
    expect(trendOf([{ period: "2024", value: 10, numerator: null, denominator: null, suppressed: false }, { period: "2025", value: 7, numerator: null, denominator: null, suppressed: false }])).toMatchObject({ kind: "down", change: -3 });
    expect(trendOf([{ period: "2024", value: 10, numerator: null, denominator: null, suppressed: false }, { period: "2025", value: null, numerator: null, denominator: null, suppressed: true }])).toEqual({ kind: "suppressed", from: "2024", to: "2025" });
  });
});
