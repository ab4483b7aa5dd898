// Agenda content for SSU, the partnarskapsmøte, the secretariat and the working group.
import { ALL_GROUPS, type Text, type Topic } from "./topics";

const ARSRAPPORT: Topic = {
  key: "arsrapport",
  title: ["Årsrapport for helsefellesskapet {Y-1}", "Årsrapport for helsefellesskapet {Y-1}"],
  description:
    "Samarbeidssekretariatet legg fram utkast til årsrapport for {Y-1}. Rapporten samanfattar arbeidet i partnarskapsmøtet, SSU, områdeutvala og dei faglege samarbeidsutvala, status for tiltaka i handlingsplanen og oversikta over samhandlingsavvik.",
  desiredOutcome: "At SSU godkjenner årsrapporten slik at han kan sendast til partane.",
  decision: [
    "Strategisk samarbeidsutval godkjenner årsrapporten for {Y-1} med dei merknadene som kom fram i møtet. Rapporten vert send til partane og lagd fram for partnarskapsmøtet.",
    "Strategisk samarbeidsutvalg godkjenner årsrapporten for {Y-1} med de merknadene som kom fram i møtet. Rapporten sendes til partene og legges fram for partnerskapsmøtet.",
  ],
  groups: ALL_GROUPS,
  submitter: "sek",
};

export const AVVIK_ARSOVERSIKT: Topic = {
  key: "avvik-arsoversikt",
  title: ["Samhandlingsavvik – årsoversikt for {Y-1}", "Samhandlingsavvik – årsoversikt for {Y-1}"],
  description:
    "Oversikta viser dei anonymiserte samhandlingsavvika som partane registrerte i {Y-1}, fordelte på område, kategori og avtalepunkt. Dei fleste avvika gjeld utskriving, legemiddellister og elektroniske meldingar.",
  decision: [
    "SSU tek oversikta til orientering og ber områdeutvala bruke tala i det lokale forbetringsarbeidet, særleg når det gjeld utskriving og legemiddellister.",
    "SSU tar oversikten til orientering og ber områdeutvalgene bruke tallene i det lokale forbedringsarbeidet, særlig når det gjelder utskrivning og legemiddellister.",
  ],
  groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
  measure: "1.4",
  submitter: "sek",
};

