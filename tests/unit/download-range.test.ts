// The Range header of a document download (issue 18.4; RFC 9110 §14): one range served as 206, a range past the end
// as 416, anything else as the whole file.
import { describe, expect, it } from "vitest";
import { ifRangeHolds, parseRange } from "@/lib/downloads/range";

describe("parseRange", () => {
  it("reads a closed, an open and a suffix range (end inclusive, clamped to the file)", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=900-5000", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-5000", 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange(" Bytes = 5 - 6 ", 1000)).toEqual({ start: 5, end: 6 });
  });

  it("answers 416 for a range that starts past the end, or an empty suffix", () => {
    expect(parseRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 1000)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
  });

  it("ignores what it cannot serve as one range: the whole file is sent", () => {
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange("bytes=0-1,5-6", 1000)).toBeNull();
    expect(parseRange("items=0-1", 1000)).toBeNull();
    expect(parseRange("bytes=-", 1000)).toBeNull();
    expect(parseRange("bytes=9-2", 1000)).toBeNull();
  });
});

describe("ifRangeHolds", () => {
  it("holds without a validator or with the file's own ETag, not with another", () => {
    expect(ifRangeHolds(null, '"abc"')).toBe(true);
    expect(ifRangeHolds('"abc"', '"abc"')).toBe(true);
    expect(ifRangeHolds('"old"', '"abc"')).toBe(false);
  });
});
