// The bodies (samarbeidsorgan) and their mandates and tasks, in the portal's own words, nynorsk and bokmål.
import type { BodyRow, BodyTaskRow } from "./types";
import { ids } from "./ids";
import { day, oslo } from "./time";
import { AREAS, type AreaSlug } from "./structure";

type Text = [nn: string, nb: string];

export type BodySpec = {
  slug: string;
  kind: "PARTNERSHIP_MEETING" | "STRATEGIC_COMMITTEE" | "AREA_COMMITTEE" | "PROFESSIONAL_COMMITTEE" | "WORKING_GROUP" | "SECRETARIAT";
  name: Text;
  shortName: string;
  mandate: Text;
  tasks: Text[];
  parent?: string;
  area?: AreaSlug;
  minMeetingsPerYear?: number;
  mentalHealthField?: boolean;
  establishedOn: Date;
};

export const BODY = {
  pm: "partnarskapsmotet",
  ssu: "ssu",
  sek: "samarbeidssekretariatet",
  ou: (area: AreaSlug) => `omradeutval-${area}`,
  phr: "fsu-psykisk-helse-og-rus",
  bu: "fsu-barn-og-unge",
  ek: "fsu-eldre-og-kronikarar",
  ag: "ag-samordna-utskriving",
} as const;

const OU_TASKS: Text[] = [
  ["Vere møtestad for dialog om lokale samarbeidssaker i området.", "Være møteplass for dialog om lokale samarbeidssaker i området."],
  ["Gi innspel til og forankre felles strategiar og planar lokalt.", "Gi innspill til og forankre felles strategier og planer lokalt."],
  [
    "Planleggje, setje i gang og følgje opp lokale forbetringstiltak og prosjekt.",
    "Planlegge, sette i gang og følge opp lokale forbedringstiltak og prosjekter.",
  ],
  [
    "Melde saker som har betydning for heile helsefellesskapet til Strategisk samarbeidsutval.",
    "Melde saker som har betydning for hele helsefellesskapet til Strategisk samarbeidsutvalg.",
  ],
  ["Følgje opp saker og oppdrag frå Strategisk samarbeidsutval.", "Følge opp saker og oppdrag fra Strategisk samarbeidsutvalg."],
  ["Opprette og avvikle lokale underutval og nettverk.", "Opprette og avvikle lokale underutvalg og nettverk."],
  [
    "Halde oversikt over samhandlingsavvik i området og bruke dei i det lokale forbetringsarbeidet, innanfor reglane om teieplikt.",
    "Holde oversikt over samhandlingsavvik i området og bruke dem i det lokale forbedringsarbeidet, innenfor reglene om taushetsplikt.",
  ],
];

function professionalTasks(group: Text): Text[] {
  return [
    [`Kartleggje utfordringar i samhandlinga for ${group[0]}.`, `Kartlegge utfordringer i samhandlingen for ${group[1]}.`],
    ["Utarbeide forslag til felles pasientforløp, rutinar og tiltak.", "Utarbeide forslag til felles pasientforløp, rutiner og tiltak."],
    [
      "Gi faglege tilrådingar i saker som Strategisk samarbeidsutval eller områdeutvala sender til utvalet.",
      "Gi faglige anbefalinger i saker som Strategisk samarbeidsutvalg eller områdeutvalgene sender til utvalget.",
    ],
    [
      "Følgje opp tiltak i den felles handlingsplanen som utvalet har ansvar for.",
      "Følge opp tiltak i den felles handlingsplanen som utvalget har ansvar for.",
    ],
    ["Spreie kunnskap og gode erfaringar i fagmiljøa hos partane.", "Spre kunnskap og gode erfaringer i fagmiljøene hos partene."],
  ];
}

