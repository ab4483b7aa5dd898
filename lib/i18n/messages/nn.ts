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

  /** The representation rules (lib/membership/rules): {code} is the rule id, {body} the body's short name. */
  rules: {
    messages: {
      reqExactly: "{n}",
      reqAtLeast: "minst {n}",
      reqAtMost: "høgst {n}",
      reqBetween: "{min}–{max}",
      seatCount: "{code}: {body} skal ha {requirement} {group}; samansetjinga har {actual}.",
      municipalitySeats: "{code}: {municipality} skal ha {requirement} representantar i {body}; samansetjinga har {actual}.",
      sectorMissing: "{code}: {institution} har sektoransvar i {area}, men ingen representant i {body}.",
      proportionNoSector: "{code}: {party} har ikkje sektoransvar i {area}, men har sete i {body}.",
      proportionLeading: "{code}: {leading} bør ha minst like mange sete som {party} ({a} mot {b}).",
      secretariatSeats:
        "{code}: {body} skal ha {n} frå samarbeidssekretariatet – den kommunale representanten frå {area} og ein frå spesialisthelsetenesta med sektoransvar der; samansetjinga har {actual}.",
      secretariatNotMember: "{code}: {person} har eit sekretariatssete i {body}, men er ikkje medlem av samarbeidssekretariatet.",
      strategicLevel: "{code}: {person} ({title}) ser ikkje ut til å vere rekruttert på strategisk nivå (leiar eller rådgjevar).",
      municipalityMissing: "{code}: {municipality} er ikkje representert i SSU eller noko områdeutval.",
      deputyMissing: "{code}: {person} ({seat}) har ingen personleg vara i {body}.",
      roleTooMany: "{code}: {body} har {actual} med rolla {role}; skal ha {expected}.",
      roleMissing: "{code}: {body} har ingen {role}.",
      roleWrong: "{code}: {role} i {body} skal vere {group}; {person} er ikkje det.",
      leadersSameSide: "{code}: Leiar og nestleiar i {body} kjem begge frå {side}.",
      alternationOverdue: "{code}: Leiinga i {body} skulle ha gått over til {side} frå {due}.",
      alternationNote: "Leiinga i {body} skal gå over til {side} frå {due}.",
      employeeCount: "{code}: {body} skal ha {n} tilsettrepresentant; samansetjinga har {actual}.",
      employeeDeputySameSector: "{code}: Varaen til tilsettrepresentanten i {body} skal kome frå den andre sektoren enn representanten ({seat}).",
      swapOverdue: "{code}: Tilsettrepresentanten og varaen i {body} skulle ha bytt sektor frå {due}.",
      swapNote: "Tilsettrepresentanten og varaen i {body} skal byte sektor frå {due}.",
      termTooLong: "{code}: Funksjonstida til {person} ({start}–{end}) er lengre enn {years} år.",
      termOpenOverrun: "{code}: {person} har sete utan sluttdato og har site i meir enn {years} år (sidan {start}).",
      meetingsTooFew: "{code}: {body} har {count} møte i {year}; minst {min} er kravd.",
      meetingsNote: "{body} har {count} møte i {year} (minst {min}).",
      decisionsNote: "{code}: I {year}: {consensus} vedtak ved konsensus, {disagreement} med usemje registrert.",
      fixAppointMore: "Oppnemn {n} fleire {group}.",
      fixEndSome: "Avslutt {n} av medlemskapa ({group}) først, eller gi dei ein annan setekategori.",
      fixAppointFor: "Oppnemn {n} representant(ar) for {party}.",
      fixEndFor: "Avslutt {n} av medlemskapa for {party} først.",
      fixAppointIn: "Oppnemn ein representant for {party} i {body}.",
      fixSectorSeat: "Vurder å gi setet til ein institusjon med sektoransvar i området.",
      fixRebalance: "Oppnemn fleire frå {leading} eller færre frå {party}.",
      fixSecretariatSeats: "Oppnemn den kommunale sekretariatsrepresentanten frå {area} og ein frå spesialisthelsetenesta med sektoransvar.",
      fixSecretariatMember: "Gi setet til eit medlem av samarbeidssekretariatet.",
      fixStrategic: "Vurder å rekruttere ein leiar eller rådgjevar.",
      fixAppointDeputy: "Oppnemn ein personleg vara for {person}.",
      fixRoleTooMany: "Gi {n} av dei rolla medlem.",
      fixGiveRole: "Gi rolla {role} til {group}.",
      fixGiveRoleAny: "Gi rolla {role} til ein av representantane.",
      fixOtherSide: "Ein av dei må kome frå {side}.",
      fixAlternate: "Gi leiarvervet til ein representant frå {side}.",
      fixAppointEmployee: "Oppnemn ein tilsettrepresentant frå hovudsamanslutningane.",
      fixEmployeeDeputy: "Oppnemn ein vara med setekategorien {seat}.",
      fixSwap: "La representanten og varaen byte sektor: avslutt begge medlemskapa og oppnemn dei på nytt med bytte roller.",
      fixTermEnd: "Set sluttdatoen til seinast {latest}.",
      fixReappoint: "Avslutt medlemskapet, eller oppnemn på nytt for ein ny periode.",
      fixPlanMeetings: "Planlegg {n} møte til i {year}.",
    },
    sides: { MUNICIPAL: "kommunane", SPECIALIST: "spesialisthelsetenesta" },
  },

  membership: {
    seats: {
      MUNICIPAL: "kommune",
      SPECIALIST: "spesialisthelseteneste",
      USER_MUNICIPAL: "brukarrepresentant (kommunal)",
      USER_SPECIALIST: "brukarrepresentant (spesialisthelsetenesta)",
      GP: "fastlege",
      MUNICIPAL_CHIEF_MEDICAL_OFFICER: "kommuneoverlege",
      EMPLOYEE_MUNICIPAL: "tilsettrepresentant, kommunal sektor",
      EMPLOYEE_STATE: "tilsettrepresentant, statleg sektor",
      SECRETARIAT: "sekretariat",
      OBSERVER: "observatør",
    },
    roles: {
      LEADER: "leiar",
      DEPUTY_LEADER: "nestleiar",
      MEMBER: "medlem",
      PERSONAL_DEPUTY: "personleg vara",
      OBSERVER: "observatør",
    },
  },

  compliance: {
    title: "Samsvar med retningslina",
    lead: "Korleis samansetjinga av samarbeidsorgana følgjer retningslina for medverknad og representasjon: kva krav som er oppfylte, kva som manglar, og kva sekretariatet må gjere neste.",
    bodyTitle: "Samsvar: {body}",
    signInHeading: "Krev innlogging",
    signInRequired:
      "Samsvarsoversikta er for samarbeidssekretariatet og medlemmene i samarbeidsorgana. Logg inn for å sjå ho. Kven som sit i kvart organ, ser du på sida til organet.",
    asOfLabel: "Samansetjing per dato",
    asOfHint: "Vel ein dato for å sjå samansetjinga og krava slik dei vil vere då, til dømes etter ei planlagd endring.",
    show: "Vis",
    invalidDate: "Datoen må vere ein gyldig dato (ÅÅÅÅ-MM-DD). Viser dagens samansetjing.",
    asOf: "Samansetjinga per {date}.",
    ruleSet: "Regelsett: {name}.",
    noRuleSet: "Ingen regelsett er aktivt, så ingen reglar blir kontrollerte.",
    status: { ok: "I orden", warning: "Åtvaring", breach: "Brot", info: "Til orientering" },
    severity: { HARD: "krav", SOFT: "tilråding", INFO: "prinsipp" },
    structureHeading: "Heile strukturen",
    bodiesHeading: "Organa",
    summary: "{breaches} brot, {warnings} åtvaringar",
    nextStep: "Neste steg: {text}",
    nothingToDo: "Ingenting å gjere no.",
    details: "Sjå samsvar for {body}",
    todoHeading: "Kva må gjerast",
    rulesHeading: "Reglane",
    fix: "Slik rettar du det: {text}",
    allOk: "Alle krav og tilrådingar er oppfylte.",
    municipalitiesHeading: "Representasjon for kvar kommune (G3)",
    notRepresented: "Ikkje representert",
    expiringHeading: "Funksjonstid som går ut innan seks månader",
    expiringNone: "Ingen funksjonstid går ut dei neste seks månadene.",
    expiringItem: "{person} ({role}, {seat}) – til og med {date}",
    expiringImplied: "{person} ({role}, {seat}) – utan sluttdato, fire år er nådd {date} (G5)",
    warningsHeading: "Lagra åtvaringar frå endringar",
    warningsNone: "Ingen opne åtvaringar.",
    warningRaised: "Registrert {date}.",
    back: "Tilbake til samsvarsoversikta",
  },

  membershipForm: {
    title: "Medlemskap: {body}",
    lead: "Oppnemn, endre og avslutt medlemskap. Kvar endring blir kontrollert mot retningslina for samansetjinga på datoen ho gjeld frå og i dag; eit brot på eit krav blir avvist, ei tilråding gir ei åtvaring.",
    currentHeading: "Medlemmer og planlagde medlemskap",
    none: "Ingen medlemskap.",
    term: "{start}–{end}",
    openEnded: "utan sluttdato",
    deputyFor: "personleg vara for {person}",
    appointHeading: "Oppnemn",
    endHeading: "Avslutt medlemskapet til {person}",
    fields: {
      personId: "Person",
      seat: "Setekategori",
      role: "Rolle",
      partyId: "Representerer",
      side: "Side",
      portfolio: "Ansvarsområde (valfritt)",
      principalId: "Personleg vara for",
      deputyPersonId: "Personleg vara (valfritt)",
      deputySeat: "Setekategori for varaen (valfritt)",
      replacesId: "Tek over etter (valfritt)",
      termStart: "Funksjonstid frå",
      termEnd: "Funksjonstid til og med (valfritt)",
      lastDay: "Siste dag",
    },
    choose: "Vel …",
    noChoice: "Ingen",
    sides: { MUNICIPAL: "Kommunal", SPECIALIST: "Spesialisthelsetenesta" },
    submitAppoint: "Oppnemn",
    submitEnd: "Avslutt",
    saving: "Lagrar …",
    errorSummary: "Rett opp dette før du held fram:",
    errors: {
      required: "Fyll ut feltet.",
      invalidDate: "Skriv ein gyldig dato.",
      endBeforeStart: "Sluttdatoen kan ikkje vere før startdatoen.",
      principalRequired: "Vel kven den personlege varaen står for.",
      principalNotAllowed: "Berre ein personleg vara står for nokon.",
      deputyNotAllowed: "Ein personleg vara kan ikkje sjølv ha vara.",
    },
    results: {
      saved: "Endringa er lagra.",
      savedWithWarnings: "Endringa er lagra, med desse åtvaringane:",
      refused: "Endringa er ikkje lagra fordi ho bryt retningslina:",
      UNAUTHORISED: "Du har ikkje løyve til å endre medlemskap.",
      NOT_FOUND: "Fann ikkje organet eller medlemskapet. Last sida på nytt.",
      CONFLICT: "Nokon andre har endra medlemskapet i mellomtida. Last sida på nytt og prøv igjen.",
      INVALID: "Nokre av vala passar ikkje saman (til dømes ein vara for eit anna organ). Sjekk vala og prøv igjen.",
      VALIDATION: "Sjekk felta som er merkte.",
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
