// Nynorsk: the primary language and the shape every other language follows (`Messages` = typeof nn).
// Placeholders in {braces} are filled by `fill()` / `fillNodes()` (lib/i18n/interpolate.ts).
// Date patterns are date-fns format strings (https://date-fns.org/docs/format), shown in Europe/Oslo time.
export const nn = {
  /** This language's own name, shown on the language switch of the other language. */
  languageName: "Nynorsk",

  site: {
    name: "Saman",
    tagline: "Helsefellesskapet i Bergen-området",
    titleTemplate: "%s – Saman",
    defaultTitle: "Saman – helsefellesskapet i Bergen-området",
    description:
      "Saman er nettstaden til helsefellesskapet der Helse Bergen, Haraldsplass og dei andre sjukehusa samarbeider med 18 kommunar i Bergen-området: organisering, møte og referat, handlingsplan og avtalar.",
  },

  skipLink: "Hopp til hovudinnhaldet",

  nav: {
    label: "Hovudmeny",
    items: {
      home: "Framsida",
      organisation: "Organisering",
      meetings: "Møte",
      actionPlan: "Handlingsplan",
      agreements: "Avtalar",
      news: "Nyheiter",
      search: "Søk",
      submitCase: "Meld inn sak",
    },
  },

  footer: {
    contactHeading: "Kontakt",
    contactBody:
      "Samarbeidssekretariatet er sekretariat for partnarskapsmøtet og strategisk samarbeidsutval, bind saman samarbeidsorgana og har det redaksjonelle ansvaret for Saman.",
    contactPlaceholder: "Kontaktinformasjon til samarbeidssekretariatet kjem her.",
    linksHeading: "Om nettstaden",
    about: "Om Saman",
    accessibility: "Tilgjengelegheitserklæring",
    owner: "Helsefellesskapet i Bergen-området",
  },

  dates: {
    /** torsdag 3. desember 2026 */
    full: "EEEE d. MMMM yyyy",
    /** 3. desember 2026 */
    long: "d. MMMM yyyy",
    /** 03.12.2026 */
    short: "dd.MM.yyyy",
    /** kl. 10.00 */
    time: "'kl.' HH.mm",
    /** 10.00 (the end of a time range) */
    timeBare: "HH.mm",
    /** {start}–{end}, e.g. kl. 10.00–14.00 */
    timeRange: "{start}–{end}",
    /** {date}, {time}, e.g. torsdag 3. desember 2026, kl. 10.00–14.00 */
    dateAndTime: "{date}, {time}",
  },

  home: {
    heading: "Helsefellesskapet i Bergen-området",
    intro:
      "I helsefellesskapet planlegg og utviklar kommunane og spesialisthelsetenesta helse- og omsorgstenestene saman, med brukarar, fastlegar og tilsette ved bordet. Her finn du møta i samarbeidsorgana og referata frå dei.",
    upcoming: {
      heading: "Komande møte",
      empty: "Det er ingen planlagde møte akkurat no.",
    },
    minutes: {
      heading: "Siste referat",
      empty: "Ingen referat er publiserte enno.",
      item: "Referat frå møtet {date}",
    },
  },

  meeting: {
    when: "Tid",
    where: "Stad",
    noLocation: "Stad er ikkje fastsett",
  },

  about: {
    title: "Om Saman",
    lead: "Saman er den felles nettstaden til helsefellesskapet i Bergen-området. Her finn du korleis samarbeidet er organisert, når samarbeidsorgana har møte, referat og saksdokument, den felles handlingsplanen og avtaleverket mellom partane.",
    partiesHeading: "Kven samarbeider?",
    partiesIntro:
      "I helsefellesskapet møtest kommunane og spesialisthelsetenesta som likeverdige partar for å gje innbyggjarane samanhengande tenester.",
    parties: [
      "Helse Bergen HF",
      "Haraldsplass Diakonale Sykehus",
      "dei private ideelle institusjonane Betanien sykehus og Solli DPS",
      "18 kommunar i fire utvalsområde",
      "representantar for brukarar, fastlegar og tilsette",
    ],
    areasHeading: "Dei fire utvalsområda",
    areas: [
      { name: "Bergen", municipalities: "Bergen" },
      { name: "Bergensregionen", municipalities: "Askøy, Austevoll, Bjørnafjorden, Samnanger og Øygarden" },
      {
        name: "Nordhordland",
        municipalities: "Alver, Austrheim, Fedje, Gulen, Masfjorden, Modalen og Osterøy",
      },
      { name: "Voss lokalsjukehusområde", municipalities: "Eidfjord, Kvam, Ulvik, Vaksdal og Voss" },
    ],
    editorHeading: "Kven står bak nettstaden?",
    editorBody:
      "Samarbeidssekretariatet har det redaksjonelle ansvaret for Saman. I sekretariatet sit representantar frå kommunane i kvart utvalsområde og frå spesialisthelsetenesta.",
    languagesHeading: "Nynorsk og bokmål",
    languagesBody:
      "Saman er skriven på nynorsk, og innhaldet finst òg på bokmål. Du byter språk øvst på kvar side.",
  },

  accessibility: {
    /** \u00AD: soft hyphen, where the word may break on a narrow screen (removed from the <title>). */
    title: "Tilgjengelegheits\u00ADerklæring",
    lead: "Saman skal kunne brukast av alle, same kva funksjonsevne du har og kva utstyr du brukar. Her gjer vi greie for korleis vi arbeider med universell utforming, kva vi veit om manglar, og korleis du kan melde frå om problem.",
    requirementsHeading: "Krav og mål",
    requirementsBody:
      "Nettstaden skal oppfylle krava i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT) løysingar. Forskrifta byggjer på retningslinjene for tilgjengeleg webinnhald, WCAG 2.1, og vi siktar mot å oppfylle alle suksesskriteria på nivå A og AA.",
    practiceHeading: "Slik arbeider vi",
    practice: [
      "Vi byggjer sidene med Designsystemet, det felles designsystemet for offentleg sektor.",
      "Alle sidene blir testa automatisk mot suksesskriteria i WCAG 2.1 på nivå A og AA kvar gong nettstaden blir endra.",
      "Alt kan brukast med berre tastatur, og du ser alltid kvar fokus er.",
      "Sidene fungerer på små skjermar og med forstørring, utan at du må rulle sidelengs.",
      "Innhaldet finst på nynorsk og bokmål, og språket er merkt slik at skjermlesarar les det rett.",
    ],
    knownIssuesHeading: "Kjende manglar",
    knownIssuesBody:
      "Saman er ein ny nettstad, og vi har ikkje gjennomført ein fullstendig manuell test enno. Dokument som partane lastar opp, til dømes saksframlegg og referat i PDF, er ikkje alltid universelt utforma. Treng du eit dokument i eit anna format, kan du kontakte oss.",
    reportHeading: "Meld frå om manglar",
    reportBody:
      "Har du problem med å bruke Saman, eller finn du innhald som ikkje er tilgjengeleg, vil vi gjerne høyre frå deg. Kontakt samarbeidssekretariatet (sjå kontaktinformasjonen nedst på sida) og skriv kva side det gjeld og kva som ikkje fungerte. Vi svarar så snart vi kan.",
    supervisionHeading: "Tilsyn",
    supervisionBody:
      "Tilsynet for universell utforming av ikt fører tilsyn med at nettstader i Noreg følgjer regelverket. Får du ikkje svar frå oss, eller er du ikkje nøgd med svaret, kan du melde frå til tilsynet på {link}.",
    supervisionLink: "uutilsynet.no",
    updated: "Erklæringa vart sist oppdatert {date}.",
  },


  auth: {
    header: {
      signIn: "Logg inn",
      signOut: "Logg ut",
      admin: "Administrasjon",
      signedInAs: "Innlogga som {name}",
    },
    signIn: {
      title: "Logg inn",
      lead: "For medlemer og varamedlemer i samarbeidsorgana, kontaktpersonar hos partane og samarbeidssekretariatet. Alt som er offentleg, kan du lese utan å logge inn.",
      email: "E-postadresse",
      password: "Passord",
      submit: "Logg inn",
      forgot: "Gløymt passordet?",
      oidc: "Logg inn med {name}",
      or: "eller",
    },
    forgot: {
      title: "Gløymt passord",
      lead: "Skriv e-postadressa di, så sender vi deg ei lenkje der du kan lage nytt passord. Lenkja varer i 10 minutt.",
      submit: "Send lenkje",
      done: "Dersom det finst ein brukar med denne e-postadressa, har vi no sendt ei lenkje dit. Lenkja varer i 10 minutt.",
      back: "Tilbake til innlogging",
    },
    reset: {
      title: "Lag nytt passord",
      lead: "Passordet må ha minst 12 teikn.",
      password: "Nytt passord",
      confirm: "Gjenta passordet",
      submit: "Lagre passordet",
      done: "Passordet er endra. Du kan no logge inn med det nye passordet.",
      signIn: "Gå til innlogging",
      missingToken: "Lenkja er ikkje gyldig. Be om ei ny lenkje.",
      requestNew: "Be om ny lenkje",
    },
    resetMail: {
      subject: "Nytt passord til Saman",
      body: "Hei!\n\nNokon (truleg du) har bede om å lage nytt passord til Saman. Opne denne lenkja innan 10 minutt:\n\n{link}\n\nHar du ikkje bede om dette, kan du sjå bort frå e-posten.\n\nHelsing Samarbeidssekretariatet",
    },
    errorSummary: "Rett opp dette før du held fram:",
    errors: {
      INVALID: "E-postadressa eller passordet er feil.",
      THROTTLED: "For mange mislukka forsøk. Vent eitt minutt og prøv igjen.",
      VALIDATION: "Skjemaet har feil.",
      FORBIDDEN: "Du har ikkje tilgang til dette.",
      EMAIL_TAKEN: "Det finst alt ein brukar med denne e-postadressa.",
      PERSON_TAKEN: "Denne personen er alt kopla til ein annan brukar.",
      NOT_FOUND: "Fann ikkje brukaren.",
      TOKEN_INVALID: "Lenkja er ugyldig, brukt eller gått ut. Be om ei ny lenkje.",
      EMAIL_REQUIRED: "Skriv e-postadressa di.",
      EMAIL_INVALID: "Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.",
      PASSWORD_REQUIRED: "Skriv passordet ditt.",
      PASSWORD_TOO_SHORT: "Passordet må ha minst 12 teikn.",
      PASSWORD_MISMATCH: "Passorda er ikkje like.",
      NAME_REQUIRED: "Skriv namnet.",
      INVALID_FIELD: "Verdien er ikkje gyldig.",
    },
  },

  admin: {
    title: "Administrasjon",
    nav: { label: "Administrasjon", users: "Brukarar", audit: "Revisjonslogg", outbox: "Utboks" },
    users: {
      heading: "Brukarar",
      new: "Ny brukar",
      email: "E-post",
      name: "Namn",
      roles: "Roller",
      person: "Person",
      party: "Part",
      status: "Status",
      lastSignIn: "Sist innlogga",
      active: "Aktiv",
      disabled: "Sperra",
      none: "–",
      edit: "Endre",
    },
    roles: { ADMIN: "Administrator", SECRETARIAT: "Sekretariatet", PARTNER_CONTACT: "Kontaktperson for part" },
    form: {
      newTitle: "Ny brukar",
      editTitle: "Brukar: {name}",
      password: "Passord (valfritt)",
      passwordHint: "Minst 12 teikn. La feltet stå tomt for brukarar som loggar inn via eigen identitetsteneste; dei kan òg lage passord sjølv med «Gløymt passordet?».",
      rolesLegend: "Roller",
      rolesHint: "Medlemskap i samarbeidsorgan kjem frå personen sitt aktive medlemskap, ikkje frå ei rolle.",
      personHint: "Koplinga til ein person gjev tilgang som medlem eller personleg vara i dei organa personen sit i no.",
      partyHint: "For kontaktpersonar: parten dei melder inn og følgjer saker for.",
      noPerson: "Ingen person",
      noParty: "Ingen part",
      create: "Opprett brukar",
      save: "Lagre",
      saved: "Endringane er lagra.",
      disable: "Sperr brukaren",
      enable: "Opne brukaren att",
      disabledNote: "Brukaren er sperra og blir logga ut ved neste førespurnad.",
      back: "Tilbake til brukarane",
    },
    audit: {
      title: "Revisjonslogg",
      lead: "Innloggingar, mislukka forsøk, avviste førespurnader og alle endringar. Dei nyaste først.",
      at: "Tid",
      actor: "Kven",
      action: "Handling",
      outcome: "Utfall",
      entity: "Gjeld",
      change: "Endring",
      anonymous: "Ikkje innlogga",
    },
    outbox: {
      title: "Utboks",
      lead: "Alle e-postar frå Saman. Utan SMTP-oppsett blir dei berre lagra her.",
      to: "Til",
      subject: "Emne",
      createdAt: "Laga",
      sent: "Sendt",
      notSent: "Ikkje sendt",
      empty: "Ingen e-postar enno.",
    },
  },

  notFound: {
    title: "Fann ikkje sida",
    body: "Sida du leita etter, finst ikkje, eller ho har fått ny adresse.",
    home: "Gå til framsida",
  },

  error: {
    title: "Noko gjekk gale",
    body: "Vi klarte ikkje å vise sida akkurat no. Prøv igjen om litt. Held problemet fram, kan du kontakte samarbeidssekretariatet.",
    retry: "Prøv igjen",
    home: "Gå til framsida",
    reference: "Referanse for feilen: {digest}",
  },
};
