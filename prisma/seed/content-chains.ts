// Cases that travel between bodies and keep one identity: OU → SSU, SSU → fagleg samarbeidsutval → SSU, and a
// disagreement (usemje) in an OU that SSU helps resolve (G6).
import { BODY } from "./bodies";
import type { Chain, Text } from "./topics";
import type { AreaSlug } from "./structure";

const SEND_TO_SSU: Text = [
  "Områdeutvalet meiner saka har prinsipiell betydning for heile helsefellesskapet og sender henne til Strategisk samarbeidsutval.",
  "Områdeutvalget mener saken har prinsipiell betydning for hele helsefellesskapet og sender den til Strategisk samarbeidsutvalg.",
];
const NO_CONSENSUS: Text = [
  "Områdeutvalet kom ikkje fram til semje. Saka vert send til Strategisk samarbeidsutval, som skal medverke til å løyse usemja.",
  "Områdeutvalget kom ikke fram til enighet. Saken sendes til Strategisk samarbeidsutvalg, som skal bidra til å løse uenigheten.",
];
const SEND_TO_BU: Text = [
  "SSU sender saka til Fagleg samarbeidsutval for barn og unge og ber om ei fagleg tilråding før saka vert handsama vidare.",
  "SSU sender saken til Faglig samarbeidsutvalg for barn og unge og ber om en faglig anbefaling før saken behandles videre.",
];

