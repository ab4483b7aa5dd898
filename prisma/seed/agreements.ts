// The avtaleverk: the overarching agreement, the eleven service agreements and two guidelines, each with versions
// (the older one closed), SSU's yearly review, and a PDF of every current version.
import type { AgreementReviewRow, AgreementRow, AgreementVersionRow } from "./types";
import { BODY } from "./bodies";
import { ids } from "./ids";
import { addDays, dateOf, day, minDate, oslo } from "./time";
import { ssuDecemberMeeting } from "./schedule";
import type { Block } from "./text";
import { addPdfDocument, type DocumentRows } from "./documents";

type VersionSpec = { label: string; from: [number, number, number]; adoptedBy: string; note?: string };

type AgreementSpec = {
  slug: string;
  kind: "OVERARCHING" | "SERVICE" | "GUIDELINE";
  number?: number;
  title: [string, string];
  summary: [string, string];
  versions: VersionSpec[];
};

const STANDARD_VERSIONS: VersionSpec[] = [
  { label: "2016", from: [2016, 1, 1], adoptedBy: "Kommunestyra og styret i Helse Bergen" },
  { label: "2023", from: [2023, 7, 1], adoptedBy: "Partnarskapsmøtet 12.05.2023", note: "Oppdatert etter at helsefellesskapet vart etablert." },
];

const SERVICE: [number, [string, string], [string, string]][] = [
  [
    1,
    ["Ansvars- og oppgåvefordeling", "Ansvars- og oppgavefordeling"],
    [
      "Kva oppgåver kommunane og spesialisthelsetenesta har ansvar for, og korleis dei samarbeider når ansvaret grensar mot kvarandre.",
      "Hvilke oppgaver kommunene og spesialisthelsetjenesten har ansvar for, og hvordan de samarbeider når ansvaret grenser mot hverandre.",
    ],
  ],
  [
    2,
    ["Samarbeid om pasientar med behov for koordinerte tenester", "Samarbeid om pasienter med behov for koordinerte tjenester"],
    [
      "Individuell plan, koordinator og koordinerande eining for pasientar som treng langvarige og samansette tenester.",
      "Individuell plan, koordinator og koordinerende enhet for pasienter som trenger langvarige og sammensatte tjenester.",
    ],
  ],
  [
    3,
    ["Innlegging i sjukehus", "Innleggelse i sykehus"],
    ["Korleis innlegging i sjukehus skal skje, og kva informasjon som skal følgje pasienten.", "Hvordan innleggelse i sykehus skal skje, og hvilken informasjon som skal følge pasienten."],
  ],
  [
    4,
    ["Kommunalt døgnopphald for øyeblikkeleg hjelp", "Kommunalt døgnopphold for øyeblikkelig hjelp"],
    ["Kommunane sitt tilbod om døgnopphald for øyeblikkeleg hjelp og samarbeidet med sjukehusa om det.", "Kommunenes tilbud om døgnopphold for øyeblikkelig hjelp og samarbeidet med sykehusene om det."],
  ],
  [
    5,
    ["Utskriving av pasientar som treng kommunale tenester", "Utskrivning av pasienter som trenger kommunale tjenester"],
    [
      "Samarbeid om utskrivingsklare pasientar: varsling, planlegging av utskriving og informasjon som skal følgje pasienten.",
      "Samarbeid om utskrivningsklare pasienter: varsling, planlegging av utskrivning og informasjon som skal følge pasienten.",
    ],
  ],
  [
    6,
    ["Kunnskapsoverføring, informasjonsutveksling, faglege nettverk og hospitering", "Kunnskapsoverføring, informasjonsutveksling, faglige nettverk og hospitering"],
    ["Gjensidig kunnskapsoverføring og informasjonsutveksling, faglege nettverk og hospitering.", "Gjensidig kunnskapsoverføring og informasjonsutveksling, faglige nettverk og hospitering."],
  ],
  [
    7,
    ["Forsking, utdanning, praksis og læretid", "Forskning, utdanning, praksis og læretid"],
    ["Samarbeid om forsking, utdanning, praksisplassar og læretid.", "Samarbeid om forskning, utdanning, praksisplasser og læretid."],
  ],
  [
    8,
    ["Svangerskaps-, fødsels- og barselomsorg", "Svangerskaps-, fødsels- og barselomsorg"],
    ["Samarbeid om jordmortenester, følgjeteneste og oppfølging etter fødsel.", "Samarbeid om jordmortjenester, følgetjeneste og oppfølging etter fødsel."],
  ],
  [
    9,
    ["IKT-løysingar og elektronisk samhandling", "IKT-løsninger og elektronisk samhandling"],
    ["Felles bruk av elektroniske meldingar og andre IKT-løysingar for samhandling.", "Felles bruk av elektroniske meldinger og andre IKT-løsninger for samhandling."],
  ],
  [
    10,
    ["Førebygging", "Forebygging"],
    ["Samarbeid om helsefremjande og førebyggjande arbeid.", "Samarbeid om helsefremmende og forebyggende arbeid."],
  ],
  [
    11,
    ["Beredskap og den akuttmedisinske kjeda", "Beredskap og den akuttmedisinske kjeden"],
    ["Omforeinte beredskapsplanar og planar for den akuttmedisinske kjeda.", "Omforente beredskapsplaner og planer for den akuttmedisinske kjeden."],
  ],
];

