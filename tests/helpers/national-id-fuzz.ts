// Random but reproducible Norwegian national identity numbers (fødselsnummer, D-, H- and synthetic numbers),
// written the ways people and copy-paste write them. Seeded PRNG: the same seed gives the same variants.

export { mulberry32 } from "../../scripts/lib/seeded-random";

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const check = (w: number[], d: number[]) => {
  const r = 11 - (w.reduce((a, x, i) => a + x * (d[i] ?? 0), 0) % 11);
  return r === 11 ? 0 : r;
};

/** A valid 11-digit number with a random birth date, kind and individual number. */
export function randomNationalId(random: () => number): string {
  for (;;) {
    const kind = Math.floor(random() * 4); // 0 fnr, 1 D-number, 2 H-number, 3 synthetic
    const day = 1 + Math.floor(random() * 28) + (kind === 1 ? 40 : 0);
    const month = 1 + Math.floor(random() * 12) + (kind === 2 ? 40 : kind === 3 ? 80 : 0);
    const year = Math.floor(random() * 100);
    const individual = Math.floor(random() * 1000);
    const stem = `${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(year).padStart(2, "0")}${String(individual).padStart(3, "0")}`;
    const digits = [...stem].map(Number);
    const k1 = check(W1, digits);
    if (k1 === 10) continue;
    const k2 = check(W2, [...digits, k1]);
    if (k2 === 10) continue;
    return `${stem}${k1}${k2}`;
  }
}

/**
 * Code points of zero in other decimal digit sets (Unicode category Nd): full-width, Arabic-Indic, Extended
 * Arabic-Indic (Persian/Urdu), Devanagari, Bengali, Thai, Tibetan, Myanmar, N'Ko, mathematical bold and monospace.
 */
export const DIGIT_SETS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0f20, 0x1040, 0x07c0, 0x1d7ce, 0x1d7f6] as const;

/** The ASCII digits of `text` written in the digit set whose zero is `zero`. */
export function inDigitSet(text: string, zero: number): string {
  return [...text].map((c) => (/[0-9]/.test(c) ? String.fromCodePoint(zero + Number(c)) : c)).join("");
}

/** The number as an e-mail address's local part, the way a form's contact address could carry it. */
export function emailWithNationalId(random: () => number): string {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const id = randomNationalId(random);
  const local = pick([id, `${id.slice(0, 6)}.${id.slice(6)}`, `fnr${id}`, `${id}+sak`, `${id.slice(0, 6)}-${id.slice(6)}`]);
  return `${random() < 0.3 ? inDigitSet(local, pick(DIGIT_SETS)) : local}@${pick(["example.no", "helse-bergen.example.no", "kommune.example.no"])}`;
}

const SEPARATORS = [" ", ".", "-", "", "\u00a0", "\u202f", "\u2009", "_", "/", "\u200b"];

/** The number written in one of many ways: grouped, separated, in another digit set, with invisible characters. */
export function writeVariant(id: string, random: () => number): string {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sep = pick(SEPARATORS);
  const groupings = [
    [11],
    [6, 5],
    [2, 2, 2, 5],
    [2, 2, 2, 3, 2],
    [3, 3, 3, 2],
    [4, 4, 3],
    Array(11).fill(1) as number[],
  ];
  let at = 0;
  const parts = pick(groupings).map((n) => {
    const part = id.slice(at, at + n);
    at += n;
    return part;
  });
  let written = parts.join(sep);
  if (random() < 0.4) written = inDigitSet(written, pick(DIGIT_SETS));
  if (random() < 0.15) written = written.replace(/(\d)(\d)/, "$1\u200b$2");
  return written;
}

const PREFIXES = ["", "Pasient ", "fnr. ", "F.nr: ", "Gjeld ", "(", "Epikrise for ", "Sjå "];
const SUFFIXES = ["", ".", ")", " vart skriven ut utan melding.", ", sjå journal.", " – legemiddellista mangla."];

/** A short deviation description carrying the number somewhere. */
export function descriptionWithNationalId(random: () => number): string {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return `${pick(PREFIXES)}${writeVariant(randomNationalId(random), random)}${pick(SUFFIXES)} Utskriving utan varsel.`;
}
