// The measures of the felles handlingsplan: the current year's plan and the previous year's (same themes, an
// earlier stage, now closed).
import type { MeasureStatus, PriorityGroup } from "./types";
import { BODY } from "./bodies";

export type MeasureSpec = {
  code: string;
  title: [string, string];
  description: [string, string];
  groups: PriorityGroup[];
  body: string;
  owner: string;
  ownerName: string;
  deadline: [month: number, day: number];
  status: MeasureStatus;
  progress: number;
  note: string;
};

const F: PriorityGroup = "FRAIL_ELDERLY";
const C: PriorityGroup = "MULTIPLE_CHRONIC";
const M: PriorityGroup = "SEVERE_MENTAL_ILLNESS_SUBSTANCE";
const B: PriorityGroup = "CHILDREN_YOUTH";

export const CURRENT: MeasureSpec[] = [
  {
    code: "1.1",
    title: ["Revidere tenesteavtale 5 om utskrivingsklare pasientar", "Revidere tjenesteavtale 5 om utskrivningsklare pasienter"],
    description: [
      "Avtalen skal oppdaterast med tydelegare krav til varsling, behandlingsplan og legemiddelliste ved utskriving.",
      "Avtalen skal oppdateres med tydeligere krav til varsling, behandlingsplan og legemiddelliste ved utskrivning.",
    ],
    groups: [F, C],
    body: BODY.ssu,
    owner: "helse-bergen",
    ownerName: "Samhandlingsdirektøren i Helse Bergen",
    deadline: [12, 31],
    status: "ON_TRACK",
    progress: 60,
    note: "Utkast til revidert avtale er sendt på innspelsrunde til områdeutvala.",
  },
  {
    code: "1.2",
    title: ["Felles rutine for samordna utskriving", "Felles rutine for samordnet utskrivning"],
    description: [
      "Arbeidsgruppa for samordna utskriving lagar ein felles rutine med sjekkliste for utskriving til kommunale tenester.",
      "Arbeidsgruppen for samordnet utskrivning lager en felles rutine med sjekkliste for utskrivning til kommunale tjenester.",
    ],
    groups: [F, C],
    body: BODY.ag,
    owner: "bergen",
    ownerName: "Leiaren av arbeidsgruppa for samordna utskriving",
    deadline: [12, 1],
    status: "AT_RISK",
    progress: 45,
    note: "Arbeidsgruppa har kartlagt rutinane, men treng meir tid til å forankre forslaget hos alle partane.",
  },
  {
    code: "1.3",
    title: ["Legemiddelsamstemming ved overgangar", "Legemiddelsamstemming ved overganger"],
    description: [
      "Innføre ei felles sjekkliste for legemiddelsamstemming ved innlegging og utskriving.",
      "Innføre en felles sjekkliste for legemiddelsamstemming ved innleggelse og utskrivning.",
    ],
    groups: [F, C],
    body: BODY.ou("bergen"),
    owner: "bergen",
    ownerName: "Etatsdirektør for heimetenester, Bergen kommune",
    deadline: [10, 31],
    status: "ON_TRACK",
    progress: 50,
    note: "Sjekklista er prøvd ut i to heimetenestedistrikt.",
  },
  {
    code: "1.4",
    title: ["Samhandlingsavvik i forbetringsarbeidet", "Samhandlingsavvik i forbedringsarbeidet"],
    description: [
      "Alle områdeutval har samhandlingsavvik som fast sak og vel ut minst eitt lokalt forbetringstiltak i året.",
      "Alle områdeutvalg har samhandlingsavvik som fast sak og velger ut minst ett lokalt forbedringstiltak i året.",
    ],
    groups: [F, C],
    body: BODY.ou("nordhordland"),
    owner: "alver",
    ownerName: "Kommunalsjef helse og meistring, Alver kommune",
    deadline: [12, 31],
    status: "ON_TRACK",
    progress: 70,
    note: "Alle områdeutvala har samhandlingsavvik som fast sak.",
  },
  {
    code: "1.5",
    title: [
      "Revidere tenesteavtale 2 om koordinerte tenester for barn og unge",
      "Revidere tjenesteavtale 2 om koordinerte tjenester for barn og unge",
    ],
    description: [
      "Avtalen skal ta inn ein felles modell for koordinering for barn og unge med samansette behov.",
      "Avtalen skal ta inn en felles modell for koordinering for barn og unge med sammensatte behov.",
    ],
    groups: [B],
    body: BODY.bu,
    owner: "helse-bergen",
    ownerName: "Klinikkdirektør, Barne- og ungdomsklinikken",
    deadline: [11, 30],
    status: "DELAYED",
    progress: 20,
    note: "Revisjonen er utsett til tilrådinga frå Fagleg samarbeidsutval for barn og unge ligg føre.",
  },
  {
    code: "1.6",
    title: ["Nye pleie- og omsorgsmeldingar med legemiddelinformasjon", "Nye pleie- og omsorgsmeldinger med legemiddelinformasjon"],
    description: [
      "Ta i bruk den nye versjonen av pleie- og omsorgsmeldingane med strukturert legemiddelinformasjon (tenesteavtale 9).",
      "Ta i bruk den nye versjonen av pleie- og omsorgsmeldingene med strukturert legemiddelinformasjon (tjenesteavtale 9).",
    ],
    groups: [C],
    body: BODY.ou("voss"),
    owner: "voss",
    ownerName: "Kommunalsjef helse og omsorg, Voss herad",
    deadline: [6, 30],
    status: "COMPLETED",
    progress: 100,
    note: "Alle kommunane i Voss lokalsjukehusområde har teke i bruk dei nye meldingane.",
  },
  {
    code: "2.1",
    title: ["Felles forløp for personar med samtidig rus- og psykisk liding", "Felles forløp for personer med samtidig rus- og psykisk lidelse"],
    description: [
      "Eit felles forløp frå tilvising til oppfølging i kommunen, med tydeleg ansvarsdeling.",
      "Et felles forløp fra henvisning til oppfølging i kommunen, med tydelig ansvarsdeling.",
    ],
    groups: [M],
    body: BODY.phr,
    owner: "helse-bergen",
    ownerName: "Direktør, Divisjon psykisk helsevern",
    deadline: [12, 31],
    status: "ON_TRACK",
    progress: 40,
    note: "Utkast til forløp er drøfta i Fagleg samarbeidsutval for psykisk helse og rus.",
  },
  {
    code: "2.2",
    title: ["FACT-team i Nordhordland", "FACT-team i Nordhordland"],
    description: [
      "Etablere eit felles ambulant team etter FACT-modellen for kommunane i Nordhordland og DPS.",
      "Etablere et felles ambulant team etter FACT-modellen for kommunene i Nordhordland og DPS.",
    ],
    groups: [M],
    body: BODY.ou("nordhordland"),
    owner: "helse-bergen",
    ownerName: "Direktør, Nordhordland DPS",
    deadline: [12, 31],
    status: "AT_RISK",
    progress: 30,
    note: "Finansieringa av teamet er ikkje avklart med alle kommunane.",
  },
  {
    code: "2.3",
    title: ["Tidleg innsats for barn og unge med psykiske vanskar", "Tidlig innsats for barn og unge med psykiske vansker"],
    description: [
      "Faste rettleiingsmøte mellom BUP og helsestasjon og skulehelseteneste i alle område.",
      "Faste veiledningsmøter mellom BUP og helsestasjon og skolehelsetjeneste i alle områder.",
    ],
    groups: [B, M],
    body: BODY.bu,
    owner: "bergen",
    ownerName: "Fagdirektør, Etat for barn og familie, Bergen kommune",
    deadline: [12, 31],
    status: "ON_TRACK",
    progress: 55,
    note: "Rettleiingsmøta er i gang i tre av fire område.",
  },
  {
    code: "2.4",
    title: ["Barn som pårørande – felles rutine", "Barn som pårørende – felles rutine"],
    description: [
      "Ein felles rutine for kontakt mellom sjukehus, helsestasjon og skule når foreldre vert alvorleg sjuke.",
      "En felles rutine for kontakt mellom sykehus, helsestasjon og skole når foreldre blir alvorlig syke.",
    ],
    groups: [B],
    body: BODY.ou("bergensregionen"),
    owner: "askoy",
    ownerName: "Kommunalsjef helse og velferd, Askøy kommune",
    deadline: [12, 31],
    status: "NOT_STARTED",
    progress: 0,
    note: "Oppstarten er planlagd når rutinen er vedteken i områdeutvalet.",
  },
  {
    code: "2.5",
    title: ["Digital heimeoppfølging for personar med fleire kroniske lidingar", "Digital hjemmeoppfølging for personer med flere kroniske lidelser"],
    description: [
      "Utvide utprøvinga av digital heimeoppfølging til fleire kommunar og pasientgrupper.",
      "Utvide utprøvingen av digital hjemmeoppfølging til flere kommuner og pasientgrupper.",
    ],
    groups: [C],
    body: BODY.ek,
    owner: "haraldsplass",
    ownerName: "Medisinsk direktør, Haraldsplass Diakonale Sykehus",
    deadline: [12, 31],
    status: "ON_TRACK",
    progress: 65,
    note: "Utprøvinga omfattar no pasientar med kols og hjartesvikt i fire kommunar.",
  },
  {
    code: "2.6",
    title: ["Felles kompetanseprogram i geriatri for heimetenestene", "Felles kompetanseprogram i geriatri for hjemmetjenestene"],
    description: [
      "Tre felles kurssamlingar om skrøpelege eldre for tilsette i heimetenester og sengepostar.",
      "Tre felles kurssamlinger om skrøpelige eldre for ansatte i hjemmetjenester og sengeposter.",
    ],
    groups: [F],
    body: BODY.ek,
    owner: "haraldsplass",
    ownerName: "Overlege, geriatrisk seksjon, Haraldsplass",
    deadline: [12, 31],
    status: "ON_TRACK",
    progress: 35,
    note: "Den første kurssamlinga er gjennomført; to står att.",
  },
  {
    code: "2.7",
    title: ["Hospitering mellom kommunar og sjukehus", "Hospitering mellom kommuner og sykehus"],
    description: [
      "Ei fast ordning der sjukepleiarar hospiterer hos den andre parten.",
      "En fast ordning der sykepleiere hospiterer hos den andre parten.",
    ],
    groups: [F, C],
    body: BODY.ou("voss"),
    owner: "helse-bergen",
    ownerName: "Direktør, Voss sjukehus",
    deadline: [9, 30],
    status: "COMPLETED",
    progress: 100,
    note: "Ordninga er etablert, og 14 hospiteringar er gjennomførte.",
  },
  {
    code: "2.8",
    title: ["Felles styringsinformasjon for helsefellesskapet", "Felles styringsinformasjon for helsefellesskapet"],
    description: [
      "Eit felles sett med indikatorar for samhandlinga, rapportert til SSU to gonger i året.",
      "Et felles sett med indikatorer for samhandlingen, rapportert til SSU to ganger i året.",
    ],
    groups: [B, M, F, C],
    body: BODY.ssu,
    owner: "helse-bergen",
    ownerName: "Samarbeidssekretariatet",
    deadline: [12, 31],
    status: "DELAYED",
    progress: 25,
    note: "Arbeidet med felles datagrunnlag ventar på avklaring av tilgangen til data.",
  },
  {
    code: "2.9",
    title: ["Ambulant akutteam for eldre i Bergen", "Ambulant akutteam for eldre i Bergen"],
    description: [
      "Utgreie eit ambulant team som kan vurdere eldre heime før innlegging.",
      "Utrede et ambulant team som kan vurdere eldre hjemme før innleggelse.",
    ],
    groups: [F],
    body: BODY.ou("bergen"),
    owner: "bergen",
    ownerName: "Etatsdirektør for heimetenester, Bergen kommune",
    deadline: [6, 30],
    status: "CANCELLED",
    progress: 10,
    note: "Tiltaket er avslutta og innarbeidd i tiltak 1.2.",
  },
];

