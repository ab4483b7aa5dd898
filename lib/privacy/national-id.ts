// Finds Norwegian national identity numbers – fødselsnummer, D-numbers (day + 40) and H-/test numbers (month + 40
// or + 80) – in free text, so forms can refuse patient-identifying data (cases, deviations). A match is 11 digits
// with valid mod-11 check digits and a plausible date, also when written with spaces, dots, hyphens or odd Unicode
// (full-width, Arabic-Indic, Devanagari … digits – every Unicode decimal digit –, no-break or zero-width spaces),
// and also inside an e-mail address ("01019012345@example.no").

const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, weight, index) => acc + weight * (digits[index] ?? 0), 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  if (digit === 10) return null;
  return digit;
}

/** True when the 11 digits are a valid fødselsnummer, D-number or H-/synthetic number. */
export function isNationalIdNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  if (day > 40) day -= 40; // D-number
  if (month > 80) month -= 80; // synthetic (test) numbers
  else if (month > 40) month -= 40; // H-number
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const k1 = checkDigit(digits, WEIGHTS_1);
  if (k1 === null || k1 !== digits[9]) return false;
  const k2 = checkDigit(digits, WEIGHTS_2);
  return k2 !== null && k2 === digits[10];
}

// Characters people (or copy-paste) put between digit groups.
const SEPARATOR = String.raw`[ .\-\u00a0\u2007\u202f\u2009_/]`;
const CANDIDATE = new RegExp(String.raw`(?<!\d${SEPARATOR}?)\d(?:${SEPARATOR}{0,2}\d){10}(?!${SEPARATOR}?\d)`, "g");

const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGITS = /[^\P{Nd}0-9]/gu;
const digitValues = new Map<string, string>();

/**
 * The value 0–9 of any Unicode decimal digit (general category Nd). Unicode encodes each decimal digit set as ten
 * consecutive code points from zero to nine, so the value is how many Nd code points precede it in its run, mod 10.
 */
export function decimalDigitValue(char: string): string {
  const known = digitValues.get(char);
  if (known !== undefined) return known;
  let code = char.codePointAt(0)!;
  let before = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
    before++;
    code--;
  }
  const value = String(before % 10);
  digitValues.set(char, value);
  return value;
}

/**
 * NFKC first (full-width and mathematical digits become ASCII), then every other decimal digit (Arabic-Indic "٠١٠١…",
 * Devanagari, Bengali …) is mapped to 0–9, and invisible characters are removed – so "０１０１９０…", "٠١٠١٩٠…" or
 * "0101\u200B90…" are found. Exported for the tests.
 */
export function normaliseDigits(text: string): string {
  return text
    .normalize("NFKC")
    .replace(NON_ASCII_DIGITS, decimalDigitValue)
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g, "");
}

/** The national identity numbers in `text`, masked except the birth date (safe to log or show). */
export function findNationalIds(text: string): string[] {
  const found: string[] = [];
  for (const match of normaliseDigits(text).matchAll(CANDIDATE)) {
    const digits = match[0].replace(/\D/g, "");
    if (digits.length === 11 && isNationalIdNumber(digits)) found.push(`${digits.slice(0, 6)}*****`);
  }
  return found;
}

export function containsNationalId(text: string): boolean {
  return findNationalIds(text).length > 0;
}