const AGREEMENTS: AgreementSpec[] = [
  {
    slug: "overordna-samarbeidsavtale",
    kind: "OVERARCHING",
    title: ["Overordna samarbeidsavtale", "Overordnet samarbeidsavtale"],
    summary: [
      "Avtalen mellom kommunane og spesialisthelsetenesta om formålet med samarbeidet, organiseringa av helsefellesskapet og korleis usemje vert løyst.",
      "Avtalen mellom kommunene og spesialisthelsetjenesten om formålet med samarbeidet, organiseringen av helsefellesskapet og hvordan uenighet løses.",
    ],
    versions: STANDARD_VERSIONS,
  },
  ...SERVICE.map(
    ([number, title, summary]): AgreementSpec => ({
      slug: `tenesteavtale-${number}`,
      kind: "SERVICE",
      number,
      title,
      summary,
      versions:
        number === 5
          ? [
              ...STANDARD_VERSIONS,
              { label: "2025", from: [2025, 9, 1], adoptedBy: "SSU 04.09.2025", note: "Presisering av kva som skal følgje pasienten ved utskriving." },
            ]
          : STANDARD_VERSIONS,
    }),
  ),
  {
    slug: "retningsline-medverknad-og-representasjon",
    kind: "GUIDELINE",
    title: ["Retningsline for medverknad og representasjon", "Retningslinje for medvirkning og representasjon"],
    summary: [
      "Korleis partane, brukarane, fastlegane og dei tilsette er representerte i samarbeidsorgana, med reglar for samansetjing, personlege varaer og funksjonstid.",
      "Hvordan partene, brukerne, fastlegene og de ansatte er representert i samarbeidsorganene, med regler for sammensetning, personlige vararepresentanter og funksjonstid.",
    ],
    versions: [{ label: "2022", from: [2022, 11, 30], adoptedBy: "SSU 30.11.2022" }],
  },
  {
    slug: "retningsline-samhandlingsavvik",
    kind: "GUIDELINE",
    title: ["Retningsline for samhandlingsavvik", "Retningslinje for samhandlingsavvik"],
    summary: [
      "Korleis partane melder, følgjer opp og rapporterer samhandlingsavvik, og korleis anonymiserte tal vert brukte i forbetringsarbeidet.",
      "Hvordan partene melder, følger opp og rapporterer samhandlingsavvik, og hvordan anonymiserte tall brukes i forbedringsarbeidet.",
    ],
    versions: [
      { label: "2020", from: [2020, 9, 1], adoptedBy: "SSU 27.08.2020" },
      { label: "2024", from: [2024, 3, 1], adoptedBy: "SSU 15.02.2024", note: "Tydelegare skilje mellom identifiserbare avviksmeldingar og anonymiserte tal." },
    ],
  },
];

export type AgreementRows = { agreements: AgreementRow[]; versions: AgreementVersionRow[]; reviews: AgreementReviewRow[] };

function agreementBlocks(spec: AgreementSpec, version: VersionSpec): Block[] {
  const name = spec.kind === "SERVICE" ? `Tenesteavtale ${spec.number}: ${spec.title[0]}` : spec.title[0];
  return [
    { type: "h1", text: name },
    { type: "p", label: "Versjon", text: `${version.label}, gjeld frå ${version.from[2]}.${version.from[1]}.${version.from[0]}` },
    { type: "p", label: "Vedteken av", text: version.adoptedBy },
    { type: "h2", text: "§ 1 Partar" },
    {
      type: "p",
      text: "Partar i avtalen er kommunane i helsefellesskapet og Helse Bergen HF. Haraldsplass Diakonale Sykehus og dei andre private ideelle institusjonane er omfatta gjennom avtalane sine med Helse Bergen.",
    },
    { type: "h2", text: "§ 2 Formål" },
    { type: "p", text: spec.summary[0] },
    { type: "h2", text: "§ 3 Ansvar og samarbeid" },
    {
      type: "p",
      text: "Partane har kvar sitt ansvar etter lov og forskrift. Avtalen skildrar korleis partane samarbeider slik at pasientar og brukarar får heilskaplege og samanhengande tenester.",
    },
    { type: "h2", text: "§ 4 Avvik og usemje" },
    {
      type: "p",
      text: "Brot på avtalen vert melde som samhandlingsavvik etter retningslina for samhandlingsavvik. Usemje om tolking av avtalen vert først drøfta i områdeutvalet og kan sendast til Strategisk samarbeidsutval.",
    },
    { type: "h2", text: "§ 5 Revisjon" },
    { type: "p", text: "Avtalen vert gjennomgått kvart år av Strategisk samarbeidsutval og revidert ved behov." },
  ];
}

