// Anonymised samhandlingsavvik: counts per area, party, category and agreement clause – short generic
// descriptions only, never a name, a date of birth, a national identity number or any other patient detail.
import type { DeviationMeasureRow, DeviationRow } from "./types";
import { ids } from "./ids";
import { addDays, day, minDate, osloParts, oslo } from "./time";
import { municipalitiesIn, type AreaSlug } from "./structure";

type Category = DeviationRow["category"];

const DESCRIPTIONS: Record<Category, string[]> = {
  DISCHARGE: [
    "Pasienten vart meld utskrivingsklar utan at kommunen hadde fått pleie- og omsorgsmelding.",
    "Utskrivinga skjedde seint på kvelden utan førehandsvarsel til heimetenesta.",
    "Epikrise og sjukepleiarrapport mangla då pasienten kom til korttidsplass.",
  ],
  MEDICATION_LIST: [
    "Legemiddellista i epikrisen var ikkje samstemd med det pasienten faktisk brukte.",
    "Endringar i legemiddelbruken under opphaldet var ikkje grunngjevne i epikrisen.",
  ],
  REFERRAL: [
    "Tilvisinga vart returnert utan at det gjekk fram kva opplysningar som mangla.",
    "Det tok lang tid før tilvisinga vart vurdert, og tilvisar fekk ikkje melding om ventetida.",
  ],
  COMMUNICATION: [
    "Kommunen fekk ikkje svar på telefon til sengeposten trass i fleire forsøk.",
    "Det var uklart kven som var kontaktperson i sjukehuset for ein pasient med samansette behov.",
  ],
  E_MESSAGES: [
    "Ei elektronisk melding vart send til feil mottakar i kommunen.",
    "Pleie- og omsorgsmeldinga vart ikkje stadfesta motteken og måtte sendast på nytt.",
  ],
  ADMISSION: [
    "Innleggingsskrivet mangla oppdatert legemiddelliste.",
    "Pasienten kom til akuttmottaket utan at legevakta hadde varsla på førehand.",
  ],
  OTHER: ["Hjelpemiddel som pasienten trong heime, var ikkje bestilte før utskrivinga."],
};

const FOLLOW_UP: Record<Category, string> = {
  DISCHARGE: "Drøfta i områdeutvalet; rutinen for varsling før utskriving er presisert.",
  MEDICATION_LIST: "Teke opp med avdelinga; sjekklista for legemiddelsamstemming vert nytta.",
  REFERRAL: "Tilbakemeldinga til tilvisar er lagd inn i malen for retur av tilvisingar.",
  COMMUNICATION: "Faste kontaktpunkt er gjort kjende for heimetenestene.",
  E_MESSAGES: "Adresseregisteret er retta, og mottaket i kommunen er følgt opp.",
  ADMISSION: "Minna om krava i tenesteavtale 3 i møte med legevakta.",
  OTHER: "Teke opp i det lokale nettverket.",
};

/** Category → agreement and clause. */
const CLAUSE: Record<Category, [string, string] | null> = {
  DISCHARGE: ["tenesteavtale-5", "§ 6.2"],
  MEDICATION_LIST: ["tenesteavtale-5", "§ 6.4"],
  REFERRAL: ["tenesteavtale-3", "§ 4.1"],
  COMMUNICATION: ["tenesteavtale-6", "§ 3.2"],
  E_MESSAGES: ["tenesteavtale-9", "§ 5.1"],
  ADMISSION: ["tenesteavtale-3", "§ 5.2"],
  OTHER: null,
};

/** Measures in the action plan that the deviations of a category feed into. */
const MEASURE: Partial<Record<Category, string>> = { DISCHARGE: "1.2", MEDICATION_LIST: "1.3", E_MESSAGES: "1.6" };

const CATEGORIES: Category[] = [
  "DISCHARGE",
  "MEDICATION_LIST",
  "DISCHARGE",
  "E_MESSAGES",
  "REFERRAL",
  "COMMUNICATION",
  "DISCHARGE",
  "ADMISSION",
  "MEDICATION_LIST",
  "OTHER",
];
const SEVERITIES: DeviationRow["severity"][] = ["MEDIUM", "LOW", "HIGH", "MEDIUM", "LOW", "MEDIUM", "LOW"];
const AREA_ORDER: AreaSlug[] = ["bergen", "bergensregionen", "nordhordland", "voss", "bergen", "nordhordland"];

