// Agenda content for the områdeutval (one pool, filled in with the area) and the faglege samarbeidsutval.
import { BODY } from "./bodies";
import type { Text, Topic } from "./topics";

const OU_POOL: Omit<Topic, "submitter">[] = [
  {
    key: "ta5-lokalt",
    title: ["Lokal oppfølging av tenesteavtale 5 om utskrivingsklare pasientar", "Lokal oppfølging av tjenesteavtale 5 om utskrivningsklare pasienter"],
    description:
      "Gjennomgang av korleis utskrivingsklare pasientar frå {area} vert melde og tekne imot, med tal på liggedøgn etter at pasientane var utskrivingsklare.",
    decision: [
      "Områdeutvalet ber partane i området gå gjennom rutinane for varsling og melde tilbake om tiltak på neste møte.",
      "Områdeutvalget ber partene i området gå gjennom rutinene for varsling og melde tilbake om tiltak på neste møte.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    measure: "1.1",
  },
  {
    key: "avvik-lokalt",
    title: ["Samhandlingsavvik i {area} – oversikt og oppfølging", "Samhandlingsavvik i {areaNb} – oversikt og oppfølging"],
    description:
      "Sekretariatet legg fram anonymiserte tal på samhandlingsavvik i området sidan førre møte, fordelte på kategori og avtalepunkt. Oversikta inneheld ingen opplysningar som kan identifisere pasientar.",
    decision: [
      "Områdeutvalet tek oversikta til orientering og vel ut avvik knytte til utskriving som tema for eit lokalt forbetringstiltak.",
      "Områdeutvalget tar oversikten til orientering og velger ut avvik knyttet til utskrivning som tema for et lokalt forbedringstiltak.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    measure: "1.4",
  },
  {
    key: "legemiddelsamstemming",
    title: ["Legemiddelsamstemming ved innlegging og utskriving", "Legemiddelsamstemming ved innleggelse og utskrivning"],
    description:
      "Avvik viser at legemiddellister ikkje alltid er oppdaterte når pasientar vert lagde inn eller skrivne ut. Saka drøftar korleis pasienten si legemiddelliste kan nyttast betre mellom fastlege, heimeteneste og sjukehus.",
    decision: [
      "Områdeutvalet sluttar seg til at partane prøver ut ei felles sjekkliste for legemiddelsamstemming i området.",
      "Områdeutvalget slutter seg til at partene prøver ut en felles sjekkliste for legemiddelsamstemming i området.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    measure: "1.3",
  },
  {
    key: "e-meldingar",
    title: ["Felles opplæring i e-meldingar for heimetenestene", "Felles opplæring i e-meldinger for hjemmetjenestene"],
    description:
      "Heimetenestene og sjukehusa ønskjer felles opplæring i bruk av pleie- og omsorgsmeldingar, slik at meldingane vert sende til rett tid og med rett innhald.",
    decision: [
      "Områdeutvalet ber sekretariatet planleggje to felles opplæringsdagar i løpet av hausten.",
      "Områdeutvalget ber sekretariatet planlegge to felles opplæringsdager i løpet av høsten.",
    ],
    groups: ["MULTIPLE_CHRONIC"],
    measure: "1.6",
  },
  {
    key: "barn-som-parorande",
    title: ["Barn som pårørande – lokal rutine", "Barn som pårørende – lokal rutine"],
    description:
      "Når foreldre vert alvorleg sjuke eller har rusproblem, skal behova til barna bli fanga opp. Saka gjeld ein felles lokal rutine for kontakt mellom sjukehus, helsestasjon og skule.",
    decision: [
      "Områdeutvalet vedtek å innføre den felles rutinen og ber partane peike ut kontaktpersonar.",
      "Områdeutvalget vedtar å innføre den felles rutinen og ber partene peke ut kontaktpersoner.",
    ],
    groups: ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.4",
  },
  {
    key: "nettverk-psykisk-helse",
    title: ["Lokalt nettverk for psykisk helse og rus", "Lokalt nettverk for psykisk helse og rus"],
    description:
      "Forslag om å opprette eit lokalt nettverk der fagfolk frå kommunal side og DPS deler erfaringar og samordnar tilboda til personar med alvorleg psykisk liding og rusproblem.",
    decision: [
      "Områdeutvalet opprettar eit lokalt nettverk for psykisk helse og rus med representantar frå kommunal side, DPS og brukarane. Nettverket rapporterer til områdeutvalet.",
      "Områdeutvalget oppretter et lokalt nettverk for psykisk helse og rus med representanter fra kommunal side, DPS og brukerne. Nettverket rapporterer til områdeutvalget.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.1",
  },
  {
    key: "kad",
    title: ["Kommunale akutte døgnplassar – bruk og kapasitet", "Kommunale akutte døgnplasser – bruk og kapasitet"],
    description:
      "Gjennomgang av bruken av kommunale akutte døgnplassar (KAD) i området det siste halvåret, og av kva pasientgrupper som vert lagde inn der.",
    decision: [
      "Områdeutvalet tek gjennomgangen til orientering og ber legevakt og akuttmottak drøfte korleis fleire eigna pasientar kan få tilbod om KAD-plass.",
      "Områdeutvalget tar gjennomgangen til orientering og ber legevakt og akuttmottak drøfte hvordan flere egnede pasienter kan få tilbud om KAD-plass.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
  },
  {
    key: "skropelege-eldre",
    title: ["Oppfølging av skrøpelege eldre etter utskriving", "Oppfølging av skrøpelige eldre etter utskrivning"],
    description:
      "Forslag om strukturert oppfølging dei første dagane etter utskriving for skrøpelege eldre, med heimebesøk og samtale med fastlegen.",
    decision: [
      "Områdeutvalet støttar forslaget og ber om at tiltaket vert prøvd ut i to heimetenestedistrikt før det vert vurdert spreidd.",
      "Områdeutvalget støtter forslaget og ber om at tiltaket prøves ut i to hjemmetjenestedistrikter før det vurderes spredt.",
    ],
    groups: ["FRAIL_ELDERLY"],
    measure: "2.6",
  },
  {
    key: "ambulante-team",
    title: ["Ambulante team i psykisk helsevern – samarbeid med kommunane", "Ambulante team i psykisk helsevern – samarbeid med kommunene"],
    description:
      "DPS orienterer om dei ambulante teama og om korleis samarbeidet med kommunale tenester kan styrkjast, mellom anna gjennom felles FACT-team.",
    decision: [
      "Områdeutvalet ber DPS og kommunal side greie ut eit felles ambulant team etter FACT-modellen.",
      "Områdeutvalget ber DPS og kommunal side utrede et felles ambulant team etter FACT-modellen.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.2",
  },
  {
    key: "innspel-handlingsplan",
    title: ["Innspel til felles handlingsplan for {Y+1}", "Innspill til felles handlingsplan for {Y+1}"],
    description: "Områdeutvalet drøftar kva lokale behov som bør takast inn i den felles handlingsplanen for neste år.",
    decision: [
      "Områdeutvalet sender innspela frå møtet til samarbeidssekretariatet som grunnlag for handlingsplanen.",
      "Områdeutvalget sender innspillene fra møtet til samarbeidssekretariatet som grunnlag for handlingsplanen.",
    ],
    groups: ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE", "FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
  },
  {
    key: "digital-heimeoppfolging",
    title: ["Digital heimeoppfølging av personar med kroniske lidingar", "Digital hjemmeoppfølging av personer med kroniske lidelser"],
    description:
      "Erfaringar frå utprøvinga av digital heimeoppfølging i området, og korleis sjukehuset og kommunal side kan dele ansvaret for oppfølginga.",
    decision: [
      "Områdeutvalet tilrår at utprøvinga held fram, og at erfaringane vert delte med dei andre områdeutvala.",
      "Områdeutvalget anbefaler at utprøvingen fortsetter, og at erfaringene deles med de andre områdeutvalgene.",
    ],
    groups: ["MULTIPLE_CHRONIC"],
    measure: "2.5",
  },
  {
    key: "beredskapsovelse",
    title: ["Lokal beredskapsplan for helse – felles øving", "Lokal beredskapsplan for helse – felles øvelse"],
    description:
      "Partane i området planlegg ei felles øving der legevakt, ambulanseteneste og sjukehus øver på ei hending med mange skadde.",
    decision: [
      "Områdeutvalet sluttar seg til planen for øvinga og ber om ei oppsummering av læringspunkta etterpå.",
      "Områdeutvalget slutter seg til planen for øvelsen og ber om en oppsummering av læringspunktene etterpå.",
    ],
    groups: [],
  },
  {
    key: "hospitering",
    title: ["Hospitering mellom kommune og sjukehus", "Hospitering mellom kommune og sykehus"],
    description:
      "Forslag til ei hospiteringsordning der sjukepleiarar frå heimetenesta og sengepostane blir kjende med arbeidet hos kvarandre.",
    decision: [
      "Områdeutvalet vedtek hospiteringsordninga og ber partane setje av tid til minst fire hospiteringar kvar i året.",
      "Områdeutvalget vedtar hospiteringsordningen og ber partene sette av tid til minst fire hospiteringer hver i året.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
    measure: "2.7",
  },
  {
    key: "jordmor",
    title: ["Samarbeid om jordmortenester og svangerskapsomsorg", "Samarbeid om jordmortjenester og svangerskapsomsorg"],
    description:
      "Gjennomgang av tenesteavtalen om svangerskaps-, fødsels- og barselomsorg, med vekt på følgjeteneste og heimebesøk etter fødsel.",
    decision: [
      "Områdeutvalet ber partane oppdatere den lokale rutinen for heimebesøk etter fødsel innan utgangen av året.",
      "Områdeutvalget ber partene oppdatere den lokale rutinen for hjemmebesøk etter fødsel innen utgangen av året.",
    ],
    groups: ["CHILDREN_YOUTH"],
  },
];

/** Two cases per OU meeting, taken from the pool by a fixed rule (the year's parity shifts the window). */
export function ouTopics(year: number, slot: number, submitters: [string, string]): Topic[] {
  const start = ((year % 2) * 5 + slot * 2) % OU_POOL.length;
  return [0, 1].map((j) => ({ ...OU_POOL[(start + j) % OU_POOL.length]!, submitter: submitters[j] }));
}

export const OU_ORIENTATIONS: Text[] = [
  ["Orientering frå Strategisk samarbeidsutval", "Orientering fra Strategisk samarbeidsutvalg"],
  ["Orientering frå brukarrepresentantane", "Orientering fra brukerrepresentantene"],
];

type Pool = Omit<Topic, "submitter">[];

const PHR: Pool = [
  {
    key: "rop-forlop",
    title: ["Felles forløp for personar med samtidig rus- og psykisk liding", "Felles forløp for personer med samtidig rus- og psykisk lidelse"],
    description: "Utvalet drøftar utkast til eit felles forløp for personar med ROP-lidingar, frå tilvising til oppfølging i kommunen.",
    decision: [
      "Utvalet sluttar seg til hovudtrekka i forløpet og ber arbeidsgruppa ferdigstille det til neste møte.",
      "Utvalget slutter seg til hovedtrekkene i forløpet og ber arbeidsgruppen ferdigstille det til neste møte.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.1",
  },
  {
    key: "pakkeforlop",
    title: ["Erfaringar med pakkeforløp for psykisk helse og rus", "Erfaringer med pakkeforløp for psykisk helse og rus"],
    description: "Gjennomgang av erfaringane med pakkeforløpa, særleg evalueringssamtalane og samarbeidet med fastlegane.",
    decision: [
      "Utvalet tilrår at fastlegane får ein fast kontaktperson i DPS for spørsmål om pakkeforløp.",
      "Utvalget anbefaler at fastlegene får en fast kontaktperson i DPS for spørsmål om pakkeforløp.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
  },
  {
    key: "brukarstyrt-innlegging",
    title: ["Brukarstyrt innlegging – felles rutinar", "Brukerstyrt innleggelse – felles rutiner"],
    description: "Fleire DPS tilbyr brukarstyrt innlegging. Utvalet ser på korleis kommunane kan få informasjon når ein pasient nyttar tilbodet.",
    decision: [
      "Utvalet tilrår ein felles mal for avtale om brukarstyrt innlegging, med samtykke til å varsle kommunen.",
      "Utvalget anbefaler en felles mal for avtale om brukerstyrt innleggelse, med samtykke til å varsle kommunen.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
  },
  {
    key: "bustad",
    title: ["Overgang frå døgnopphald til eigen bustad", "Overgang fra døgnopphold til egen bolig"],
    description:
      "Pasientar med alvorleg psykisk liding blir ofte verande i døgnopphald fordi dei manglar bustad. Utvalet drøftar tidleg samarbeid om bustad og oppfølging.",
    decision: [
      "Utvalet ber områdeutvala kartleggje ventetida på bustad for utskrivingsklare pasientar i psykisk helsevern.",
      "Utvalget ber områdeutvalgene kartlegge ventetiden på bolig for utskrivningsklare pasienter i psykisk helsevern.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
  },
  {
    key: "fact-status",
    title: ["Oppfølging av FACT-team i helsefellesskapet", "Oppfølging av FACT-team i helsefellesskapet"],
    description: "Status for dei etablerte FACT-teama og planane for nye team.",
    decision: [
      "Utvalet tek statusen til orientering og støttar at det vert etablert FACT-team i Nordhordland.",
      "Utvalget tar statusen til orientering og støtter at det etableres FACT-team i Nordhordland.",
    ],
    groups: ["SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.2",
  },
  {
    key: "unge-rus",
    title: ["Tilbod til unge med debuterande rusproblem", "Tilbud til unge med debuterende rusproblemer"],
    description: "Utvalet drøftar korleis kommunane og spesialisthelsetenesta kan fange opp unge med debuterande rusproblem tidlegare.",
    decision: [
      "Utvalet ber om at temaet vert teke inn i arbeidet med tidleg innsats for barn og unge.",
      "Utvalget ber om at temaet tas inn i arbeidet med tidlig innsats for barn og unge.",
    ],
    groups: ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.3",
  },
];

const BU: Pool = [
  {
    key: "bup-helsestasjon",
    title: ["Helsestasjon og skulehelseteneste – samarbeid med BUP", "Helsestasjon og skolehelsetjeneste – samarbeid med BUP"],
    description: "Utvalet drøftar korleis helsesjukepleiarar kan få rettleiing frå barne- og ungdomspsykiatrien utan formell tilvising.",
    decision: [
      "Utvalet tilrår faste rettleiingsmøte mellom BUP og helsestasjon og skulehelseteneste i kvart område.",
      "Utvalget anbefaler faste veiledningsmøter mellom BUP og helsestasjon og skolehelsetjeneste i hvert område.",
    ],
    groups: ["CHILDREN_YOUTH"],
    measure: "2.3",
  },
  {
    key: "barn-rus-familie",
    title: ["Barn i familiar med rusproblem", "Barn i familier med rusproblemer"],
    description: "Gjennomgang av korleis barn av foreldre med rusproblem vert fanga opp i svangerskapsomsorga og på helsestasjonen.",
    decision: [
      "Utvalet ber om at rutinen for barn som pårørande vert utvida til også å gjelde svangerskapsomsorga.",
      "Utvalget ber om at rutinen for barn som pårørende utvides til også å gjelde svangerskapsomsorgen.",
    ],
    groups: ["CHILDREN_YOUTH", "SEVERE_MENTAL_ILLNESS_SUBSTANCE"],
    measure: "2.4",
  },
  {
    key: "tidleg-innsats",
    title: ["Tidleg innsats ved psykiske vanskar hos barn", "Tidlig innsats ved psykiske vansker hos barn"],
    description: "Kunnskapsgrunnlag og forslag til tiltak for tidleg innsats i kommunane, med støtte frå spesialisthelsetenesta.",
    decision: [
      "Utvalet sluttar seg til forslaget og legg det fram som innspel til handlingsplanen.",
      "Utvalget slutter seg til forslaget og legger det fram som innspill til handlingsplanen.",
    ],
    groups: ["CHILDREN_YOUTH"],
    measure: "2.3",
  },
  {
    key: "habilitering",
    title: ["Habilitering – koordinering for barn med funksjonsnedsetjing", "Habilitering – koordinering for barn med funksjonsnedsettelse"],
    description: "Foreldre møter mange aktørar og opplever lite samordning. Utvalet drøftar rolla til koordinatoren og den individuelle planen.",
    decision: [
      "Utvalet tilrår at kommunen peikar ut koordinator tidleg, og at habiliteringstenesta deltek i det første samarbeidsmøtet.",
      "Utvalget anbefaler at kommunen peker ut koordinator tidlig, og at habiliteringstjenesten deltar i det første samarbeidsmøtet.",
    ],
    groups: ["CHILDREN_YOUTH"],
    measure: "1.5",
  },
  {
    key: "digitale-samarbeidsmote",
    title: ["Digitale samarbeidsmøte om barn og unge", "Digitale samarbeidsmøter om barn og unge"],
    description: "Erfaringar med videomøte mellom BUP, kommunale tenester og familien.",
    decision: [
      "Utvalet tilrår at digitale samarbeidsmøte vert tilbodne som standard når familien ønskjer det.",
      "Utvalget anbefaler at digitale samarbeidsmøter tilbys som standard når familien ønsker det.",
    ],
    groups: ["CHILDREN_YOUTH"],
  },
  {
    key: "skulefravaer",
    title: ["Skulefråvær og psykisk helse", "Skolefravær og psykisk helse"],
    description: "Utvalet drøftar samarbeidet mellom skule, skulehelseteneste og BUP om elevar med høgt fråvær som heng saman med psykiske vanskar.",
    decision: [
      "Utvalet tilrår ein felles rettleiar for samarbeid om elevar med høgt fråvær.",
      "Utvalget anbefaler en felles veileder for samarbeid om elever med høyt fravær.",
    ],
    groups: ["CHILDREN_YOUTH"],
  },
];

const EK: Pool = [
  {
    key: "legemiddelgjennomgang",
    title: ["Felles rutine for legemiddelgjennomgang hos eldre", "Felles rutine for legemiddelgjennomgang hos eldre"],
    description: "Forslag til ein felles rutine for legemiddelgjennomgang for eldre som brukar mange legemiddel, både i sjukeheim og heimeteneste.",
    decision: [
      "Utvalet sluttar seg til rutinen og tilrår at SSU vedtek han som felles rutine.",
      "Utvalget slutter seg til rutinen og anbefaler at SSU vedtar den som felles rutine.",
    ],
    groups: ["FRAIL_ELDERLY"],
    measure: "1.3",
  },
  {
    key: "fallforebygging",
    title: ["Fallførebygging for heimebuande eldre", "Fallforebygging for hjemmeboende eldre"],
    description: "Utvalet drøftar eit felles opplegg for kartlegging av fallrisiko i heimetenesta og oppfølging etter brot.",
    decision: [
      "Utvalet ber om at fallførebygging vert eit tema i det felles kompetanseprogrammet i geriatri.",
      "Utvalget ber om at fallforebygging blir et tema i det felles kompetanseprogrammet i geriatri.",
    ],
    groups: ["FRAIL_ELDERLY"],
    measure: "2.6",
  },
  {
    key: "palliasjon",
    title: ["Palliasjon – felles forløp i livets siste fase", "Palliasjon – felles forløp i livets siste fase"],
    description: "Utkast til felles forløp for palliasjon, med vekt på planlegging av heimedød og samarbeid med palliativt team.",
    decision: [
      "Utvalet sluttar seg til utkastet og sender det på innspelsrunde til områdeutvala.",
      "Utvalget slutter seg til utkastet og sender det på innspillsrunde til områdeutvalgene.",
    ],
    groups: ["FRAIL_ELDERLY", "MULTIPLE_CHRONIC"],
  },
  {
    key: "demens",
    title: ["Demens – samarbeid om utgreiing og oppfølging", "Demens – samarbeid om utredning og oppfølging"],
    description: "Gjennomgang av ansvarsdelinga mellom fastlege, kommunalt demensteam og hukommelsesklinikken.",
    decision: [
      "Utvalet tilrår at ansvarsdelinga vert skildra i ei felles oversikt for fastlegar og demensteam.",
      "Utvalget anbefaler at ansvarsdelingen beskrives i en felles oversikt for fastleger og demensteam.",
    ],
    groups: ["FRAIL_ELDERLY"],
  },
  {
    key: "ernaering",
    title: ["Ernæring hos skrøpelege eldre", "Ernæring hos skrøpelige eldre"],
    description: "Underernæring er vanleg hos eldre som vert skrivne ut frå sjukehus. Utvalet drøftar korleis ernæringsstatus kan følgje pasienten.",
    decision: [
      "Utvalet ber om at ernæringsstatus vert ein fast del av epikrisen og den første pleie- og omsorgsmeldinga.",
      "Utvalget ber om at ernæringsstatus blir en fast del av epikrisen og den første pleie- og omsorgsmeldingen.",
    ],
    groups: ["FRAIL_ELDERLY"],
  },
  {
    key: "kols",
    title: ["Kols – felles pasientforløp", "Kols – felles pasientforløp"],
    description: "Revisjon av det felles forløpet for personar med kols, med digital heimeoppfølging som nytt element.",
    decision: ["Utvalet sluttar seg til det reviderte forløpet.", "Utvalget slutter seg til det reviderte forløpet."],
    groups: ["MULTIPLE_CHRONIC"],
    measure: "2.5",
  },
];

const PROFESSIONAL: Record<string, { pool: Pool; submitters: string[] }> = {
  [BODY.phr]: { pool: PHR, submitters: ["helse-bergen", "bergen", "solli-dps"] },
  [BODY.bu]: { pool: BU, submitters: ["bergen", "helse-bergen", "kommunale-brukarrad"] },
  [BODY.ek]: { pool: EK, submitters: ["haraldsplass", "bergen", "oygarden"] },
};

/** One case per meeting of a fagleg samarbeidsutval; odd and even years use different halves of the pool. */
export function professionalTopics(body: string, year: number, slot: number): Topic[] {
  const p = PROFESSIONAL[body];
  if (!p) return [];
  const topic = p.pool[((year % 2) * 3 + slot) % p.pool.length]!;
  return [{ ...topic, submitter: p.submitters[slot % p.submitters.length]! }];
}

export const PROFESSIONAL_ORIENTATIONS: Text[] = [["Erfaringsdeling frå områda", "Erfaringsdeling fra områdene"]];