/** The previous year's plan: the same themes at an earlier stage, now closed. */
export const PREVIOUS: Record<string, { title: [string, string]; status: MeasureStatus; progress: number; note: string }> = {
  "1.1": {
    title: ["Kartleggje korleis tenesteavtale 5 fungerer i praksis", "Kartlegge hvordan tjenesteavtale 5 fungerer i praksis"],
    status: "COMPLETED",
    progress: 100,
    note: "Kartlegginga er gjennomført i alle område.",
  },
  "1.2": {
    title: ["Førebu ein felles rutine for samordna utskriving", "Forberede en felles rutine for samordnet utskrivning"],
    status: "COMPLETED",
    progress: 100,
    note: "Arbeidsgruppa er oppretta, og arbeidet held fram neste år.",
  },
  "1.3": {
    title: ["Kunnskapsgrunnlag for legemiddelsamstemming", "Kunnskapsgrunnlag for legemiddelsamstemming"],
    status: "COMPLETED",
    progress: 100,
    note: "Kunnskapsgrunnlaget er lagt fram for SSU.",
  },
  "1.4": {
    title: ["Samhandlingsavvik som fast sak i områdeutvala", "Samhandlingsavvik som fast sak i områdeutvalgene"],
    status: "COMPLETED",
    progress: 100,
    note: "Innført i alle områdeutval.",
  },
  "1.5": {
    title: ["Kartleggje koordineringa for barn og unge med samansette behov", "Kartlegge koordineringen for barn og unge med sammensatte behov"],
    status: "DELAYED",
    progress: 70,
    note: "Vidareført i handlingsplanen for neste år.",
  },
  "2.1": {
    title: ["Kartleggje tilbodet til personar med ROP-lidingar", "Kartlegge tilbudet til personer med ROP-lidelser"],
    status: "COMPLETED",
    progress: 100,
    note: "Kartlegginga er ferdig og ligg til grunn for eit felles forløp.",
  },
  "2.2": {
    title: ["Førebu FACT-team i fleire område", "Forberede FACT-team i flere områder"],
    status: "DELAYED",
    progress: 60,
    note: "Vidareført i handlingsplanen for neste år.",
  },
  "2.3": {
    title: ["Rettleiing mellom BUP og helsestasjonane – utprøving", "Veiledning mellom BUP og helsestasjonene – utprøving"],
    status: "COMPLETED",
    progress: 100,
    note: "Utprøvinga er evaluert med godt resultat.",
  },
  "2.4": {
    title: ["Barn som pårørande – kartlegging av rutinar", "Barn som pårørende – kartlegging av rutiner"],
    status: "COMPLETED",
    progress: 100,
    note: "Rutinane hos partane er kartlagde.",
  },
  "2.5": {
    title: ["Digital heimeoppfølging – utprøving i to kommunar", "Digital hjemmeoppfølging – utprøving i to kommuner"],
    status: "COMPLETED",
    progress: 100,
    note: "Utprøvinga er gjennomført og vert utvida.",
  },
};