const HOYRING: [Topic, Topic] = [
  {
    key: "hoyring",
    title: ["Høyringsinnspel til nasjonal helse- og samhandlingsplan", "Høringsinnspill til nasjonal helse- og samhandlingsplan"],
    description:
      "Departementet har sendt forslag til tiltak i den nasjonale helse- og samhandlingsplanen på høyring. Sekretariatet har laga utkast til eit felles innspel frå helsefellesskapet, med vekt på finansiering av samhandlingstiltak, digital samhandling og rekruttering.",
    decision: [
      "SSU sluttar seg til utkastet til høyringsinnspel med dei endringane som vart gjorde i møtet. Sekretariatet sender innspelet innan fristen.",
      "SSU slutter seg til utkastet til høringsinnspill med de endringene som ble gjort i møtet. Sekretariatet sender innspillet innen fristen.",
    ],
    groups: ALL_GROUPS,
    submitter: "sek",
  },
  {
    key: "hoyring",
    title: ["Høyringsinnspel om organiseringa av den akuttmedisinske kjeda", "Høringsinnspill om organiseringen av den akuttmedisinske kjeden"],
    description:
      "Eit offentleg utval har føreslått endringar i korleis legevakt, ambulanseteneste og akuttmottak er organiserte. Sekretariatet har samla innspel frå kommunane og sjukehusa til eit felles svar.",
    decision: [
      "SSU sluttar seg til det felles høyringsinnspelet. Partane står fritt til å sende eigne innspel i tillegg.",
      "SSU slutter seg til det felles høringsinnspillet. Partene står fritt til å sende egne innspill i tillegg.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    submitter: "sek",
  },
];

const PM_PLANNING: [Topic, Topic] = [
  {
    key: "pm-planlegging",
    title: ["Planlegging av partnarskapsmøtet {Y}", "Planlegging av partnerskapsmøtet {Y}"],
    description:
      "SSU planlegg partnarskapsmøtet i oktober. Sekretariatet føreslår temaet «Rett kompetanse på rett stad», og at årsrapporten og prioriteringane for handlingsplanen for {Y+1} vert lagde fram.",
    decision: [
      "SSU sluttar seg til forslaget til program for partnarskapsmøtet. Sekretariatet sender ut invitasjon til partane.",
      "SSU slutter seg til forslaget til program for partnerskapsmøtet. Sekretariatet sender ut invitasjon til partene.",
    ],
    groups: ALL_GROUPS,
    submitter: "sek",
  },
  {
    key: "pm-planlegging",
    title: ["Planlegging av partnarskapsmøtet {Y}", "Planlegging av partnerskapsmøtet {Y}"],
    description:
      "SSU planlegg partnarskapsmøtet i oktober. Sekretariatet føreslår temaet «Samhandling om dei som treng det mest», med innlegg frå brukarrepresentantane og dei faglege samarbeidsutvala.",
    decision: [
      "SSU sluttar seg til forslaget til program og ber brukarrepresentantane førebu eit eige innlegg.",
      "SSU slutter seg til forslaget til program og ber brukerrepresentantene forberede et eget innlegg.",
    ],
    groups: ALL_GROUPS,
    submitter: "sek",
  },
];

const SEPTEMBER: [Topic, Topic] = [
  {
    key: "evaluering-ta5",
    title: ["Evaluering av tenesteavtale 5 om utskrivingsklare pasientar", "Evaluering av tjenesteavtale 5 om utskrivningsklare pasienter"],
    description:
      "Områdeutvala har kartlagt korleis tenesteavtale 5 fungerer i praksis. Kartlegginga viser at varsel om utskrivingsklare pasientar ofte kjem seint på dagen, og at informasjon om legemiddel manglar i ein del epikrisar.",
    decision: [
      "SSU ber arbeidsgruppa for samordna utskriving innarbeide funna i forslaget til felles utskrivingsrutine. Tenesteavtale 5 vert vurdert revidert ved den årlege gjennomgangen av avtalane.",
      "SSU ber arbeidsgruppen for samordnet utskrivning innarbeide funnene i forslaget til felles utskrivningsrutine. Tjenesteavtale 5 vurderes revidert ved den årlige gjennomgangen av avtalene.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    measure: "1.1",
    submitter: "helse-bergen",
  },
  {
    key: "kompetanseplan-legemiddel",
    title: ["Felles kompetanseplan for legemiddelhandtering", "Felles kompetanseplan for legemiddelhåndtering"],
    description:
      "Fagleg samarbeidsutval for eldre og kronikarar har laga forslag til ein felles kompetanseplan for legemiddelhandtering i heimetenester, sjukeheimar og sjukehus.",
    decision: [
      "SSU vedtek kompetanseplanen og ber partane gjere han kjend i eigne organisasjonar. Status vert rapportert i handlingsplanen.",
      "SSU vedtar kompetanseplanen og ber partene gjøre den kjent i egne organisasjoner. Status rapporteres i handlingsplanen.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    measure: "1.3",
    submitter: "bergen",
  },
];

export const BUDGET: Topic = {
  key: "budsjett-sekretariat",
  title: ["Budsjett for samarbeidssekretariatet {Y+1}", "Budsjett for samarbeidssekretariatet {Y+1}"],
  description:
    "Utkast til budsjett for dei felles kostnadene i {Y+1}. Felleskostnadene vert delte likt mellom spesialisthelsetenesta og kommunane, og den kommunale delen vert fordelt etter den avtalte nøkkelen.",
  decision: [
    "SSU tilrår budsjettet for {Y+1} og legg det fram for partane. Fordelingsnøkkelen for den kommunale delen vert vidareført.",
    "SSU anbefaler budsjettet for {Y+1} og legger det fram for partene. Fordelingsnøkkelen for den kommunale delen videreføres.",
  ],
  groups: [],
  submitter: "sek",
};

export const ACTION_PLAN_CASE: Topic = {
  key: "handlingsplan",
  title: ["Felles handlingsplan for {Y+1}", "Felles handlingsplan for {Y+1}"],
  description:
    "Forslag til felles handlingsplan for {Y+1}, utarbeidd på grunnlag av innspel frå områdeutvala, dei faglege samarbeidsutvala og partnarskapsmøtet. Planen har to delar: oppfølging av samarbeidsavtalane og andre samarbeidstiltak.",
  decision: [
    "Strategisk samarbeidsutval vedtek felles handlingsplan for {Y+1} slik han ligg føre. Status for tiltaka vert rapportert som fast sak i utvala.",
    "Strategisk samarbeidsutvalg vedtar felles handlingsplan for {Y+1} slik den foreligger. Status for tiltakene rapporteres som fast sak i utvalgene.",
  ],
  groups: ALL_GROUPS,
  submitter: "sek",
};

const REVIEW: Topic = {
  key: "avtalegjennomgang",
  title: ["Årleg gjennomgang av samarbeidsavtalane {Y}", "Årlig gjennomgang av samarbeidsavtalene {Y}"],
  description:
    "SSU går kvart år gjennom den overordna samarbeidsavtalen, tenesteavtalane og retningslinene. Sekretariatet har samla erfaringar frå områdeutvala og frå samhandlingsavvika i året.",
  decision: [
    "Avtalane vert vidareførte utan endringar i år. Tenesteavtale 5 og retningslina for samhandlingsavvik vert prioriterte ved revisjonen neste år.",
    "Avtalene videreføres uten endringer i år. Tjenesteavtale 5 og retningslinjen for samhandlingsavvik prioriteres ved revisjonen neste år.",
  ],
  groups: [],
  submitter: "sek",
};

const MEETING_PLAN: Topic = {
  key: "moteplan",
  title: ["Møteplan for {Y+1}", "Møteplan for {Y+1}"],
  description: "Forslag til møteplan for SSU og områdeutvala i {Y+1}, med fem møte i SSU og partnarskapsmøtet i oktober.",
  decision: ["Møteplanen for {Y+1} vert vedteken.", "Møteplanen for {Y+1} vedtas."],
  groups: [],
  submitter: "sek",
};

/** SSU cases by meeting month; the year's parity picks between variants. */
export function ssuTopics(year: number, month: number): Topic[] {
  const v = year % 2;
  switch (month) {
    case 2:
      return [ARSRAPPORT, AVVIK_ARSOVERSIKT];
    case 4:
      return [HOYRING[v]!];
    case 6:
      return [PM_PLANNING[v]!];
    case 9:
      return [SEPTEMBER[v]!, BUDGET];
    case 12:
      return [ACTION_PLAN_CASE, REVIEW, MEETING_PLAN];
    default:
      return [];
  }
}

export function ssuOrientations(month: number): Text[] {
  const byMonth: Record<number, Text> = {
    2: ["Orientering frå områdeutvala", "Orientering fra områdeutvalgene"],
    4: ["Digital heimeoppfølging i kommunane – status", "Digital hjemmeoppfølging i kommunene – status"],
    6: ["Orientering frå Brukarutvalet i Helse Bergen", "Orientering fra Brukerutvalget i Helse Bergen"],
    9: ["Orientering frå dei faglege samarbeidsutvala", "Orientering fra de faglige samarbeidsutvalgene"],
    12: ["Samhandlingsavvik hittil i år", "Samhandlingsavvik hittil i år"],
  };
  return byMonth[month] ? [byMonth[month]] : [];
}

// ──────────────── Partnarskapsmøtet, secretariat, working group ────────────────

export function partnershipTopics(year: number): Topic[] {
  const nextHostMunicipal = (year + 1) % 2 === 1;
  return [
    {
      key: "prioriteringar",
      title: ["Prioriteringar for felles handlingsplan {Y+1}", "Prioriteringer for felles handlingsplan {Y+1}"],
      description: "SSU legg fram forslag til kva tiltak som bør prioriterast i handlingsplanen for {Y+1}.",
      decision: [
        "Partnarskapsmøtet sluttar seg til prioriteringane og ber SSU utarbeide handlingsplanen på dette grunnlaget.",
        "Partnerskapsmøtet slutter seg til prioriteringene og ber SSU utarbeide handlingsplanen på dette grunnlaget.",
      ],
      groups: ALL_GROUPS,
      submitter: "sek",
    },
    {
      key: "vertskap",
      title: ["Vertskap for partnarskapsmøtet {Y+1}", "Vertskap for partnerskapsmøtet {Y+1}"],
      description: "Vertskapet for partnarskapsmøtet skiftar annakvart år mellom kommunane og spesialisthelsetenesta.",
      decision: nextHostMunicipal
        ? ["Kommunane, ved Bergen kommune, er vertskap for partnarskapsmøtet i {Y+1}.", "Kommunene, ved Bergen kommune, er vertskap for partnerskapsmøtet i {Y+1}."]
        : ["Helse Bergen er vertskap for partnarskapsmøtet i {Y+1}.", "Helse Bergen er vertskap for partnerskapsmøtet i {Y+1}."],
      groups: [],
      submitter: "sek",
    },
  ];
}

export const PM_ORIENTATIONS: Text[] = [
  ["Årsrapport for helsefellesskapet {Y-1}", "Årsrapport for helsefellesskapet {Y-1}"],
  ["Innlegg frå brukarrepresentantane", "Innlegg fra brukerrepresentantene"],
];

export const SECRETARIAT_ORIENTATIONS: Text[] = [
  ["Gjennomgang av innkomne saker", "Gjennomgang av innkomne saker"],
  ["Førebuing av møte i SSU og områdeutvala", "Forberedelse av møter i SSU og områdeutvalgene"],
  ["Redaksjonelle saker for nettstaden", "Redaksjonelle saker for nettstedet"],
];

export const WORKING_GROUP_ORIENTATIONS: Text[] = [
  ["Status i arbeidet med felles utskrivingsrutine", "Status i arbeidet med felles utskrivningsrutine"],
  ["Gjennomgang av utkast til sjekkliste", "Gjennomgang av utkast til sjekkliste"],
];