/** Every year: OU Bergen (March) → SSU (June); SSU (April) → FSU barn og unge (June) → SSU (September). */
export function yearlyChains(year: number): Chain[] {
  const even = year % 2 === 0;
  const a: Chain = even
    ? {
        key: "kapasitet",
        title: ["Kapasitet i korttidsplassar for utskrivingsklare pasientar i Bergen", "Kapasitet i korttidsplasser for utskrivningsklare pasienter i Bergen"],
        description:
          "Bergen kommune melder om periodar med lang ventetid på korttidsplass for utskrivingsklare pasientar, samstundes som sjukehusa har overbelegg. Saka gjeld kapasitetsplanlegging som påverkar heile helsefellesskapet.",
        desiredOutcome: "Ein felles modell for å planleggje kapasiteten ved høgtider og sesongtoppar.",
        groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
        submitter: "bergen",
        stops: [
          { body: BODY.ou("bergen"), month: 3, outcome: "FORWARD", to: BODY.ssu, decision: SEND_TO_SSU },
          {
            body: BODY.ssu,
            month: 6,
            outcome: "DECIDED",
            measure: "1.2",
            decision: [
              "SSU ber samarbeidssekretariatet, saman med områdeutvala, lage ein felles modell for kapasitetsplanlegging ved sesongtoppar. Arbeidet vert teke inn i tiltak 1.2 i handlingsplanen.",
              "SSU ber samarbeidssekretariatet, sammen med områdeutvalgene, lage en felles modell for kapasitetsplanlegging ved sesongtopper. Arbeidet tas inn i tiltak 1.2 i handlingsplanen.",
            ],
          },
        ],
      }
    : {
        key: "rask-psykisk-helsehjelp",
        title: ["Rask psykisk helsehjelp for unge vaksne i Bergen", "Rask psykisk helsehjelp for unge voksne i Bergen"],
        description:
          "Bergen kommune og Helse Bergen ser at unge vaksne med moderate psykiske plager fell mellom tilboda. Områdeutvalet ønskjer ein felles modell som også kan nyttast i dei andre områda.",
        groups: ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
        submitter: "bergen",
        stops: [
          { body: BODY.ou("bergen"), month: 3, outcome: "FORWARD", to: BODY.ssu, decision: SEND_TO_SSU },
          {
            body: BODY.ssu,
            month: 6,
            outcome: "DECIDED",
            measure: "2.1",
            decision: [
              "SSU støttar at det vert laga ein felles modell for rask psykisk helsehjelp til unge vaksne, og ber Fagleg samarbeidsutval for psykisk helse og rus leggje fram forslag innan utgangen av året.",
              "SSU støtter at det lages en felles modell for rask psykisk helsehjelp til unge voksne, og ber Faglig samarbeidsutvalg for psykisk helse og rus legge fram forslag innen utgangen av året.",
            ],
          },
        ],
      };
  const b: Chain = even
    ? {
        key: "barn-samansette-behov",
        title: ["Samhandling om barn og unge med samansette behov", "Samhandling om barn og unge med sammensatte behov"],
        description:
          "Familiar til barn med samansette behov opplever at dei sjølve må koordinere tenestene. SSU ønskjer ein tilrådd modell for koordinering mellom kommunale tenester, habilitering og barne- og ungdomspsykiatri.",
        groups: ["CHILDREN_YOUTH"],
        submitter: "brukarutvalet-helse-bergen",
        stops: [
          { body: BODY.ssu, month: 4, outcome: "FORWARD", to: BODY.bu, decision: SEND_TO_BU },
          {
            body: BODY.bu,
            month: 6,
            outcome: "FORWARD",
            to: BODY.ssu,
            decision: [
              "Utvalet tilrår ein felles modell med éin koordinator i kommunen og faste samarbeidsmøte med spesialisthelsetenesta. Tilrådinga vert send tilbake til SSU.",
              "Utvalget anbefaler en felles modell med én koordinator i kommunen og faste samarbeidsmøter med spesialisthelsetjenesten. Anbefalingen sendes tilbake til SSU.",
            ],
          },
          {
            body: BODY.ssu,
            month: 9,
            outcome: "DECIDED",
            measure: "1.5",
            decision: [
              "SSU sluttar seg til tilrådinga frå Fagleg samarbeidsutval for barn og unge. Modellen vert teken inn i tenesteavtale 2 ved neste revisjon.",
              "SSU slutter seg til anbefalingen fra Faglig samarbeidsutvalg for barn og unge. Modellen tas inn i tjenesteavtale 2 ved neste revisjon.",
            ],
          },
        ],
      }
    : {
        key: "overgang-barn-vaksen",
        title: ["Overgang frå barne- til vaksentenester for unge med kroniske lidingar", "Overgang fra barne- til voksentjenester for unge med kroniske lidelser"],
        description:
          "Unge med kroniske lidingar opplever brot i oppfølginga når dei går over frå barne- til vaksentenester. SSU ønskjer ei fagleg vurdering av korleis overgangen kan planleggjast betre.",
        groups: ["CHILDREN_YOUTH", "MULTIPLE_CHRONIC"],
        submitter: "kommunale-brukarrad",
        stops: [
          { body: BODY.ssu, month: 4, outcome: "FORWARD", to: BODY.bu, decision: SEND_TO_BU },
          {
            body: BODY.bu,
            month: 6,
            outcome: "FORWARD",
            to: BODY.ssu,
            decision: [
              "Utvalet tilrår at overgangen vert planlagd frå pasienten er 16 år, med ei felles sjekkliste for kommunen, fastlegen og sjukehuset. Tilrådinga vert send tilbake til SSU.",
              "Utvalget anbefaler at overgangen planlegges fra pasienten er 16 år, med en felles sjekkliste for kommunen, fastlegen og sykehuset. Anbefalingen sendes tilbake til SSU.",
            ],
          },
          {
            body: BODY.ssu,
            month: 9,
            outcome: "DECIDED",
            measure: "2.3",
            decision: [
              "SSU sluttar seg til tilrådinga og ber partane innarbeide sjekklista i eigne rutinar.",
              "SSU slutter seg til anbefalingen og ber partene innarbeide sjekklisten i egne rutiner.",
            ],
          },
        ],
      };
  return [a, b, disagreementChain(year)];
}

