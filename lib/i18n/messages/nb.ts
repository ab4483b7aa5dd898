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


  auth: {
    header: {
      signIn: "Logg inn",
      signOut: "Logg ut",
      admin: "Administrasjon",
      signedInAs: "Innlogget som {name}",
    },
    signIn: {
      title: "Logg inn",
      lead: "For medlemmer og varamedlemmer i samarbeidsorganene, kontaktpersoner hos partene og samarbeidssekretariatet. Alt som er offentlig, kan du lese uten å logge inn.",
      email: "E-postadresse",
      password: "Passord",
      submit: "Logg inn",
      forgot: "Glemt passordet?",
      oidc: "Logg inn med {name}",
      or: "eller",
    },
    forgot: {
      title: "Glemt passord",
      lead: "Skriv e-postadressen din, så sender vi deg en lenke der du kan lage nytt passord. Lenken varer i 10 minutter.",
      submit: "Send lenke",
      done: "Dersom det finnes en bruker med denne e-postadressen, har vi nå sendt en lenke dit. Lenken varer i 10 minutter.",
      back: "Tilbake til innlogging",
    },
    reset: {
      title: "Lag nytt passord",
      lead: "Passordet må ha minst 12 tegn.",
      password: "Nytt passord",
      confirm: "Gjenta passordet",
      submit: "Lagre passordet",
      done: "Passordet er endret. Du kan nå logge inn med det nye passordet.",
      signIn: "Gå til innlogging",
      missingToken: "Lenken er ikke gyldig. Be om en ny lenke.",
      requestNew: "Be om ny lenke",
    },
    resetMail: {
      subject: "Nytt passord til Saman",
      body: "Hei!\n\nNoen (trolig du) har bedt om å lage nytt passord til Saman. Åpne denne lenken innen 10 minutter:\n\n{link}\n\nHar du ikke bedt om dette, kan du se bort fra e-posten.\n\nHilsen Samarbeidssekretariatet",
    },
    errorSummary: "Rett opp dette før du fortsetter:",
    errors: {
      INVALID: "E-postadressen eller passordet er feil.",
      THROTTLED: "For mange mislykkede forsøk. Vent ett minutt og prøv igjen.",
      VALIDATION: "Skjemaet har feil.",
      FORBIDDEN: "Du har ikke tilgang til dette.",
      EMAIL_TAKEN: "Det finnes allerede en bruker med denne e-postadressen.",
      PERSON_TAKEN: "Denne personen er allerede koblet til en annen bruker.",
      NOT_FOUND: "Fant ikke brukeren.",
      TOKEN_INVALID: "Lenken er ugyldig, brukt eller utløpt. Be om en ny lenke.",
      EMAIL_REQUIRED: "Skriv e-postadressen din.",
      EMAIL_INVALID: "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.",
      PASSWORD_REQUIRED: "Skriv passordet ditt.",
      PASSWORD_TOO_SHORT: "Passordet må ha minst 12 tegn.",
      PASSWORD_MISMATCH: "Passordene er ikke like.",
      NAME_REQUIRED: "Skriv navnet.",
      INVALID_FIELD: "Verdien er ikke gyldig.",
    },
  },

  admin: {
    title: "Administrasjon",
    nav: { label: "Administrasjon", users: "Brukere", audit: "Revisjonslogg", outbox: "Utboks" },
    users: {
      heading: "Brukere",
      new: "Ny bruker",
      email: "E-post",
      name: "Navn",
      roles: "Roller",
      person: "Person",
      party: "Part",
      status: "Status",
      lastSignIn: "Sist innlogget",
      active: "Aktiv",
      disabled: "Sperret",
      none: "–",
      edit: "Endre",
    },
    roles: { ADMIN: "Administrator", SECRETARIAT: "Sekretariatet", PARTNER_CONTACT: "Kontaktperson for part" },
    form: {
      newTitle: "Ny bruker",
      editTitle: "Bruker: {name}",
      password: "Passord (valgfritt)",
      passwordHint: "Minst 12 tegn. La feltet stå tomt for brukere som logger inn via egen identitetstjeneste; de kan også lage passord selv med «Glemt passordet?».",
      rolesLegend: "Roller",
      rolesHint: "Medlemskap i samarbeidsorganer kommer fra personens aktive medlemskap, ikke fra en rolle.",
      personHint: "Koblingen til en person gir tilgang som medlem eller personlig vara i de organene personen sitter i nå.",
      partyHint: "For kontaktpersoner: parten de melder inn og følger saker for.",
      noPerson: "Ingen person",
      noParty: "Ingen part",
      create: "Opprett bruker",
      save: "Lagre",
      saved: "Endringene er lagret.",
      disable: "Sperr brukeren",
      enable: "Åpne brukeren igjen",
      disabledNote: "Brukeren er sperret og blir logget ut ved neste forespørsel.",
      back: "Tilbake til brukerne",
    },
    audit: {
      title: "Revisjonslogg",
      lead: "Innlogginger, mislykkede forsøk, avviste forespørsler og alle endringer. De nyeste først.",
      at: "Tid",
      actor: "Hvem",
      action: "Handling",
      outcome: "Utfall",
      entity: "Gjelder",
      change: "Endring",
      anonymous: "Ikke innlogget",
    },
    outbox: {
      title: "Utboks",
      lead: "Alle e-poster fra Saman. Uten SMTP-oppsett blir de bare lagret her.",
      to: "Til",
      subject: "Emne",
      createdAt: "Laget",
      sent: "Sendt",
      notSent: "Ikke sendt",
      empty: "Ingen e-poster ennå.",
    },
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
