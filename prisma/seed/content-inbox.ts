// Cases that have not reached an agenda: new ones in the inbox (relative to now) and two closed ones from the
// previous year (one rejected, one withdrawn).
import { BODY } from "./bodies";
import type { PriorityGroup } from "./types";

export type InboxCase = {
  /** Reference number offset after the year's scheduled cases (1-based; closed ones use 5–6 so they never
   * collide with the inbox of the same year when the seed runs again a year later). */
  slot: number;
  status: "RECEIVED" | "ASSESSING" | "REJECTED" | "WITHDRAWN";
  target: string;
  submitter: string;
  title: string;
  description: string;
  desiredOutcome?: string;
  groups: PriorityGroup[];
  /** Inbox cases: submitted this many days before now. */
  daysAgo?: number;
  /** Closed cases: a fixed date in the previous year. */
  fixedYear?: number;
  month?: number;
  day?: number;
  closingNote?: string;
};

export function INBOX(year: number): InboxCase[] {
  return [
    {
      slot: 1,
      status: "ASSESSING",
      target: BODY.ssu,
      submitter: "helse-bergen",
      daysAgo: 16,
      title: "Felles oversikt over ledige korttidsplassar",
      description:
        "Sjukehusa ønskjer ei felles, oppdatert oversikt over ledige korttids- og avlastingsplassar i kommunane, slik at utskrivingar kan planleggjast betre.",
      desiredOutcome: "At SSU vurderer om ei felles løysing bør takast inn i handlingsplanen.",
      groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    },
    {
      slot: 2,
      status: "ASSESSING",
      target: BODY.bu,
      submitter: "kommunale-brukarrad",
      daysAgo: 11,
      title: "Samarbeid om barn som har vore utsette for vald eller overgrep",
      description:
        "Brukarråda peikar på at oppfølginga etter avhøyr og medisinsk undersøking ikkje alltid er koordinert mellom barnevern, helsestasjon og spesialisthelsetenesta.",
      groups: ["CHILDREN_YOUTH"],
    },
    {
      slot: 3,
      status: "RECEIVED",
      target: BODY.ou("nordhordland"),
      submitter: "fedje",
      daysAgo: 4,
      title: "Jordmortenester i små kommunar",
      description:
        "Små kommunar har vanskar med å rekruttere jordmor i deltidsstillingar. Kommunen ønskjer å drøfte eit interkommunalt samarbeid med støtte frå føde- og barselavdelinga.",
      groups: ["CHILDREN_YOUTH"],
    },
    {
      slot: 4,
      status: "RECEIVED",
      target: BODY.ssu,
      submitter: "austevoll",
      daysAgo: 2,
      title: "Opplæring i bruk av kjernejournal i heimetenestene",
      description:
        "Heimetenestene har fått tilgang til kjernejournal, men få tilsette har fått opplæring. Kommunen ønskjer eit felles opplæringsopplegg for heile helsefellesskapet.",
      groups: ["MULTIPLE_CHRONIC", "FRAIL_ELDERLY"],
    },
    {
      slot: 5,
      status: "REJECTED",
      target: BODY.ssu,
      submitter: "samnanger",
      fixedYear: year - 1,
      month: 3,
      day: 10,
      title: "Felles innkjøp av senger til sjukeheimane",
      description: "Kommunen føreslår at kommunane og sjukehusa kjøper inn sjukeheimssenger i fellesskap for å få betre prisar.",
      groups: [],
      closingNote:
        "Saka gjeld innkjøp hos den enkelte parten og høyrer ikkje til samarbeidsorgana. Sekretariatet har rådd innsendaren til å ta kontakt med innkjøpsavdelingane direkte.",
    },
    {
      slot: 6,
      status: "WITHDRAWN",
      target: BODY.ou("bergensregionen"),
      submitter: "bjornafjorden",
      fixedYear: year - 1,
      month: 5,
      day: 6,
      title: "Ventetid på hjelpemiddel etter utskriving",
      description: "Pasientar ventar for lenge på hjelpemiddel etter at dei er komne heim frå sjukehus.",
      groups: ["FRAIL_ELDERLY"],
      closingNote: "Innsendaren trekte saka fordi ho vart løyst direkte mellom partane.",
    },
  ];
}