/** Every year one OU (rotating) records disagreement in September; SSU resolves it in December (G6). */
function disagreementChain(year: number): Chain {
  const rotation: AreaSlug[] = ["bergen", "nordhordland", "voss", "bergensregionen"];
  const area = rotation[year % 4]!;
  const variants: Record<AreaSlug, Omit<Chain, "stops" | "key"> & { note: string; resolution: Text; measure?: string }> = {
    nordhordland: {
      title: ["Tolking av tenesteavtale 5: når er ein pasient utskrivingsklar?", "Tolkning av tjenesteavtale 5: når er en pasient utskrivningsklar?"],
      description:
        "Kommunane i Nordhordland og Helse Bergen forstår ulikt kva som må vere avklart før ein pasient vert meld utskrivingsklar, særleg når det gjeld behandlingsplan og legemiddel.",
      groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
      submitter: "alver",
      note: "Kommunane meiner at ein pasient ikkje kan meldast utskrivingsklar før behandlingsplanen og legemiddellista er ferdige. Spesialisthelsetenesta meiner at avtalen opnar for at dette kan ettersendast same dag. Utvalet kom ikkje fram til semje.",
      resolution: [
        "SSU presiserer at behandlingsplan og oppdatert legemiddelliste skal følgje pasienten ved utskriving. Dersom noko unntaksvis må ettersendast, skal det skje same dag og avtalast direkte med kommunen. Presiseringa vert teken inn ved neste revisjon av tenesteavtale 5.",
        "SSU presiserer at behandlingsplan og oppdatert legemiddelliste skal følge pasienten ved utskrivning. Dersom noe unntaksvis må ettersendes, skal det skje samme dag og avtales direkte med kommunen. Presiseringen tas inn ved neste revisjon av tjenesteavtale 5.",
      ],
      measure: "1.1",
    },
    voss: {
      title: ["Ansvar for opplæring i medisinsk-teknisk utstyr ved utskriving", "Ansvar for opplæring i medisinsk-teknisk utstyr ved utskrivning"],
      description:
        "Når pasientar vert skrivne ut med nytt medisinsk-teknisk utstyr, er det uklart kven som skal lære opp personalet i heimetenesta, og kven som dekkjer kostnadene.",
      groups: ["MULTIPLE_CHRONIC", "FRAIL_ELDERLY"],
      submitter: "voss",
      note: "Kommunane meiner at sjukehuset skal stå for opplæringa fordi utstyret er forordna der. Spesialisthelsetenesta meiner at ansvaret for opplæring av eige personale ligg hos kommunen etter tenesteavtale 1. Utvalet kom ikkje fram til semje.",
      resolution: [
        "SSU legg til grunn at spesialisthelsetenesta gir opplæring i utstyr som er nytt for kommunen, og at kommunen sørgjer for vidare opplæring av eige personale. Ansvarsdelinga vert innarbeidd i tenesteavtale 1.",
        "SSU legger til grunn at spesialisthelsetjenesten gir opplæring i utstyr som er nytt for kommunen, og at kommunen sørger for videre opplæring av eget personale. Ansvarsdelingen innarbeides i tjenesteavtale 1.",
      ],
    },
    bergensregionen: {
      title: ["Ansvar for transport ved overflytting til kommunale akuttplassar", "Ansvar for transport ved overflytting til kommunale akuttplasser"],
      description:
        "Partane er usamde om kven som skal bestille og betale transport når pasientar vert flytta frå akuttmottaket til kommunalt døgnopphald for øyeblikkeleg hjelp.",
      groups: ["FRAIL_ELDERLY"],
      submitter: "askoy",
      note: "Kommunane meiner at transporten er spesialisthelsetenesta sitt ansvar fordi pasienten vert flytta frå sjukehuset. Spesialisthelsetenesta meiner at kommunen har ansvaret når pasienten skal til eit kommunalt tilbod. Utvalet kom ikkje fram til semje.",
      resolution: [
        "SSU legg til grunn at den som avgjer overflyttinga, bestiller transporten, og at pasientreiser vert nytta der vilkåra er oppfylte. Tenesteavtale 4 vert presisert ved neste revisjon.",
        "SSU legger til grunn at den som avgjør overflyttingen, bestiller transporten, og at pasientreiser brukes der vilkårene er oppfylt. Tjenesteavtale 4 presiseres ved neste revisjon.",
      ],
    },
    bergen: {
      title: ["Ansvar for legemiddel dei første dagane etter utskriving", "Ansvar for legemidler de første dagene etter utskrivning"],
      description:
        "Heimetenesta opplever at pasientar vert skrivne ut utan legemiddel til dei første dagane, særleg før helg. Partane er usamde om kven som skal sørgje for legemiddel til apoteket kan levere.",
      groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
      submitter: "bergen",
      note: "Bergen kommune meiner at sjukehuset skal sende med legemiddel for minst to døgn. Spesialisthelsetenesta meiner at dette berre gjeld når apoteket er stengt. Utvalet kom ikkje fram til semje.",
      resolution: [
        "SSU tilrår at pasienten får med legemiddel til og med første kvardag etter utskrivinga. Ordninga vert evaluert etter eitt år.",
        "SSU anbefaler at pasienten får med legemidler til og med første hverdag etter utskrivningen. Ordningen evalueres etter ett år.",
      ],
      measure: "1.3",
    },
  };
  const v = variants[area];
  return {
    key: `usemje-${area}`,
    title: v.title,
    description: v.description,
    groups: v.groups,
    submitter: v.submitter,
    stops: [
      { body: BODY.ou(area), month: 9, outcome: "DISAGREEMENT", to: BODY.ssu, decision: NO_CONSENSUS, disagreementNote: v.note },
      { body: BODY.ssu, month: 12, outcome: "DECIDED", decision: v.resolution, measure: v.measure },
    ],
  };
}