function professionalMandate(group: Text): Text {
  return [
    `Utvalet samlar fagfolk frå kommunane og spesialisthelsetenesta, brukarrepresentantar og fastlegar for å betre samhandlinga for ${group[0]}. Utvalet er oppretta av Strategisk samarbeidsutval, er forankra i fagmiljøa hos partane og gir tilrådingar til SSU og områdeutvala.`,
    `Utvalget samler fagfolk fra kommunene og spesialisthelsetjenesten, brukerrepresentanter og fastleger for å bedre samhandlingen for ${group[1]}. Utvalget er opprettet av Strategisk samarbeidsutvalg, er forankret i fagmiljøene hos partene og gir anbefalinger til SSU og områdeutvalgene.`,
  ];
}

/** All bodies; `year` is the anchor year (the working group was set up in the autumn before it). */
export function bodySpecs(year: number): BodySpec[] {
  const founded = day(2020, 10, 1);
  const specs: BodySpec[] = [
    {
      slug: BODY.pm,
      kind: "PARTNERSHIP_MEETING",
      name: ["Partnarskapsmøtet", "Partnerskapsmøtet"],
      shortName: "PM",
      establishedOn: founded,
      minMeetingsPerYear: 1,
      mandate: [
        "Partnarskapsmøtet er det øvste samarbeidsorganet i helsefellesskapet. Her møtest dei øvste leiarane hos partane – kommunedirektørane i dei 18 kommunane og direktørane i sjukehusa – saman med brukarrepresentantar. Møtet handsamar saker som kjem frå Strategisk samarbeidsutval, og saker som startar her, mellom anna felles planar, prioriteringar, prosjekt og avtalar. Vertskapet skiftar annakvart år mellom kommunane og spesialisthelsetenesta.",
        "Partnerskapsmøtet er det øverste samarbeidsorganet i helsefellesskapet. Her møtes de øverste lederne hos partene – kommunedirektørene i de 18 kommunene og direktørene i sykehusene – sammen med brukerrepresentanter. Møtet behandler saker som kommer fra Strategisk samarbeidsutvalg, og saker som starter her, blant annet felles planer, prioriteringer, prosjekter og avtaler. Vertskapet skifter annethvert år mellom kommunene og spesialisthelsetjenesten.",
      ],
      tasks: [
        [
          "Fastsetje dei overordna måla og prioriteringane for samarbeidet i helsefellesskapet.",
          "Fastsette de overordnede målene og prioriteringene for samarbeidet i helsefellesskapet.",
        ],
        [
          "Handsame saker som Strategisk samarbeidsutval legg fram, mellom anna felles planar og avtalar.",
          "Behandle saker som Strategisk samarbeidsutvalg legger fram, blant annet felles planer og avtaler.",
        ],
        [
          "Ta opp saker om felles prosjekt, prioriteringar og avtaleverk som partane ønskjer å drøfte på leiarnivå.",
          "Ta opp saker om felles prosjekter, prioriteringer og avtaleverk som partene ønsker å drøfte på ledernivå.",
        ],
        [
          "Forankre felles strategiar hos partane og sikre at vedtaka vert følgde opp i eigen organisasjon.",
          "Forankre felles strategier hos partene og sikre at vedtakene blir fulgt opp i egen organisasjon.",
        ],
        [
          "Møtast minst éin gong i året, med vertskap som skiftar annakvart år.",
          "Møtes minst én gang i året, med vertskap som skifter annethvert år.",
        ],
      ],
    },
    {
      slug: BODY.ssu,
      kind: "STRATEGIC_COMMITTEE",
      name: ["Strategisk samarbeidsutval", "Strategisk samarbeidsutvalg"],
      shortName: "SSU",
      parent: BODY.pm,
      minMeetingsPerYear: 4,
      establishedOn: founded,
      mandate: [
        "Strategisk samarbeidsutval (SSU) handsamar prinsipielle saker som gjeld heile helsefellesskapet. Utvalet har like mange representantar frå kommunane og spesialisthelsetenesta, i tillegg til brukarrepresentantar, ein fastlegerepresentant og ein representant for dei tilsette. SSU vedtek den felles handlingsplanen, følgjer opp samarbeidsavtalane og førebur sakene til partnarskapsmøtet. Vedtak vert gjorde ved konsensus.",
        "Strategisk samarbeidsutvalg (SSU) behandler prinsipielle saker som gjelder hele helsefellesskapet. Utvalget har like mange representanter fra kommunene og spesialisthelsetjenesten, i tillegg til brukerrepresentanter, en fastlegerepresentant og en representant for de ansatte. SSU vedtar den felles handlingsplanen, følger opp samarbeidsavtalene og forbereder sakene til partnerskapsmøtet. Vedtak fattes ved konsensus.",
      ],
      tasks: [
        ["Vedta den felles handlingsplanen for helsefellesskapet kvart år.", "Vedta den felles handlingsplanen for helsefellesskapet hvert år."],
        [
          "Gå gjennom samarbeidsavtalane ein gong i året og føreslå endringar ved behov.",
          "Gå gjennom samarbeidsavtalene én gang i året og foreslå endringer ved behov.",
        ],
        [
          "Utvikle felles styringsinformasjon som viser korleis samhandlinga fungerer.",
          "Utvikle felles styringsinformasjon som viser hvordan samhandlingen fungerer.",
        ],
        [
          "Bli samde om korleis tenester skal planleggjast og utviklast i fellesskap.",
          "Bli enige om hvordan tjenester skal planlegges og utvikles i fellesskap.",
        ],
        [
          "Sikre at dei fire prioriterte pasientgruppene får merksemd: barn og unge, personar med alvorleg psykisk liding og rusproblem, skrøpelege eldre og personar med fleire kroniske lidingar.",
          "Sikre at de fire prioriterte pasientgruppene får oppmerksomhet: barn og unge, personer med alvorlig psykisk lidelse og rusproblemer, skrøpelige eldre og personer med flere kroniske lidelser.",
        ],
        ["Gi innspel til nasjonale høyringar på vegner av helsefellesskapet.", "Gi innspill til nasjonale høringer på vegne av helsefellesskapet."],
        [
          "Opprette og avvikle faglege samarbeidsutval, nettverk og tidsavgrensa arbeidsgrupper.",
          "Opprette og avvikle faglige samarbeidsutvalg, nettverk og tidsavgrensede arbeidsgrupper.",
        ],
        [
          "Utarbeide og halde ved like retningslina for medverknad og representasjon.",
          "Utarbeide og vedlikeholde retningslinjen for medvirkning og representasjon.",
        ],
        [
          "Handsame avtalar, retningsliner, prosedyrar og pasientforløp før dei vert lagde fram for partane.",
          "Behandle avtaler, retningslinjer, prosedyrer og pasientforløp før de legges fram for partene.",
        ],
        ["Spreie gode modellar og erfaringar mellom områda.", "Spre gode modeller og erfaringer mellom områdene."],
        ["Planleggje partnarskapsmøtet.", "Planlegge partnerskapsmøtet."],
        [
          "Medverke til å løyse usemje om korleis samarbeidsavtalane skal tolkast.",
          "Bidra til å løse uenighet om hvordan samarbeidsavtalene skal tolkes.",
        ],
        ["Møtast minst fire gonger i året.", "Møtes minst fire ganger i året."],
      ],
    },
  ];

  for (const area of AREAS) {
    const label = area.slug === "voss" ? "Voss" : area.name;
    const who: Text =
      area.slug === "bergen"
        ? ["Bergen kommune", "Bergen kommune"]
        : [`kommunane i ${area.name}`, `kommunene i ${area.nameNb}`];
    specs.push({
      slug: BODY.ou(area.slug),
      kind: "AREA_COMMITTEE",
      name: [`Områdeutval ${label}`, `Områdeutvalg ${label}`],
      shortName: `OU ${label}`,
      parent: BODY.ssu,
      area: area.slug,
      minMeetingsPerYear: 4,
      establishedOn: founded,
      mandate: [
        `Områdeutval ${label} er arenaen for samarbeid om lokale saker mellom ${who[0]} og spesialisthelsetenesta med sektoransvar i ${area.name}. Utvalet følgjer opp saker og oppdrag frå Strategisk samarbeidsutval, driv lokalt forbetringsarbeid og sender saker av prinsipiell betydning vidare til SSU.`,
        `Områdeutvalg ${label} er arenaen for samarbeid om lokale saker mellom ${who[1]} og spesialisthelsetjenesten med sektoransvar i ${area.nameNb}. Utvalget følger opp saker og oppdrag fra Strategisk samarbeidsutvalg, driver lokalt forbedringsarbeid og sender saker av prinsipiell betydning videre til SSU.`,
      ],
      tasks: OU_TASKS,
    });
  }

  const professional: { slug: string; name: Text; shortName: string; group: Text; mental?: boolean }[] = [
    {
      slug: BODY.phr,
      name: ["Fagleg samarbeidsutval for psykisk helse og rus", "Faglig samarbeidsutvalg for psykisk helse og rus"],
      shortName: "FSU PHR",
      group: ["personar med alvorleg psykisk liding og rusproblem", "personer med alvorlig psykisk lidelse og rusproblemer"],
      mental: true,
    },
    {
      slug: BODY.bu,
      name: ["Fagleg samarbeidsutval for barn og unge", "Faglig samarbeidsutvalg for barn og unge"],
      shortName: "FSU BU",
      group: ["barn og unge", "barn og unge"],
    },
    {
      slug: BODY.ek,
      name: ["Fagleg samarbeidsutval for eldre og kronikarar", "Faglig samarbeidsutvalg for eldre og kronikere"],
      shortName: "FSU EK",
      group: [
        "skrøpelege eldre og personar med fleire kroniske lidingar",
        "skrøpelige eldre og personer med flere kroniske lidelser",
      ],
    },
  ];
  for (const p of professional) {
    specs.push({
      slug: p.slug,
      kind: "PROFESSIONAL_COMMITTEE",
      name: p.name,
      shortName: p.shortName,
      parent: BODY.ssu,
      mentalHealthField: p.mental ?? false,
      establishedOn: day(2021, 9, 1),
      mandate: professionalMandate(p.group),
      tasks: professionalTasks(p.group),
    });
  }

  specs.push(
    {
      slug: BODY.ag,
      kind: "WORKING_GROUP",
      name: ["Arbeidsgruppe for samordna utskriving", "Arbeidsgruppe for samordnet utskrivning"],
      shortName: "AG Utskriving",
      parent: BODY.ssu,
      establishedOn: day(year - 1, 9, 1),
      mandate: [
        `Tidsavgrensa arbeidsgruppe som Strategisk samarbeidsutval har oppretta for å lage ein felles rutine for utskriving av pasientar som treng kommunale tenester etter sjukehusopphald. Gruppa er knytt til tiltak 1.2 i den felles handlingsplanen og skal leggje fram tilrådinga si innan utgangen av ${year}.`,
        `Tidsavgrenset arbeidsgruppe som Strategisk samarbeidsutvalg har opprettet for å lage en felles rutine for utskrivning av pasienter som trenger kommunale tjenester etter sykehusopphold. Gruppen er knyttet til tiltak 1.2 i den felles handlingsplanen og skal legge fram sin anbefaling innen utgangen av ${year}.`,
      ],
      tasks: [
        [
          "Kartleggje dagens rutinar for utskriving i kommunane og sjukehusa.",
          "Kartlegge dagens rutiner for utskrivning i kommunene og sykehusene.",
        ],
        [
          "Føreslå ein felles rutine med tydeleg ansvarsdeling og ei felles sjekkliste.",
          "Foreslå en felles rutine med tydelig ansvarsdeling og en felles sjekkliste.",
        ],
        ["Leggje fram tilrådinga for Strategisk samarbeidsutval.", "Legge fram anbefalingen for Strategisk samarbeidsutvalg."],
      ],
    },
    {
      slug: BODY.sek,
      kind: "SECRETARIAT",
      name: ["Samarbeidssekretariatet", "Samarbeidssekretariatet"],
      shortName: "SEK",
      establishedOn: founded,
      mandate: [
        "Samarbeidssekretariatet er sekretariat for partnarskapsmøtet og Strategisk samarbeidsutval og har sekretariatsfunksjonen i områdeutvala. Sekretariatet knyter saman organa i helsefellesskapet, sørgjer for at saker kjem til rett organ, og har redaksjonelt ansvar for den felles nettstaden. Det vert leidd i fellesskap av ein representant frå Helse Bergen og ein kommunal representant.",
        "Samarbeidssekretariatet er sekretariat for partnerskapsmøtet og Strategisk samarbeidsutvalg og har sekretariatsfunksjonen i områdeutvalgene. Sekretariatet knytter sammen organene i helsefellesskapet, sørger for at saker kommer til riktig organ, og har redaksjonelt ansvar for det felles nettstedet. Det ledes i fellesskap av en representant fra Helse Bergen og en kommunal representant.",
      ],
      tasks: [
        [
          "Førebu og følgje opp møta i partnarskapsmøtet og Strategisk samarbeidsutval.",
          "Forberede og følge opp møtene i partnerskapsmøtet og Strategisk samarbeidsutvalg.",
        ],
        [
          "Ta imot saker frå partane og sørgje for at dei vert handsama i rett organ.",
          "Ta imot saker fra partene og sørge for at de blir behandlet i riktig organ.",
        ],
        [
          "Vere sekretariat for områdeutvala saman med dei lokale representantane.",
          "Være sekretariat for områdeutvalgene sammen med de lokale representantene.",
        ],
        ["Knyte saman arbeidet i dei ulike samarbeidsorgana.", "Knytte sammen arbeidet i de ulike samarbeidsorganene."],
        [
          "Følgje opp den felles handlingsplanen og rapportere status til utvala.",
          "Følge opp den felles handlingsplanen og rapportere status til utvalgene.",
        ],
        [
          "Ha redaksjonelt ansvar for den felles nettstaden til helsefellesskapet.",
          "Ha redaksjonelt ansvar for det felles nettstedet til helsefellesskapet.",
        ],
      ],
    },
  );
  return specs;
}