/** Extra registrations per year for real charts (see buildDeviations). */
const BULK = 72;
const BULK_AREAS: AreaSlug[] = ["bergen", "bergensregionen", "bergen"];
const BULK_CATEGORIES: Category[] = ["DISCHARGE", "MEDICATION_LIST", "DISCHARGE", "E_MESSAGES", "DISCHARGE", "REFERRAL", "COMMUNICATION", "MEDICATION_LIST"];

export function buildDeviations(
  year: number,
  now: Date,
  measureExists: (year: number, code: string) => boolean,
): { deviations: DeviationRow[]; links: DeviationMeasureRow[] } {
  const deviations: DeviationRow[] = [];
  const links: DeviationMeasureRow[] = [];
  const nowParts = osloParts(now);
  const monthsThisYear = nowParts.year === year ? nowParts.month : 12;
  const add = (i: number, y: number, n: number, month: number, area: AreaSlug, category: Category) => {
    const municipalities = municipalitiesIn(area);
    const municipality = municipalities[(i * 3) % municipalities.length]!.slug;
    const hospital = area !== "voss" && i % 5 === 2 ? "haraldsplass" : "helse-bergen";
    // Most reports come from the municipalities about the hospitals; some go the other way.
    const fromMunicipality = i % 4 !== 3;
    const texts = DESCRIPTIONS[category];
    const clause = CLAUSE[category];
    const registered = minDate(oslo(y, month, 8 + (i % 15), 11, 0), now);
    const handled = addDays(registered, 35);
    const id = ids.deviation(y, n + 1);
    deviations.push({
      id,
      areaId: ids.area(area),
      reportingPartyId: ids.party(fromMunicipality ? municipality : hospital),
      concernedPartyId: ids.party(fromMunicipality ? hospital : municipality),
      category,
      agreementId: clause ? ids.agreement(clause[0]) : null,
      clause: clause ? clause[1] : null,
      month: day(y, month, 1),
      severity: SEVERITIES[i % SEVERITIES.length]!,
      description: texts[i % texts.length]!,
      followUp: handled <= now ? FOLLOW_UP[category] : null,
      handledOn: handled <= now ? day(osloParts(handled).year, osloParts(handled).month, osloParts(handled).day) : null,
      registeredAt: registered,
      updatedAt: handled <= now ? handled : registered,
      version: 1,
    });
    const code = MEASURE[category];
    if (code && measureExists(y, code)) links.push({ deviationId: id, measureId: ids.measure(y, code) });
  };
  // The first 30: spread thin over areas, categories and months (every count below the suppression threshold).
  for (let i = 0; i < 30; i++) {
    const previous = i < 16;
    const y = previous ? year - 1 : year;
    const n = previous ? i : i - 16;
    const month = previous ? (n % 12) + 1 : (n % monthsThisYear) + 1;
    add(i, y, n, month, AREA_ORDER[i % AREA_ORDER.length]!, CATEGORIES[i % CATEGORIES.length]!);
  }
  // Issue 14.7: enough registrations for real charts – BULK more per year, concentrated on the first half-year, the
  // two Bergen areas and the common categories, so those counts reach the threshold while the rest stays
  // suppressed ("<5"). Numbered after the first 30 (ids unchanged for them), so a database seeded before keeps its
  // rows and gets only these added.
  const bulkMonths = Math.max(1, Math.min(6, monthsThisYear));
  for (const [y, first, months] of [[year - 1, 16, 6], [year, 14, bulkMonths]] as const) {
    for (let k = 0; k < BULK; k++) {
      add(30 + k, y, first + k, (k % months) + 1, BULK_AREAS[k % BULK_AREAS.length]!, BULK_CATEGORIES[k % BULK_CATEGORIES.length]!);
    }
  }
  return { deviations, links };
}
