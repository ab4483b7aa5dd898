// The parsed-value memo of the public data cache and the stored compliance report (issue 18: ~9 % of a member's /ssu
// render was parsing the same texts again). One value per unchanged text, frozen so no render can change another's.
import { beforeEach, describe, expect, it } from "vitest";
import { forgetParsed, frozen, parseOnce } from "@/lib/cache/parse-once";

type Body = { name: string; members: { name: string; from: Date }[] };
const reviveDates = (text: string) =>
  JSON.parse(text, (_k, v: unknown) => (v && typeof v === "object" && "$date" in v ? new Date((v as { $date: string }).$date) : v)) as Body;
const text = (name: string) => JSON.stringify({
    name,
    members: [
      { name: "Kari", from: { $date: "2026-01-01T00:00:00.000Z" } },
      { name: "Anne", from: { $date: "2025-01-01T00:00:00.000Z" } },
    ],
  });

describe("parseOnce", () => {
  beforeEach(() => forgetParsed());

  it("parses a slot's text once and hands the same value out while the text is unchanged", () => {
    let parses = 0;
    const parse = (t: string) => (parses++, reviveDates(t));
    const first = parseOnce("body:ssu", text("SSU"), parse);
    // A new string with the same content, as the data cache gives on every read.
    const again = parseOnce("body:ssu", `${text("SS")}`.replace('"SS"', '"SSU"'), parse);
    expect(again).toBe(first);
    expect(parses).toBe(1);
    expect(first.members[0]!.from).toBeInstanceOf(Date);
  });

  it("parses again when the text changed, and never answers one slot with another's value", () => {
    const first = parseOnce("body:ssu", text("SSU"), reviveDates);
    const changed = parseOnce("body:ssu", text("SSU – nytt namn"), reviveDates);
    expect(changed).not.toBe(first);
    expect(changed.name).toBe("SSU – nytt namn");
    expect(parseOnce("body:fsu", text("SSU – nytt namn"), reviveDates)).not.toBe(changed);
  });

  it("freezes the value all the way down, so a render that changes it fails instead of changing the next render's", () => {
    const value = parseOnce("body:ssu", text("SSU"), reviveDates);
    expect(() => value.members.push({ name: "Ola", from: new Date() })).toThrow(TypeError);
    expect(() => value.members.sort()).toThrow(TypeError);
    expect(() => {
      value.members[0]!.name = "Ola";
    }).toThrow(TypeError);
    expect(Object.isFrozen(value.members[0]!.from)).toBe(true);
    // Copies are the way to reorder.
    expect(value.members.toSorted((a, b) => a.name.localeCompare(b.name))).toHaveLength(2);
  });

  it("keeps no text larger than its share of the bound: such a value is parsed every time", () => {
    let parses = 0;
    const huge = JSON.stringify({ name: "x".repeat(1_100_000), members: [] });
    const parse = (t: string) => (parses++, reviveDates(t));
    parseOnce("huge", huge, parse);
    parseOnce("huge", huge, parse);
    expect(parses).toBe(2);
  });

  it("frozen() freezes what did not come through the memo too (the data functions outside Next, computed reports)", () => {
    const value = frozen({ list: [{ a: 1 }], content: new Uint8Array([1, 2]) });
    expect(Object.isFrozen(value.list[0])).toBe(true);
    // A byte array cannot be frozen (Object.freeze throws on one): it is left as it is, the rest still frozen.
    expect(value.content).toEqual(new Uint8Array([1, 2]));
    expect(Object.isFrozen(value)).toBe(true);
  });
});
