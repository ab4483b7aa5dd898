// Bokmål. `satisfies Messages` makes the compiler demand every key nynorsk has, and nothing more.
import type { Messages } from "./index";

export const nb = {
  languageName: "Bokmål",

  site: {
    name: "Saman",
    tagline: "Helsefellesskapet i Bergen-området",
    titleTemplate: "%s – Saman",
    defaultTitle: "Saman – helsefellesskapet i Bergen-området",
    description:
      "Saman er nettstedet til helsefellesskapet der Helse Bergen, Haraldsplass og de andre sykehusene samarbeider med 18 kommuner i Bergen-området: organisering, møter og referater, handlingsplan og avtaler.",
  },

  skipLink: "Hopp til hovedinnholdet",

  nav: {
    label: "Hovedmeny",
    items: {
      home: "Forsiden",
      organisation: "Organisering",
      meetings: "Møter",
      actionPlan: "Handlingsplan",
      agreements: "Avtaler",
      news: "Nyheter",
      search: "Søk",
      submitCase: "Meld inn sak",
    },
  },

  footer: {
    contactHeading: "Kontakt",
    contactBody:
      "Samarbeidssekretariatet er sekretariat for partnerskapsmøtet og strategisk samarbeidsutvalg, binder sammen samarbeidsorganene og har det redaksjonelle ansvaret for Saman.",
    contactPlaceholder: "Kontaktinformasjon til samarbeidssekretariatet kommer her.",
    linksHeading: "Om nettstedet",
    about: "Om Saman",
    accessibility: "Tilgjengelighetserklæring",
    owner: "Helsefellesskapet i Bergen-området",
  },

  dates: {
    full: "EEEE d. MMMM yyyy",
    long: "d. MMMM yyyy",
    short: "dd.MM.yyyy",
    time: "'kl.' HH.mm",
    timeBare: "HH.mm",
    timeRange: "{start}–{end}",
    dateAndTime: "{date}, {time}",
  },

  home: {
    heading: "Helsefellesskapet i Bergen-området",
    intro:
      "I helsefellesskapet planlegger og utvikler kommunene og spesialisthelsetjenesten helse- og omsorgstjenestene sammen, med brukere, fastleger og ansatte rundt bordet. Her finner du møtene i samarbeidsorganene og referatene fra dem.",
    upcoming: {
      heading: "Kommende møter",
      empty: "Det er ingen planlagte møter akkurat nå.",
    },
    minutes: {
      heading: "Siste referater",
      empty: "Ingen referater er publisert ennå.",
      item: "Referat fra møtet {date}",
    },
  },

  meeting: {
    when: "Tid",
    where: "Sted",
    noLocation: "Sted er ikke fastsatt",
  },

  about: {
    title: "Om Saman",
    lead: "Saman er det felles nettstedet til helsefellesskapet i Bergen-området. Her finner du hvordan samarbeidet er organisert, når samarbeidsorganene har møter, referater og saksdokumenter, den felles handlingsplanen og avtaleverket mellom partene.",
    partiesHeading: "Hvem samarbeider?",
    partiesIntro:
      "I helsefellesskapet møtes kommunene og spesialisthelsetjenesten som likeverdige parter for å gi innbyggerne sammenhengende tjenester.",
    parties: [
      "Helse Bergen HF",
      "Haraldsplass Diakonale Sykehus",
      "de private ideelle institusjonene Betanien sykehus og Solli DPS",
      "18 kommuner i fire utvalgsområder",
      "representanter for brukere, fastleger og ansatte",
    ],
    areasHeading: "De fire utvalgsområdene",
    areas: [
      { name: "Bergen", municipalities: "Bergen" },
      { name: "Bergensregionen", municipalities: "Askøy, Austevoll, Bjørnafjorden, Samnanger og Øygarden" },
      {
        name: "Nordhordland",
        municipalities: "Alver, Austrheim, Fedje, Gulen, Masfjorden, Modalen og Osterøy",
      },
      { name: "Voss lokalsykehusområde", municipalities: "Eidfjord, Kvam, Ulvik, Vaksdal og Voss" },
    ],
    editorHeading: "Hvem står bak nettstedet?",
    editorBody:
      "Samarbeidssekretariatet har det redaksjonelle ansvaret for Saman. I sekretariatet sitter representanter fra kommunene i hvert utvalgsområde og fra spesialisthelsetjenesten.",
    languagesHeading: "Nynorsk og bokmål",
    languagesBody:
      "Saman er skrevet på nynorsk, og innholdet finnes også på bokmål. Du bytter språk øverst på hver side.",
  },

  accessibility: {
    title: "Tilgjengelighets\u00ADerklæring",
    lead: "Saman skal kunne brukes av alle, uansett funksjonsevne og hvilket utstyr du bruker. Her gjør vi rede for hvordan vi arbeider med universell utforming, hva vi vet om mangler, og hvordan du kan si fra om problemer.",
    requirementsHeading: "Krav og mål",
    requirementsBody:
      "Nettstedet skal oppfylle kravene i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT) løsninger. Forskriften bygger på retningslinjene for tilgjengelig webinnhold, WCAG 2.1, og vi sikter mot å oppfylle alle suksesskriteriene på nivå A og AA.",
    practiceHeading: "Slik arbeider vi",
    practice: [
      "Vi bygger sidene med Designsystemet, det felles designsystemet for offentlig sektor.",
      "Alle sidene testes automatisk mot suksesskriteriene i WCAG 2.1 på nivå A og AA hver gang nettstedet endres.",
      "Alt kan brukes med bare tastatur, og du ser alltid hvor fokus er.",
      "Sidene fungerer på små skjermer og med forstørrelse, uten at du må rulle sidelengs.",
      "Innholdet finnes på nynorsk og bokmål, og språket er merket slik at skjermlesere leser det riktig.",
    ],
    knownIssuesHeading: "Kjente mangler",
    knownIssuesBody:
      "Saman er et nytt nettsted, og vi har ikke gjennomført en fullstendig manuell test ennå. Dokumenter som partene laster opp, for eksempel saksframlegg og referater i PDF, er ikke alltid universelt utformet. Trenger du et dokument i et annet format, kan du kontakte oss.",
    reportHeading: "Si fra om mangler",
    reportBody:
      "Har du problemer med å bruke Saman, eller finner du innhold som ikke er tilgjengelig, vil vi gjerne høre fra deg. Kontakt samarbeidssekretariatet (se kontaktinformasjonen nederst på siden) og skriv hvilken side det gjelder og hva som ikke fungerte. Vi svarer så snart vi kan.",
    supervisionHeading: "Tilsyn",
    supervisionBody:
      "Tilsynet for universell utforming av ikt fører tilsyn med at nettsteder i Norge følger regelverket. Får du ikke svar fra oss, eller er du ikke fornøyd med svaret, kan du melde fra til tilsynet på {link}.",
    supervisionLink: "uutilsynet.no",
    updated: "Erklæringen ble sist oppdatert {date}.",
  },

  rules: {
    messages: {
      reqExactly: "{n}",
      reqAtLeast: "minst {n}",
      reqAtMost: "høyst {n}",
      reqBetween: "{min}–{max}",
      seatCount: "{code}: {body} skal ha {requirement} {group}; sammensetningen har {actual}.",
      municipalitySeats: "{code}: {municipality} skal ha {requirement} representanter i {body}; sammensetningen har {actual}.",
      sectorMissing: "{code}: {institution} har sektoransvar i {area}, men ingen representant i {body}.",
      proportionNoSector: "{code}: {party} har ikke sektoransvar i {area}, men har sete i {body}.",
      proportionLeading: "{code}: {leading} bør ha minst like mange seter som {party} ({a} mot {b}).",
      secretariatSeats:
        "{code}: {body} skal ha {n} fra samarbeidssekretariatet – den kommunale representanten fra {area} og én fra spesialisthelsetjenesten med sektoransvar der; sammensetningen har {actual}.",
      secretariatNotMember: "{code}: {person} har et sekretariatssete i {body}, men er ikke medlem av samarbeidssekretariatet.",
      strategicLevel: "{code}: {person} ({title}) ser ikke ut til å være rekruttert på strategisk nivå (leder eller rådgiver).",
      municipalityMissing: "{code}: {municipality} er ikke representert i SSU eller noe områdeutvalg.",
      deputyMissing: "{code}: {person} ({seat}) har ingen personlig vara i {body}.",
      roleTooMany: "{code}: {body} har {actual} med rollen {role}; skal ha {expected}.",
      roleMissing: "{code}: {body} har ingen {role}.",
      roleWrong: "{code}: {role} i {body} skal være {group}; {person} er ikke det.",
      leadersSameSide: "{code}: Leder og nestleder i {body} kommer begge fra {side}.",
      alternationOverdue: "{code}: Ledelsen i {body} skulle ha gått over til {side} fra {due}.",
      alternationNote: "Ledelsen i {body} skal gå over til {side} fra {due}.",
      employeeCount: "{code}: {body} skal ha {n} ansatterepresentant; sammensetningen har {actual}.",
      employeeDeputySameSector: "{code}: Varaen til ansatterepresentanten i {body} skal komme fra den andre sektoren enn representanten ({seat}).",
      swapOverdue: "{code}: Ansatterepresentanten og varaen i {body} skulle ha byttet sektor fra {due}.",
      swapNote: "Ansatterepresentanten og varaen i {body} skal bytte sektor fra {due}.",
      termTooLong: "{code}: Funksjonstiden til {person} ({start}–{end}) er lengre enn {years} år.",
      termOpenOverrun: "{code}: {person} har sete uten sluttdato og har sittet i mer enn {years} år (siden {start}).",
      meetingsTooFew: "{code}: {body} har {count} møter i {year}; minst {min} kreves.",
      meetingsNote: "{body} har {count} møter i {year} (minst {min}).",
      decisionsNote: "{code}: I {year}: {consensus} vedtak ved konsensus, {disagreement} med uenighet registrert.",
      fixAppointMore: "Oppnevn {n} flere {group}.",
      fixEndSome: "Avslutt {n} av medlemskapene ({group}) først, eller gi dem en annen setekategori.",
      fixAppointFor: "Oppnevn {n} representant(er) for {party}.",
      fixEndFor: "Avslutt {n} av medlemskapene for {party} først.",
      fixAppointIn: "Oppnevn en representant for {party} i {body}.",
      fixSectorSeat: "Vurder å gi setet til en institusjon med sektoransvar i området.",
      fixRebalance: "Oppnevn flere fra {leading} eller færre fra {party}.",
      fixSecretariatSeats: "Oppnevn den kommunale sekretariatsrepresentanten fra {area} og én fra spesialisthelsetjenesten med sektoransvar.",
      fixSecretariatMember: "Gi setet til et medlem av samarbeidssekretariatet.",
      fixStrategic: "Vurder å rekruttere en leder eller rådgiver.",
      fixAppointDeputy: "Oppnevn en personlig vara for {person}.",
      fixRoleTooMany: "Gi {n} av dem rollen medlem.",
      fixGiveRole: "Gi rollen {role} til {group}.",
      fixGiveRoleAny: "Gi rollen {role} til en av representantene.",
      fixOtherSide: "En av dem må komme fra {side}.",
      fixAlternate: "Gi ledervervet til en representant fra {side}.",
      fixAppointEmployee: "Oppnevn en ansatterepresentant fra hovedsammenslutningene.",
      fixEmployeeDeputy: "Oppnevn en vara med setekategorien {seat}.",
      fixSwap: "La representanten og varaen bytte sektor: avslutt begge medlemskapene og oppnevn dem på nytt med byttede roller.",
      fixTermEnd: "Sett sluttdatoen til senest {latest}.",
      fixReappoint: "Avslutt medlemskapet, eller oppnevn på nytt for en ny periode.",
      fixPlanMeetings: "Planlegg {n} møter til i {year}.",
    },
    sides: { MUNICIPAL: "kommunene", SPECIALIST: "spesialisthelsetjenesten" },
  },

  membership: {
    seats: {
      MUNICIPAL: "kommune",
      SPECIALIST: "spesialisthelsetjeneste",
      USER_MUNICIPAL: "brukerrepresentant (kommunal)",
      USER_SPECIALIST: "brukerrepresentant (spesialisthelsetjenesten)",
      GP: "fastlege",
      MUNICIPAL_CHIEF_MEDICAL_OFFICER: "kommuneoverlege",
      EMPLOYEE_MUNICIPAL: "ansatterepresentant, kommunal sektor",
      EMPLOYEE_STATE: "ansatterepresentant, statlig sektor",
      SECRETARIAT: "sekretariat",
      OBSERVER: "observatør",
    },
    roles: {
      LEADER: "leder",
      DEPUTY_LEADER: "nestleder",
      MEMBER: "medlem",
      PERSONAL_DEPUTY: "personlig vara",
      OBSERVER: "observatør",
    },
  },

  compliance: {
    title: "Samsvar med retningslinjen",
    lead: "Hvordan sammensetningen av samarbeidsorganene følger retningslinjen for medvirkning og representasjon: hvilke krav som er oppfylt, hva som mangler, og hva sekretariatet må gjøre videre.",
    bodyTitle: "Samsvar: {body}",
    signInHeading: "Krever innlogging",
    signInRequired:
      "Samsvarsoversikten er for samarbeidssekretariatet og medlemmene i samarbeidsorganene. Logg inn for å se den. Hvem som sitter i hvert organ, ser du på siden til organet.",
    asOfLabel: "Sammensetning per dato",
    asOfHint: "Velg en dato for å se sammensetningen og kravene slik de vil være da, for eksempel etter en planlagt endring.",
    show: "Vis",
    invalidDate: "Datoen må være en gyldig dato (ÅÅÅÅ-MM-DD). Viser dagens sammensetning.",
    asOf: "Sammensetningen per {date}.",
    ruleSet: "Regelsett: {name}.",
    noRuleSet: "Ingen regelsett er aktivt, så ingen regler blir kontrollert.",
    status: { ok: "I orden", warning: "Advarsel", breach: "Brudd", info: "Til orientering" },
    severity: { HARD: "krav", SOFT: "anbefaling", INFO: "prinsipp" },
    structureHeading: "Hele strukturen",
    bodiesHeading: "Organene",
    summary: "{breaches} brudd, {warnings} advarsler",
    nextStep: "Neste steg: {text}",
    nothingToDo: "Ingenting å gjøre nå.",
    details: "Se samsvar for {body}",
    todoHeading: "Hva må gjøres",
    rulesHeading: "Reglene",
    fix: "Slik retter du det: {text}",
    allOk: "Alle krav og anbefalinger er oppfylt.",
    municipalitiesHeading: "Representasjon for hver kommune (G3)",
    notRepresented: "Ikke representert",
    expiringHeading: "Funksjonstid som går ut innen seks måneder",
    expiringNone: "Ingen funksjonstid går ut de neste seks månedene.",
    expiringItem: "{person} ({role}, {seat}) – til og med {date}",
    expiringImplied: "{person} ({role}, {seat}) – uten sluttdato, fire år er nådd {date} (G5)",
    warningsHeading: "Lagrede advarsler fra endringer",
    warningsNone: "Ingen åpne advarsler.",
    warningRaised: "Registrert {date}.",
    back: "Tilbake til samsvarsoversikten",
  },

  notFound: {
    title: "Fant ikke siden",
    body: "Siden du lette etter, finnes ikke, eller den har fått ny adresse.",
    home: "Gå til forsiden",
  },

  error: {
    title: "Noe gikk galt",
    body: "Vi klarte ikke å vise siden akkurat nå. Prøv igjen om litt. Hvis problemet fortsetter, kan du kontakte samarbeidssekretariatet.",
    retry: "Prøv igjen",
    home: "Gå til forsiden",
    reference: "Referanse for feilen: {digest}",
  },
} satisfies Messages;
