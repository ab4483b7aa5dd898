// Patient-identifying numbers are found however they are written; ordinary numbers are not.
import { describe, expect, it } from "vitest";
import { containsNationalId, findNationalIds, isNationalIdNumber, normaliseDigits } from "@/lib/privacy/national-id";
import { DIGIT_SETS, emailWithNationalId, inDigitSet, mulberry32, randomNationalId, writeVariant } from "../helpers/national-id-fuzz";

/** Builds a valid number from a 9-digit stem by computing both check digits (tries individual numbers). */
function validFrom(date: string, start = 100): string {
  for (let individual = start; individual < 1000; individual++) {
    const stem = `${date}${String(individual).padStart(3, "0")}`;
    const d = [...stem].map(Number);
    const k = (w: number[], ds: number[]) => {
      const r = 11 - (w.reduce((a, x, i) => a + x * (ds[i] ?? 0), 0) % 11);
      return r === 11 ? 0 : r;
    };
    const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
    if (k1 === 10) continue;
    const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
    if (k2 === 10) continue;
    return `${stem}${k1}${k2}`;
  }
  throw new Error("no valid number");
}

const FNR = validFrom("010190"); // born 1 January 1990
const DNR = validFrom("410190"); // D-number: day + 40
const HNR = validFrom("014190"); // H-number: month + 40
const SYNTH = validFrom("018190"); // synthetic test number: month + 80

describe("isNationalIdNumber", () => {
  it.each([FNR, DNR, HNR, SYNTH])("accepts the valid number %s", (n) => {
    expect(isNationalIdNumber(n)).toBe(true);
  });

  it("refuses a wrong check digit, an impossible date and other lengths", () => {
    const wrong = FNR.slice(0, 10) + String((Number(FNR[10]) + 1) % 10);
    expect(isNationalIdNumber(wrong)).toBe(false);
    expect(isNationalIdNumber(validFrom("010190").replace(/^01/, "32"))).toBe(false);
    expect(isNationalIdNumber("1234567890")).toBe(false);
    expect(isNationalIdNumber("00000000000")).toBe(false);
  });
});

describe("findNationalIds in free text", () => {
  const g = (s: string) => `${s.slice(0, 6)} ${s.slice(6)}`;
  const variants = [
    FNR,
    g(FNR),
    `${FNR.slice(0, 2)}.${FNR.slice(2, 4)}.${FNR.slice(4, 6)} ${FNR.slice(6)}`,
    `${FNR.slice(0, 6)}-${FNR.slice(6)}`,
    `${FNR.slice(0, 3)} ${FNR.slice(3, 6)} ${FNR.slice(6, 9)} ${FNR.slice(9)}`,
    [...FNR].join(" "),
    `${FNR.slice(0, 6)}\u00a0${FNR.slice(6)}`,
    `${FNR.slice(0, 6)}\u200b${FNR.slice(6)}`,
    [...FNR].map((c) => String.fromCharCode(0xff10 + Number(c))).join(""), // full-width digits
    DNR,
    g(HNR),
  ];

  it.each(variants)("finds %j inside a sentence", (variant) => {
    expect(containsNationalId(`Pasienten (fnr. ${variant}) vart utskriven.`)).toBe(true);
    expect(containsNationalId(`${variant}`)).toBe(true);
  });

  it("masks what it reports", () => {
    expect(findNationalIds(`fnr ${FNR}`)).toEqual([`${FNR.slice(0, 6)}*****`]);
  });

  it.each([
    "Møtet er 12.03.2026 kl. 10.00 i rom 2.",
    "Telefon 55 97 50 00, org.nr. 983 974 724.",
    "Saka gjeld 12345678901234 kroner", // longer digit run is not an id
    "Kontonummer 1234.56.78903",
    `Tal i ein lang serie: 9${FNR}9`,
  ])("does not flag ordinary numbers: %s", (text) => {
    expect(containsNationalId(text)).toBe(false);
  });

  it("finds every valid number among many random ones (property check)", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
      const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
      const year = String(Math.floor(random() * 100)).padStart(2, "0");
      const id = validFrom(`${day}${month}${year}`, 100 + Math.floor(random() * 800));
      const sep = [" ", ".", "-", "", "\u00a0"][Math.floor(random() * 5)] ?? "";
      const written = `${id.slice(0, 2)}${sep}${id.slice(2, 4)}${sep}${id.slice(4, 6)}${sep}${id.slice(6)}`;
      expect(containsNationalId(`Notat: ${written}.`)).toBe(true);
    }
  });
});

// Issue 17 (security findings): the guard was bypassed by non-ASCII digits and by an id as an e-mail local part.
describe("every Unicode decimal digit and e-mail local parts", () => {
  it("maps every decimal digit (\\p{Nd}) to its value 0–9", () => {
    for (const zero of DIGIT_SETS) expect(normaliseDigits(inDigitSet("0123456789", zero))).toBe("0123456789");
    let count = 0;
    for (let code = 0; code < 0x110000; code++) {
      const char = String.fromCodePoint(code);
      if (!/\p{Nd}/u.test(char)) continue;
      count++;
      expect(normaliseDigits(char)).toMatch(/^[0-9]$/);
    }
    expect(count).toBeGreaterThan(600);
  });

  it.each(DIGIT_SETS.map((zero) => [zero.toString(16), zero]))("finds a number written in the digit set at U+%s", (_hex, zero) => {
    expect(containsNationalId(`Pasient ${inDigitSet(FNR, zero)} vart utskriven.`)).toBe(true);
    expect(containsNationalId(inDigitSet(`${FNR.slice(0, 6)} ${FNR.slice(6)}`, zero))).toBe(true);
  });

  it("finds a number in an e-mail address's local part", () => {
    expect(containsNationalId(`${FNR}@example.no`)).toBe(true);
    expect(containsNationalId(`${inDigitSet(FNR, 0x0660)}@example.no`)).toBe(true);
    expect(containsNationalId("kari.nordmann@example.no")).toBe(false);
  });

  it("finds every generated variant and address (property check, seeded)", () => {
    const random = mulberry32(17);
    for (let i = 0; i < 500; i++) {
      const written = writeVariant(randomNationalId(random), random);
      expect(containsNationalId(`Notat: ${written}.`), JSON.stringify(written)).toBe(true);
      const address = emailWithNationalId(random);
      expect(containsNationalId(address), address).toBe(true);
    }
  });

  it("does not flag ordinary numbers written in other digit sets", () => {
    expect(containsNationalId(inDigitSet("Telefon 55 97 50 00, org.nr. 983 974 724.", 0x0660))).toBe(false);
  });
});