export async function buildAgreements(anchorYear: number, now: Date, docs: DocumentRows): Promise<AgreementRows> {
  const out: AgreementRows = { agreements: [], versions: [], reviews: [] };
  const created = oslo(anchorYear - 2, 12, 15, 12, 0);
  for (const [index, spec] of AGREEMENTS.entries()) {
    const agreementId = ids.agreement(spec.slug);
    out.agreements.push({
      id: agreementId,
      slug: spec.slug,
      kind: spec.kind,
      number: spec.number ?? null,
      title: spec.title[0],
      titleNb: spec.title[1],
      summary: spec.summary[0],
      summaryNb: spec.summary[1],
      sortOrder: index + 1,
      createdAt: created,
      updatedAt: created,
    });
    spec.versions.forEach((v, i) => {
      const next = spec.versions[i + 1];
      const validFrom = day(...v.from);
      const versionId = ids.agreementVersion(spec.slug, v.label);
      out.versions.push({
        id: versionId,
        agreementId,
        label: v.label,
        validFrom,
        validTo: next ? addDays(day(...next.from), -1) : null,
        adoptedOn: adoptedOn(v.adoptedBy) ?? addDays(validFrom, -30),
        adoptedBy: v.adoptedBy,
        note: v.note ?? null,
        createdAt: minDate(created, oslo(...v.from, 12, 0)),
      });
    });
    const currentVersion = spec.versions[spec.versions.length - 1]!;
    await addPdfDocument(docs, {
      id: ids.document(`avtale-${spec.slug}-${currentVersion.label}`),
      kind: "AGREEMENT",
      title: spec.kind === "SERVICE" ? `Tenesteavtale ${spec.number}: ${spec.title[0]}` : spec.title[0],
      titleNb: spec.kind === "SERVICE" ? `Tjenesteavtale ${spec.number}: ${spec.title[1]}` : spec.title[1],
      fileName: `${spec.slug}-${currentVersion.label}.pdf`,
      pdfDate: oslo(...currentVersion.from, 12, 0),
      createdAt: created,
      blocks: agreementBlocks(spec, currentVersion),
      agreementVersionId: ids.agreementVersion(spec.slug, currentVersion.label),
    });
  }

  // SSU reviews the agreements every December; last year's review always, this year's once the meeting is held.
  for (const year of [anchorYear - 1, anchorYear]) {
    const meeting = ssuDecemberMeeting(year);
    if (meeting.endsAt > now) continue;
    for (const spec of AGREEMENTS) {
      out.reviews.push({
        id: ids.review(year, spec.slug),
        agreementId: ids.agreement(spec.slug),
        year,
        reviewedOn: dateOf(meeting.startsAt),
        bodyId: ids.body(BODY.ssu),
        outcome: reviewOutcome(spec),
        createdAt: meeting.endsAt,
      });
    }
    out.reviews.push({
      id: ids.review(year, "samla"),
      agreementId: null,
      year,
      reviewedOn: dateOf(meeting.startsAt),
      bodyId: ids.body(BODY.ssu),
      outcome:
        "Avtaleverket fungerer i hovudsak godt. Utskriving, legemiddel og elektroniske meldingar er dei viktigaste forbetringsområda, og tenesteavtale 5 og retningslina for samhandlingsavvik vert prioriterte ved neste revisjon.",
      createdAt: meeting.endsAt,
    });
  }
  return out;
}

/** "SSU 30.11.2022" → 2022-11-30. */
function adoptedOn(adoptedBy: string): Date | null {
  const match = /(\d{2})\.(\d{2})\.(\d{4})/.exec(adoptedBy);
  return match ? day(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

function reviewOutcome(spec: AgreementSpec): string {
  if (spec.slug === "tenesteavtale-5") return "Avtalen vert revidert; sjå tiltak 1.1 i handlingsplanen. Samhandlingsavvika viser at varsling og legemiddellister må følgjast opp.";
  if (spec.slug === "tenesteavtale-2") return "Avtalen vert revidert når tilrådinga om koordinering for barn og unge ligg føre (tiltak 1.5).";
  if (spec.slug === "retningsline-samhandlingsavvik") return "Retningslina fungerer, men malen for årsrapporten bør forenklast.";
  return "Gjennomgått utan behov for endringar. Avtalen vert vidareført.";
}