export function buildBodies(year: number): { bodies: BodyRow[]; tasks: BodyTaskRow[] } {
  const created = oslo(year - 2, 12, 15, 12, 0);
  const specs = bodySpecs(year);
  const bodies: BodyRow[] = specs.map((spec, index) => ({
    id: ids.body(spec.slug),
    slug: spec.slug,
    kind: spec.kind,
    name: spec.name[0],
    nameNb: spec.name[1],
    shortName: spec.shortName,
    mandate: spec.mandate[0],
    mandateNb: spec.mandate[1],
    parentId: spec.parent ? ids.body(spec.parent) : null,
    areaId: spec.area ? ids.area(spec.area) : null,
    minMeetingsPerYear: spec.minMeetingsPerYear ?? null,
    mentalHealthField: spec.mentalHealthField ?? false,
    establishedOn: spec.establishedOn,
    closedOn: null,
    sortOrder: index + 1,
    createdAt: created,
    updatedAt: created,
    version: 1,
  }));
  const tasks: BodyTaskRow[] = specs.flatMap((spec) =>
    spec.tasks.map(([text, textNb], index) => ({
      id: ids.task(spec.slug, index + 1),
      bodyId: ids.body(spec.slug),
      position: index + 1,
      text,
      textNb,
    })),
  );
  return { bodies, tasks };
}
