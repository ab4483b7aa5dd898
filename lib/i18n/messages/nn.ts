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

  deviations: {
    title: "Samhandlingsavvik",
    lead: "Oversikt over avvik i samhandlinga mellom kommunane og sjukehusa, til bruk i det lokale forbetringsarbeidet i områdeutvala. Saman har berre anonymiserte registreringar: avviksmeldingar med pasientopplysningar blir verande i kvar part sitt eige system.",
    areaTitle: "Samhandlingsavvik: {area}",
    access: {
      signInTitle: "Du må logge inn",
      signInBody: "Oversikta over samhandlingsavvik er for samarbeidssekretariatet, medlemmene i områdeutvala og SSU og kontaktpersonane hos partane.",
      signInLink: "Logg inn",
      forbiddenTitle: "Du har ikkje tilgang",
      forbiddenBody: "Brukaren din har ikkje tilgang til denne sida. Kontakt samarbeidssekretariatet dersom du meiner du skal ha tilgang.",
    },
    nav: {
      register: "Registrer eit avvik",
      report: "Årsrapport {year}",
      overview: "Oversikt over samhandlingsavvik",
    },
    filter: {
      legend: "Vel utval",
      area: "Område",
      allAreas: "Heile helsefellesskapet",
      year: "År",
      submit: "Vis",
    },
    overview: {
      scopeAllInSentence: "heile helsefellesskapet",
      scopeAll: "Heile helsefellesskapet",
      total: "Registrerte avvik",
      totalPeriod: "Januar–{month} {year}",
      previous: "Same periode i {year}",
      change: "Endring",
      noChange: "–",
      byMonth: "Avvik per månad",
      byCategory: "Avvik per kategori",
      byPartyPair: "Avvik mellom partane",
      byClause: "Avvik per avtale og punkt",
      periodNote: "Kategoriar, partar og avtalepunkt gjeld januar–{month} i begge åra, så tala kan samanliknast.",
      suppressedNote: "Tal frå 1 til 4 er viste som «<5», så ingen enkelttilfelle kan kjennast att.",
      chartLabel: "{title}: stolpediagram for {year} og {previous}. Tala står i tabellen ved sida av.",
      tableCaption: "{title}, tal",
      column: "Kva",
      reportingToConcerned: "{from} → {to}",
      noAgreement: "Utan avtale",
      noClause: "utan punkt",
      empty: "Ingen avvik er registrerte i perioden.",
    },
    categories: {
      DISCHARGE: "Utskriving",
      MEDICATION_LIST: "Legemiddelliste",
      REFERRAL: "Tilvising",
      COMMUNICATION: "Kommunikasjon",
      E_MESSAGES: "E-meldingar",
      ADMISSION: "Innlegging",
      OTHER: "Anna",
    },
    severities: { LOW: "Låg", MEDIUM: "Middels", HIGH: "Høg" },
    months: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    monthsShort: ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    list: {
      heading: "Registreringar i {year}",
      intro: "Berre sekretariatet og medlemmene i områdeutvalet ser dei einskilde registreringane.",
      month: "Månad",
      category: "Kategori",
      parties: "Frå → gjeld",
      severity: "Alvorsgrad",
      status: "Oppfølging",
      followedUp: "Følgd opp",
      notFollowedUp: "Ikkje følgd opp",
      open: "Opne",
      openLabel: "Opne avviket frå {month}: {category}",
      empty: "Ingen avvik er registrerte i området dette året.",
    },
    register: {
      title: "Registrer eit samhandlingsavvik",
      lead: "Registrer eit anonymisert avvik i samhandlinga. Avviksmeldinga med pasientopplysningar skal liggje i ditt eige avvikssystem.",
      privacyHeading: "Ikkje skriv opplysningar som kan identifisere ein pasient",
      privacyBody: "Ikkje skriv namn, fødselsnummer, D-nummer, fødselsdato, adresse eller andre detaljar som kan knytast til ein person. Skjemaet avviser tekst med fødselsnummer og fødselsdatoar ved namn. Du kan ikkje leggje ved filer.",
      area: "Område",
      areaHelp: "Utvalsområdet der avviket skjedde.",
      reportingParty: "Meldande part",
      concernedParty: "Parten avviket gjeld",
      municipalities: "Kommunar",
      specialist: "Spesialisthelsetenesta",
      choose: "Vel …",
      category: "Kategori",
      agreement: "Avtale",
      agreementNone: "Ingen bestemt avtale",
      clause: "Punkt i avtalen (valfritt)",
      clauseHelp: "Til dømes «§ 6.2».",
      month: "Månaden avviket skjedde",
      monthHelp: "Skriv år og månad, til dømes 2026-03.",
      severity: "Alvorsgrad",
      description: "Kort skildring",
      descriptionHelp: "Kva gjekk gale i samhandlinga? Høgst {max} teikn, utan pasientopplysningar.",
      counter: "{count} av {max} teikn",
      counterOver: "{count} teikn for mykje",
      submit: "Registrer avviket",
      submitting: "Registrerer …",
      successTitle: "Avviket er registrert",
      successBody: "Takk. Avviket inngår no i oversikta for områdeutvalet.",
      another: "Registrer eit nytt avvik",
    },
    followUp: {
      title: "Oppfølging av avvik",
      details: "Registreringa",
      area: "Område",
      parties: "Frå → gjeld",
      category: "Kategori",
      agreement: "Avtale og punkt",
      month: "Månad",
      severity: "Alvorsgrad",
      description: "Skildring",
      heading: "Korleis vart avviket følgt opp?",
      followUp: "Oppfølging",
      followUpHelp: "Kva områdeutvalet gjorde, og kva de lærte. Høgst {max} teikn, utan pasientopplysningar.",
      handledOn: "Handsama dato (valfritt)",
      measures: "Tiltak i handlingsplanen avviket har gått inn i",
      measuresHelp: "Vel eitt eller fleire tiltak, eller ingen.",
      noMeasures: "Det finst ingen tiltak å velje.",
      localProject: "Lokalt forbetringsprosjekt (valfritt)",
      localProjectHelp: "Namnet på prosjektet avviket har gått inn i.",
      submit: "Lagre oppfølginga",
      saved: "Oppfølginga er lagra.",
      back: "Tilbake til oversikta for {area}",
    },
    report: {
      title: "Årsrapport for samhandlingsavvik {year}",
      lead: "Samla tal for {scope}, til SSU og områdeutvala. Tal frå 1 til 4 er viste som «<5».",
      print: "Skriv ut eller lagre som PDF frå nettlesaren.",
      csv: "Last ned som CSV (Excel)",
      generated: "Laga {date}",
    },
    errors: {
      summaryHeading: "Rett opp dette før du sender:",
      fields: {
        required: "Fyll ut dette feltet.",
        tooShort: "Skriv litt meir.",
        tooLong: "Teksten er for lang.",
        invalid: "Verdien er ikkje gyldig.",
        nationalId: "Teksten ser ut til å innehalde eit fødselsnummer eller D-nummer. Fjern det: Saman skal ikkje ha pasientopplysningar.",
        birthDate: "Teksten ser ut til å innehalde ein fødselsdato ved eit namn. Fjern det: Saman skal ikkje ha pasientopplysningar.",
        future: "Månaden kan ikkje vere fram i tid.",
        sameParty: "Parten avviket gjeld, må vere ein annan enn den meldande parten.",
        notOwnParty: "Du kan berre registrere avvik for din eigen part.",
      },
      actions: {
        UNAUTHENTICATED: "Du må logge inn på nytt.",
        FORBIDDEN: "Du har ikkje tilgang til å gjere dette.",
        INVALID: "Nokre felt må rettast.",
        FILES_NOT_ALLOWED: "Du kan ikkje leggje ved filer.",
        CONFLICT: "Nokon andre har lagra oppfølginga medan du skreiv. Last sida på nytt for å sjå den nye versjonen.",
        NOT_FOUND: "Fann ikkje avviket.",
      },
      reload: "Last sida på nytt",
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
