// News articles: seven published (dates tied to events in the seed, never after now) and one draft.
import type { NewsArticleRow } from "./types";
import { BODY } from "./bodies";
import { ids } from "./ids";
import { addDays, addHours, minDate, oslo } from "./time";
import { meetingIn, ssuDecemberMeeting } from "./schedule";
import { fill } from "./text";

type Article = {
  slug: string;
  at: Date | null;
  title: [string, string];
  lead: [string, string];
  body: [string, string];
};

export function buildNews(year: number, now: Date): NewsArticleRow[] {
  const afterMeeting = (body: string, y: number, month: number, days: number) => addDays(meetingIn(body, y, month)!.endsAt, days);
  const articles: Article[] = [
    {
      slug: `korleis-vert-representantane-valde`,
      at: oslo(year - 1, 1, 20, 10, 0),
      title: ["Korleis vert representantane i utvala valde?", "Hvordan velges representantene i utvalgene?"],
      lead: [
        "Retningslina for medverknad og representasjon avgjer kven som sit i SSU, områdeutvala og sekretariatet.",
        "Retningslinjen for medvirkning og representasjon avgjør hvem som sitter i SSU, områdeutvalgene og sekretariatet.",
      ],
      body: [
        "<p>Alle samarbeidsorgan skal ha brukarrepresentantar og, så langt det er mogleg, ein fastlegerepresentant. Kvar representant vert vald for fire år om gongen.</p><p>I SSU har alle faste medlemer ein personleg vara, og leiaren og nestleiaren kjem frå kvar sitt forvaltningsnivå.</p>",
        "<p>Alle samarbeidsorganer skal ha brukerrepresentanter og, så langt det er mulig, en fastlegerepresentant. Hver representant velges for fire år av gangen.</p><p>I SSU har alle faste medlemmer en personlig vararepresentant, og lederen og nestlederen kommer fra hvert sitt forvaltningsnivå.</p>",
      ],
    },
    {
      slug: `ny-arbeidsgruppe-samordna-utskriving`,
      at: oslo(year - 1, 9, 21, 10, 0),
      title: ["Ny arbeidsgruppe skal gjere utskrivinga frå sjukehus tryggare", "Ny arbeidsgruppe skal gjøre utskrivningen fra sykehus tryggere"],
      lead: [
        "SSU har oppretta ei tidsavgrensa arbeidsgruppe som skal lage ein felles rutine for utskriving til kommunale tenester.",
        "SSU har opprettet en tidsavgrenset arbeidsgruppe som skal lage en felles rutine for utskrivning til kommunale tjenester.",
      ],
      body: [
        "<p>Gruppa har representantar frå kommunane, Helse Bergen, Haraldsplass, brukarane og fastlegane. Ho skal leggje fram forslaget sitt for SSU innan utgangen av {Y}.</p>",
        "<p>Gruppen har representanter fra kommunene, Helse Bergen, Haraldsplass, brukerne og fastlegene. Den skal legge fram forslaget sitt for SSU innen utgangen av {Y}.</p>",
      ],
    },
    {
      slug: `partnarskapsmotet-${year - 1}`,
      at: afterMeeting(BODY.pm, year - 1, 10, 3),
      title: ["Partnarskapsmøtet {Y-1}: leiarane samla om prioriteringane", "Partnerskapsmøtet {Y-1}: lederne samlet om prioriteringene"],
      lead: [
        "Kommunedirektørane og sjukehusdirektørane i helsefellesskapet møttest til det årlege partnarskapsmøtet.",
        "Kommunedirektørene og sykehusdirektørene i helsefellesskapet møttes til det årlige partnerskapsmøtet.",
      ],
      body: [
        "<p>Møtet slutta seg til prioriteringane for handlingsplanen for {Y} og drøfta korleis partane saman kan sikre rett kompetanse på rett stad.</p><p>Brukarrepresentantane minte om at samanhengande tenester er viktigast for dei som treng mest hjelp.</p>",
        "<p>Møtet sluttet seg til prioriteringene for handlingsplanen for {Y} og drøftet hvordan partene sammen kan sikre riktig kompetanse på riktig sted.</p><p>Brukerrepresentantene minnet om at sammenhengende tjenester er viktigst for dem som trenger mest hjelp.</p>",
      ],
    },
    {
      slug: `handlingsplan-${year}`,
      at: addDays(ssuDecemberMeeting(year - 1).endsAt, 2),
      title: ["Felles handlingsplan for {Y} er vedteken", "Felles handlingsplan for {Y} er vedtatt"],
      lead: [
        "Strategisk samarbeidsutval har vedteke den felles handlingsplanen for {Y}. Planen har tiltak for alle dei fire prioriterte pasientgruppene.",
        "Strategisk samarbeidsutvalg har vedtatt den felles handlingsplanen for {Y}. Planen har tiltak for alle de fire prioriterte pasientgruppene.",
      ],
      body: [
        "<p>Handlingsplanen er delt i to: oppfølging av samarbeidsavtalane og andre samarbeidstiltak. Blant tiltaka er ein revidert tenesteavtale om utskrivingsklare pasientar, eit felles forløp for personar med samtidig rus- og psykisk liding og tidleg innsats for barn og unge med psykiske vanskar.</p><p>Status for tiltaka vert rapportert som fast sak i områdeutvala og i SSU gjennom heile året.</p>",
        "<p>Handlingsplanen er delt i to: oppfølging av samarbeidsavtalene og andre samarbeidstiltak. Blant tiltakene er en revidert tjenesteavtale om utskrivningsklare pasienter, et felles forløp for personer med samtidig rus- og psykisk lidelse og tidlig innsats for barn og unge med psykiske vansker.</p><p>Status for tiltakene rapporteres som fast sak i områdeutvalgene og i SSU gjennom hele året.</p>",
      ],
    },
    {
      slug: `samhandlingsavvik-${year - 1}`,
      at: afterMeeting(BODY.ssu, year, 2, 7),
      title: ["Årsoversikt over samhandlingsavvik for {Y-1}", "Årsoversikt over samhandlingsavvik for {Y-1}"],
      lead: [
        "Dei fleste samhandlingsavvika i {Y-1} gjaldt utskriving, legemiddellister og elektroniske meldingar.",
        "De fleste samhandlingsavvikene i {Y-1} gjaldt utskrivning, legemiddellister og elektroniske meldinger.",
      ],
      body: [
        "<p>Oversikta byggjer på anonymiserte tal frå partane, fordelte på område, kategori og avtalepunkt. Ho inneheld ingen opplysningar om einskildpasientar.</p><p>Områdeutvala brukar tala i det lokale forbetringsarbeidet.</p>",
        "<p>Oversikten bygger på anonymiserte tall fra partene, fordelt på område, kategori og avtalepunkt. Den inneholder ingen opplysninger om enkeltpasienter.</p><p>Områdeutvalgene bruker tallene i det lokale forbedringsarbeidet.</p>",
      ],
    },
    {
      slug: `fagutval-barn-og-unge-tilrar-modell-${year}`,
      at: afterMeeting(BODY.bu, year, 6, 5),
      title: [
        "Fagutvalet for barn og unge tilrår ein felles modell for koordinering",
        "Fagutvalget for barn og unge anbefaler en felles modell for koordinering",
      ],
      lead: [
        "Barn og unge med samansette behov skal få éin koordinator og faste samarbeidsmøte mellom kommunen og spesialisthelsetenesta.",
        "Barn og unge med sammensatte behov skal få én koordinator og faste samarbeidsmøter mellom kommunen og spesialisthelsetjenesten.",
      ],
      body: [
        "<p>Tilrådinga er send til Strategisk samarbeidsutval, som handsamar saka i haustmøtet.</p>",
        "<p>Anbefalingen er sendt til Strategisk samarbeidsutvalg, som behandler saken i høstmøtet.</p>",
      ],
    },
    {
      slug: `utkast-handlingsplan-${year + 1}`,
      at: null,
      title: ["Forslag til handlingsplan for {Y+1} er klart", "Forslag til handlingsplan for {Y+1} er klart"],
      lead: [
        "Samarbeidssekretariatet har samla innspela frå områdeutvala og dei faglege samarbeidsutvala.",
        "Samarbeidssekretariatet har samlet innspillene fra områdeutvalgene og de faglige samarbeidsutvalgene.",
      ],
      body: [
        "<p>Forslaget vert lagt fram for Strategisk samarbeidsutval i desember.</p>",
        "<p>Forslaget legges fram for Strategisk samarbeidsutvalg i desember.</p>",
      ],
    },
    {
      // Search finds Norwegian compounds (issue 18.2): "legemiddel" finds this title's "legemiddellista".
      slug: `felles-legemiddelliste`,
      at: oslo(year - 1, 2, 12, 10, 0),
      title: ["Den felles legemiddellista skal følgje pasienten", "Den felles legemiddellisten skal følge pasienten"],
      lead: [
        "Kommunane og sjukehusa tek i bruk ei felles liste over legemidla til pasientar som får tenester frå fleire partar.",
        "Kommunene og sykehusene tar i bruk en felles liste over legemidlene til pasienter som får tjenester fra flere parter.",
      ],
      body: [
        "<p>Fastlegen held lista oppdatert, og sjukehuset og heimetenesta les den same lista.</p>",
        "<p>Fastlegen holder listen oppdatert, og sykehuset og hjemmetjenesten leser den samme listen.</p>",
      ],
    },
  ];
  const f = (s: string) => fill(s, year);
  return articles.map((a, index) => {
    const publishedAt = a.at ? minDate(a.at, addHours(now, -(articles.length - index))) : null;
    const created = publishedAt ? addDays(publishedAt, -1) : addHours(now, -5);
    return {
      id: ids.news(a.slug),
      slug: a.slug,
      title: f(a.title[0]),
      titleNb: f(a.title[1]),
      lead: f(a.lead[0]),
      leadNb: f(a.lead[1]),
      body: f(a.body[0]),
      bodyNb: f(a.body[1]),
      publishedAt,
      createdAt: created,
      updatedAt: publishedAt ?? created,
      version: 1,
    };
  });
}
