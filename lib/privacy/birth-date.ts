// Finds a date of birth written next to a person's name ("Kari Nordmann, 12.03.1945") or marked as a birth date
// ("født 1945", "f. 12.3.45", "fødselsdato 1.2.1950") in free text, so anonymised registrations (deviations) can
// refuse it. A heuristic: it errs on the side of refusing, but an ordinary meeting date in a sentence without a
// name, or a date next to an institution's or a place's name ("Helse Vest", "Fjordby herad"), passes.

const MONTHS =
  "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des";

/** 12.03.1945, 12.3.45, 12/3-45, 12-03-1945, "12. mars 1945". */
const FULL_DATE = new RegExp(
  String.raw`(?<!\d)(?:0?[1-9]|[12]\d|3[01])\s?[./-]\s?(?:0?[1-9]|1[0-2])\s?[./-]\s?(?:\d{4}|\d{2})(?!\d)` +
    String.raw`|(?<!\d)(?:0?[1-9]|[12]\d|3[01])\.?\s+(?:${MONTHS})\.?\s+\d{4}(?!\d)`,
  "giu",
);

/** "født 1945", "fødd i 1945", "f. 12.3.45", "fødselsdato: 1.2.1950", "fdt. 1945", "f.d. 12.03.45", "DOB 1945". */
const BIRTH_MARKER = new RegExp(
  String.raw`(?<![\p{L}])(?:født|fødd|fødde|fødsels(?:dato|dag|år)|f\.\s?dato|fdt\.?|f\.d\.|f\.|dob|birth)` +
    String.raw`[\s:,]*(?:i\s+|den\s+|år\s+)?` +
    String.raw`(?:(?:0?[1-9]|[12]\d|3[01])\s?[./-]\s?(?:0?[1-9]|1[0-2])\s?[./-]\s?(?:\d{4}|\d{2})|(?:0?[1-9]|[12]\d|3[01])\.?\s+(?:${MONTHS})\.?\s+\d{4}|(?:19|20)\d{2}|'\d{2})(?!\d)`,
  "iu",
);

// Capitalised words that are not a person's name: institutions, places, bodies, months, weekdays and the words
// that often start a sentence in a deviation. A pair of capitalised words where either is one of these is no name.
const NOT_NAMES = new Set(
  [
    // institutions and services
    "helse", "bergen", "hf", "haraldsplass", "diakonale", "sykehus", "sjukehus", "sjukehuset", "sykehuset",
    "betanien", "solli", "dps", "haukeland", "universitetssjukehus", "universitetssykehus", "kommune", "kommunen",
    "herad", "legevakt", "legevakta", "legevakten", "nav", "norsk", "helsenett", "dips", "gerica", "profil",
    "cosdoc", "helseplattforma", "helseplattformen", "vestland", "fylke", "statsforvaltaren", "statsforvalteren",
    // areas and the 18 municipalities
    "bergensregionen", "nordhordland", "voss", "lokalsjukehusområde", "lokalsykehusområde", "askøy", "austevoll",
    "bjørnafjorden", "samnanger", "øygarden", "alver", "austrheim", "fedje", "gulen", "masfjorden", "modalen",
    "osterøy", "eidfjord", "kvam", "ulvik", "vaksdal", "os", "fana", "arna", "åsane", "laksevåg", "fyllingsdalen",
    "ytrebygda", "årstad", "bergenhus",
    // bodies and agreements
    "ssu", "ou", "områdeutval", "områdeutvalg", "områdeutvalet", "områdeutvalget", "strategisk", "samarbeidsutval",
    "samarbeidsutvalg", "tenesteavtale", "tjenesteavtale", "retningsline", "retningslinje", "overordna", "overordnet",
    "samhandlingsavvik", "handlingsplan", "partnarskapsmøte", "partnerskapsmøte",
    // months and weekdays
    ...MONTHS.split("|"),
    "måndag", "mandag", "tysdag", "tirsdag", "onsdag", "torsdag", "fredag", "laurdag", "lørdag", "sundag", "søndag",
    // common sentence openers
    "det", "den", "dei", "de", "vi", "eg", "jeg", "ein", "en", "eit", "et", "ei", "på", "i", "etter", "før", "under",
    "ved", "frå", "fra", "til", "om", "pasienten", "pasient", "bruker", "brukar", "kommunen", "avdelinga",
    "avdelingen", "sengeposten", "heimetenesta", "hjemmetjenesten", "epikrisen", "tilvisinga", "henvisningen",
    "melding", "meldinga", "meldingen", "innleggingsskrivet", "akuttmottaket", "ingen", "ikkje", "ikke", "og",
  ].map((word) => word.toLowerCase()),
);

const WORD = /[\p{L}][\p{L}'-]*\.?/gu;

type Token = { text: string; start: number; end: number };

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && !/^\p{Lu}{2,}\.?$/u.test(word);
const bare = (word: string) => word.replace(/\.$/, "").toLowerCase();
const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);

/** Character ranges of name-like runs: two or more capitalised words (or an initial and a word) in a row. */
function nameSpans(text: string): { start: number; end: number }[] {
  const words = tokens(text);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (!/^\s{1,2}$/u.test(between) && !(isInitial(a.text) && between === "")) continue;
    if (!isCapitalised(a.text) || !isCapitalised(b.text)) continue;
    // "Kari Nordmann" or "K. Nordmann"; the second word ends the name, so "Nordmann." at a sentence end still counts.
    if (a.text.endsWith(".") && !isInitial(a.text)) continue;
    if (NOT_NAMES.has(bare(a.text)) || NOT_NAMES.has(bare(b.text))) continue;
    spans.push({ start: a.start, end: b.end });
  }
  return spans;
}

/** How many words lie between two character positions (a name "next to" a date: at most a few words apart). */
function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

const NEAR_WORDS = 4;

function normalise(text: string): string {
  return text.normalize("NFKC").replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "");
}

/** True when `text` holds a birth date: a date marked as one ("født …"), or a full date a few words from a name. */
export function containsBirthDateNearName(input: string): boolean {
  const text = normalise(input);
  if (BIRTH_MARKER.test(text)) return true;
  const dates = [...text.matchAll(FULL_DATE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (dates.length === 0) return false;
  const names = nameSpans(text);
  return dates.some((date) =>
    names.some((name) =>
      name.end <= date.start
        ? wordsBetween(text, name.end, date.start) <= NEAR_WORDS
        : wordsBetween(text, date.end, name.start) <= NEAR_WORDS,
    ),
  );
}
