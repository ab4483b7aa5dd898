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

  labels: {
    seat: {
      MUNICIPAL: "Kommunane",
      SPECIALIST: "Spesialisthelsetenesta",
      USER_MUNICIPAL: "Brukarrepresentant, kommunal",
      USER_SPECIALIST: "Brukarrepresentant, spesialisthelsetenesta",
      GP: "Fastlege",
      MUNICIPAL_CHIEF_MEDICAL_OFFICER: "Kommuneoverlege",
      EMPLOYEE_MUNICIPAL: "Tilsettrepresentant, kommunal sektor",
      EMPLOYEE_STATE: "Tilsettrepresentant, statleg sektor",
      SECRETARIAT: "Sekretariat",
      OBSERVER: "Observatørar",
    },
    role: {
      LEADER: "Leiar",
      DEPUTY_LEADER: "Nestleiar",
      MEMBER: "Medlem",
      PERSONAL_DEPUTY: "Personleg vara",
      OBSERVER: "Observatør",
    },
    meetingStatus: {
      PLANNED: "Planlagt",
      NOTICE_SENT: "Innkalling sendt",
      HELD: "Halde",
      MINUTES_APPROVED: "Referat godkjent",
      MINUTES_PUBLISHED: "Referat publisert",
    },
    measureStatus: {
      NOT_STARTED: "Ikkje starta",
      ON_TRACK: "I rute",
      AT_RISK: "Risiko for forseinking",
      DELAYED: "Forseinka",
      COMPLETED: "Fullført",
      CANCELLED: "Avslutta",
    },
    priorityGroup: {
      CHILDREN_YOUTH: "Barn og unge",
      SEVERE_MENTAL_ILLNESS_SUBSTANCE: "Alvorleg psykisk liding og rusproblem",
      FRAIL_ELDERLY: "Skrøpelege eldre",
      MULTIPLE_CHRONIC: "Fleire kroniske lidingar",
    },
    documentKind: {
      NOTICE: "Innkalling",
      AGENDA: "Saksliste",
      CASE_PAPER: "Saksframlegg",
      MINUTES: "Referat",
      ATTACHMENT: "Vedlegg",
      AGREEMENT: "Avtale",
      ACTION_PLAN: "Handlingsplan",
      REPORT: "Rapport",
    },
    agreementKind: {
      OVERARCHING: "Overordna samarbeidsavtale",
      SERVICE: "Tenesteavtalar",
      GUIDELINE: "Retningsliner",
    },
    caseStatus: {
      RECEIVED: "Motteken",
      ASSESSING: "Under vurdering",
      SCHEDULED: "Sett på saksliste",
      DECIDED: "Vedteken",
      DISAGREEMENT: "Usemje",
      FORWARDED: "Sendt vidare",
      REJECTED: "Avvist",
      WITHDRAWN: "Trekt",
    },
    decisionKind: { CONSENSUS: "Vedtak (konsensus)", DISAGREEMENT: "Usemje registrert" },
    searchKind: {
      MINUTES: "Referat",
      DOCUMENT: "Dokument",
      CASE: "Saker",
      MEASURE: "Tiltak",
      NEWS: "Nyheiter",
    },
  },

  documents: {
    exempt: "Unnateke frå innsyn – {legalBasis}",
    exemptNoBasis: "Unnateke frå innsyn",
    becomesPublic: "Blir offentleg {date}.",
    version: "versjon {number}",
    download: "Last ned {title}",
    none: "Ingen dokument.",
  },

  homeExtra: {
    newsHeading: "Nyheiter",
    newsEmpty: "Ingen nyheiter enno.",
    allNews: "Alle nyheiter",
    allMeetings: "Alle møte",
    planHeading: "Handlingsplanen {year}",
    planByStatus: "Tiltak etter status",
    planByGroup: "Tiltak etter prioritert gruppe",
    planLink: "Sjå heile handlingsplanen",
    submitHeading: "Har du ei sak?",
    submitBody: "Alle partane i helsefellesskapet kan melde inn saker til Strategisk samarbeidsutval eller eit områdeutval.",
    submitLink: "Meld inn ei sak",
  },

  organisation: {
    title: "Organisering",
    lead: "Helsefellesskapet har samarbeidsorgan på tre nivå: partnarskapsmøtet, Strategisk samarbeidsutval og områdeutvala, med faglege samarbeidsutval og samarbeidssekretariatet ved sida av.",
    diagramLabel: "Organisasjonskart for helsefellesskapet",
    textHeading: "Organisasjonskartet som tekst",
    under: "Under {name}:",
    municipalities: "Kommunar",
    hospitals: "Sjukehus med sektoransvar",
    secretariatNote: "Sekretariat for partnarskapsmøtet og SSU, og sekretariatsfunksjon i områdeutvala.",
  },

  body: {
    mandate: "Mandat",
    tasks: "Oppgåver",
    members: "Medlemer",
    membersEmpty: "Ingen medlemer er registrerte.",
    deputy: "Personleg vara",
    term: "Funksjonstid",
    termOpen: "frå {start}",
    termRange: "{start}–{end}",
    represents: "Representerer",
    upcoming: "Komande møte",
    upcomingEmpty: "Ingen møte er planlagde.",
    archive: "Møtearkiv",
    archiveYear: "Møte i {year}",
    minutes: "Referat",
    minutesEmpty: "Ingen referat er publiserte.",
    cases: "Saker til handsaming",
    casesEmpty: "Ingen saker er til handsaming no.",
    calendar: "Abonner på møtekalenderen til {name}",
    partOf: "Del av {name}",
    cancelled: "Avlyst",
  },

  calendar: {
    title: "Møtekalender",
    lead: "Møta i alle samarbeidsorgana. Møtedatoane er offentlege, og referata blir publiserte etter kvart møte.",
    filterHeading: "Avgrens",
    bodyLabel: "Organ",
    allBodies: "Alle organ",
    yearLabel: "År",
    apply: "Vis møte",
    empty: "Ingen møte passar med valet ditt.",
    subscribeHeading: "Abonner på kalenderen",
    subscribeBody: "Legg møta inn i kalenderen din (iCal). Kalenderen blir oppdatert når møte blir lagde til eller endra.",
    subscribeAll: "Alle møte (iCal)",
    subscribeBody1: "{name} (iCal)",
    count: "{count} møte",
  },

  meetingPage: {
    status: "Status",
    body: "Organ",
    cancelled: "Møtet er avlyst.",
    agenda: "Saksliste",
    agendaEmpty: "Sakslista er ikkje klar enno.",
    decision: "Vedtak",
    documents: "Dokument",
    minutes: "Referat",
    minutesPdf: "Referatet som PDF",
    minutesNotYet: "Referatet er ikkje publisert enno.",
    correction: "Retta versjon {number}: {note}",
    previous: "Førre møte",
    next: "Neste møte",
    navLabel: "Andre møte i {name}",
    addToCalendar: "Legg møtet i kalenderen (iCal for {name})",
  },

  plan: {
    title: "Felles handlingsplan",
    lead: "Handlingsplanen er det operative verktøyet til helsefellesskapet. Strategisk samarbeidsutval vedtek han kvart år, og status for tiltaka blir rapportert i utvala.",
    yearTitle: "Felles handlingsplan {year}",
    years: "Handlingsplanar",
    adopted: "Vedteken {date}",
    filters: "Filtrer tiltaka",
    group: "Prioritert gruppe",
    responsible: "Ansvarleg organ",
    status: "Status",
    part: "Del",
    all: "Alle",
    apply: "Vis tiltak",
    count: "{count} tiltak",
    empty: "Ingen tiltak passar med filtera.",
    code: "Nr.",
    measure: "Tiltak",
    progress: "Framdrift",
    deadline: "Frist",
    partTitle: "Del {number}: {title}",
    byStatus: "Etter status",
    byGroup: "Etter prioritert gruppe",
  },

  measure: {
    owner: "Tiltakseigar",
    description: "Om tiltaket",
    statusNote: "Siste statusmelding",
    history: "Statushistorikk",
    historyEmpty: "Ingen statusmeldingar enno.",
    decisions: "Vedtak knytte til tiltaket",
    decisionsEmpty: "Ingen vedtak er knytte til tiltaket enno.",
    inPlan: "Tiltak {code} i {plan}",
    progressLabel: "{progress} % fullført",
    meetingOf: "{body}, møte {date}",
  },

  agreementsPage: {
    title: "Avtalar",
    lead: "Avtaleverket mellom kommunane og spesialisthelsetenesta: den overordna samarbeidsavtalen, tenesteavtalane og retningslinene.",
    current: "Gjeldande versjon",
    noCurrent: "Ingen gjeldande versjon.",
    valid: "Gjeld frå {from}",
    validRange: "Gjeld {from}–{to}",
    adoptedBy: "Vedteken av {by}",
    earlier: "Tidlegare versjonar",
    earlierEmpty: "Ingen tidlegare versjonar.",
    versions: "Versjonar",
    summary: "Kort om avtalen",
  },

  newsPage: {
    title: "Nyheiter",
    lead: "Nytt frå samarbeidet i helsefellesskapet.",
    empty: "Ingen nyheiter enno.",
    published: "Publisert {date}",
    feed: "Nyheiter som RSS-straum",
  },

  searchPage: {
    title: "Søk",
    lead: "Søk i referat, dokument, saker, tiltak og nyheiter.",
    label: "Søkjeord",
    submit: "Søk",
    kind: "Type",
    body: "Organ",
    year: "År",
    all: "Alle",
    results: "{count} treff for «{query}»",
    oneResult: "1 treff for «{query}»",
    none: "Ingen treff for «{query}».",
    corrected: "Ingen treff for «{query}». Viser treff for «{corrected}».",
    hint: "Skriv eitt eller fleire ord. Bruk hermeteikn for ei frase og minus for å utelate eit ord.",
    page: "Side {page}",
    nextPage: "Neste side",
    previousPage: "Førre side",
    pagination: "Sider med treff",
  },

  contact: {
    title: "Kontakt",
    lead: "Samarbeidssekretariatet tek imot spørsmål om helsefellesskapet, samarbeidsorgana og nettstaden.",
    secretariatHeading: "Samarbeidssekretariatet",
    secretariatBody: "Sekretariatet er sekretariat for partnarskapsmøtet og Strategisk samarbeidsutval, og har sekretariatsfunksjonen i områdeutvala.",
    casesHeading: "Melde inn ei sak",
    casesBody: "Partane kan melde inn saker til Strategisk samarbeidsutval og områdeutvala.",
    casesLink: "Meld inn sak",
    membersLink: "Sjå kven som sit i sekretariatet",
    accessibilityHeading: "Tilgjengelegheit",
    accessibilityBody: "Har du problem med å bruke nettstaden, kan du lese tilgjengelegheitserklæringa og melde frå til oss.",
    accessibilityLink: "Tilgjengelegheitserklæring",
  },

  feeds: {
    newsTitle: "Saman – nyheiter",
    newsDescription: "Nyheiter frå helsefellesskapet i Bergen-området.",
    minutesTitle: "Saman – publiserte referat",
    minutesDescription: "Referat frå møta i samarbeidsorgana i helsefellesskapet.",
    minutesItem: "Referat: {body} {date}",
    minutesFeedLink: "Referat som RSS-straum",
    calendarName: "Saman – møte",
    calendarNameBody: "Saman – møte i {name}",
  },
};
