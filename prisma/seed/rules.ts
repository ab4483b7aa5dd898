// The retningsline for medverknad og representasjon (adopted by SSU 30.11.2022) as data: one row per rule id of the
// spec, with the counts, seat categories, parties and areas as parameters of a rule kind. The rules module
// (lib/membership/rules) interprets the kinds; another helsefellesskap configures its own rows without code.
import type { Prisma } from "../../lib/db/generated/prisma/client";
import { day, oslo } from "./time";

type BodyKind = "PARTNERSHIP_MEETING" | "STRATEGIC_COMMITTEE" | "AREA_COMMITTEE" | "PROFESSIONAL_COMMITTEE" | "WORKING_GROUP" | "SECRETARIAT";

export type SeedRule = {
  code: string;
  bodyKinds: BodyKind[];
  severity: "HARD" | "SOFT" | "INFO";
  kind: Prisma.RepresentationRuleCreateManyInput["kind"];
  params: Prisma.InputJsonObject;
  description: { nn: string; nb: string };
};

export const RULE_SET_ID = "seed-ruleset-helse-bergen-2022";

const DECIDING: BodyKind[] = ["PARTNERSHIP_MEETING", "STRATEGIC_COMMITTEE", "AREA_COMMITTEE", "PROFESSIONAL_COMMITTEE", "WORKING_GROUP"];
const ALL: BodyKind[] = [...DECIDING, "SECRETARIAT"];
const SSU: BodyKind[] = ["STRATEGIC_COMMITTEE"];
const OU: BodyKind[] = ["AREA_COMMITTEE"];
const SEK: BodyKind[] = ["SECRETARIAT"];

const t = (nn: string, nb: string) => ({ nn, nb });
const exactly = (n: number) => ({ min: n, max: n });
const municipalFrom = (area: string, nn: string, nb: string, n: number) => ({
  key: `municipal-${area}`,
  label: t(`kommunale representantar frå ${nn}`, `kommunale representanter fra ${nb}`),
  select: { seats: ["MUNICIPAL"], areaSlugs: [area] },
  ...exactly(n),
});
const helseBergen = (portfolio: string, nn: string, nb: string) => ({
  key: `hb-${portfolio.toLowerCase().replace(/[^a-zæøå]+/g, "-")}`,
  label: t(`representantar frå Helse Bergen for ${nn}`, `representanter fra Helse Bergen for ${nb}`),
  select: { seats: ["SPECIALIST"], partySlugs: ["helse-bergen"], portfolios: [portfolio] },
  ...exactly(1),
});
const userGroups = [
  { key: "user-municipal", label: t("brukarrepresentantar frå kommunal side", "brukerrepresentanter fra kommunal side"), select: { seats: ["USER_MUNICIPAL"] }, ...exactly(1) },
  {
    key: "user-specialist",
    label: t("brukarrepresentantar frå spesialisthelsetenesta", "brukerrepresentanter fra spesialisthelsetjenesten"),
    select: { seats: ["USER_SPECIALIST"] },
    ...exactly(1),
  },
];

export const HELSE_BERGEN_RULES: SeedRule[] = [
  {
    code: "G1",
    bodyKinds: DECIDING,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: { groups: [{ key: "user", label: t("brukarrepresentantar", "brukerrepresentanter"), select: { seats: ["USER_MUNICIPAL", "USER_SPECIALIST"] }, min: 1 }] },
    description: t("Alle samarbeidsorgan har brukarrepresentasjon.", "Alle samarbeidsorganer har brukerrepresentasjon."),
  },
  {
    code: "G2",
    bodyKinds: DECIDING,
    severity: "SOFT",
    kind: "SEAT_COUNT",
    params: { groups: [{ key: "gp", label: t("fastlegerepresentantar", "fastlegerepresentanter"), select: { seats: ["GP"] }, min: 1 }] },
    description: t("Alle samarbeidsorgan har så langt det er mogleg representasjon frå fastlegane.", "Alle samarbeidsorganer har så langt det er mulig representasjon fra fastlegene."),
  },
  {
    code: "G3",
    bodyKinds: [],
    severity: "HARD",
    kind: "MUNICIPALITY_COVERAGE",
    params: { bodyKinds: ["STRATEGIC_COMMITTEE", "AREA_COMMITTEE"] },
    description: t("Alle kommunane er representerte i strukturen (SSU eller eit områdeutval).", "Alle kommunene er representert i strukturen (SSU eller et områdeutvalg)."),
  },
  {
    code: "G4",
    bodyKinds: OU,
    severity: "HARD",
    kind: "SECTOR_RESPONSIBILITY",
    params: { seats: ["SPECIALIST"] },
    description: t("Spesialisthelsetenesta er representert der sjukehusa har sektoransvar.", "Spesialisthelsetjenesten er representert der sykehusene har sektoransvar."),
  },
  {
    code: "G5",
    bodyKinds: ALL,
    severity: "HARD",
    kind: "TERM_MAX_YEARS",
    params: { years: 4 },
    description: t("Representantane blir valde for høgst fire år om gongen.", "Representantene velges for høyst fire år om gangen."),
  },
  {
    code: "G6",
    bodyKinds: DECIDING,
    severity: "INFO",
    kind: "CONSENSUS_DECISIONS",
    params: {},
    description: t("Vedtak blir gjorde ved konsensus; usemje blir registrert og kan sendast til SSU.", "Vedtak fattes ved konsensus; uenighet registreres og kan sendes til SSU."),
  },
  {
    code: "S1",
    bodyKinds: SSU,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: {
      groups: [
        { key: "municipal", label: t("kommunale representantar", "kommunale representanter"), select: { seats: ["MUNICIPAL"] }, ...exactly(5) },
        municipalFrom("bergen", "Bergen", "Bergen", 2),
        municipalFrom("bergensregionen", "Bergensregionen", "Bergensregionen", 1),
        municipalFrom("nordhordland", "Nordhordland", "Nordhordland", 1),
        municipalFrom("voss", "Voss lokalsjukehusområde", "Voss lokalsykehusområde", 1),
      ],
    },
    description: t("Fem kommunale representantar: to frå Bergen og éin frå kvart av dei andre områda.", "Fem kommunale representanter: to fra Bergen og én fra hvert av de andre områdene."),
  },
  {
    code: "S2",
    bodyKinds: SSU,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: {
      groups: [
        { key: "specialist", label: t("representantar frå spesialisthelsetenesta", "representanter fra spesialisthelsetjenesten"), select: { seats: ["SPECIALIST"] }, ...exactly(5) },
        { key: "hb", label: t("representantar frå Helse Bergen", "representanter fra Helse Bergen"), select: { seats: ["SPECIALIST"], partySlugs: ["helse-bergen"] }, ...exactly(3) },
        helseBergen("Somatikk", "somatikk", "somatikk"),
        helseBergen("Psykisk helsevern", "psykisk helsevern", "psykisk helsevern"),
        helseBergen("Overordna administrasjon og samhandling", "overordna administrasjon og samhandling", "overordnet administrasjon og samhandling"),
        { key: "hds", label: t("representantar frå Haraldsplass", "representanter fra Haraldsplass"), select: { seats: ["SPECIALIST"], partySlugs: ["haraldsplass"] }, ...exactly(1) },
        {
          key: "private",
          label: t("representantar frå ein annan privat ideell institusjon", "representanter fra en annen privat ideell institusjon"),
          select: { seats: ["SPECIALIST"], partyKinds: ["PRIVATE_NONPROFIT_HOSPITAL"], excludePartySlugs: ["haraldsplass"] },
          ...exactly(1),
        },
      ],
    },
    description: t(
      "Fem frå spesialisthelsetenesta: Helse Bergen 3 (somatikk, psykisk helsevern, overordna administrasjon), Haraldsplass 1, annan privat ideell 1.",
      "Fem fra spesialisthelsetjenesten: Helse Bergen 3 (somatikk, psykisk helsevern, overordnet administrasjon), Haraldsplass 1, annen privat ideell 1.",
    ),
  },
  {
    code: "S3",
    bodyKinds: SSU,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: { groups: userGroups },
    description: t("To brukarrepresentantar: éin frå kommunal side og éin frå spesialisthelsetenesta.", "To brukerrepresentanter: én fra kommunal side og én fra spesialisthelsetjenesten."),
  },
  {
    code: "S4",
    bodyKinds: SSU,
    severity: "SOFT",
    kind: "SEAT_COUNT",
    params: { groups: [{ key: "gp", label: t("fastlegerepresentantar", "fastlegerepresentanter"), select: { seats: ["GP"] }, ...exactly(1) }] },
    description: t("Éin representant for fastlegane.", "Én representant for fastlegene."),
  },
  {
    code: "S5",
    bodyKinds: SSU,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: {
      groups: [
        {
          key: "employee",
          label: t("representantar frå hovudsamanslutningane", "representanter fra hovedsammenslutningene"),
          select: { seats: ["EMPLOYEE_MUNICIPAL", "EMPLOYEE_STATE"] },
          ...exactly(1),
        },
      ],
    },
    description: t("Éin representant frå hovudsamanslutningane.", "Én representant fra hovedsammenslutningene."),
  },
  {
    code: "S6",
    bodyKinds: SSU,
    severity: "HARD",
    kind: "PERSONAL_DEPUTY_REQUIRED",
    params: {},
    description: t("Alle faste representantar har personleg vara.", "Alle faste representanter har personlig vara."),
  },
  {
    code: "S7",
    bodyKinds: SSU,
    severity: "HARD",
    kind: "LEADERSHIP",
    params: { slots: [{ role: "LEADER" }, { role: "DEPUTY_LEADER" }], differentSides: true, alternateEveryYears: 2 },
    description: t(
      "Leiar og nestleiar kjem frå ulike nivå; leiinga går annakvart år mellom kommunane og spesialisthelsetenesta.",
      "Leder og nestleder kommer fra ulike nivåer; ledelsen går annethvert år mellom kommunene og spesialisthelsetjenesten.",
    ),
  },
  {
    code: "S8",
    bodyKinds: SSU,
    severity: "SOFT",
    kind: "MEETINGS_PER_YEAR",
    params: { min: 4 },
    description: t("Utvalet møtest minst fire gonger i året.", "Utvalget møtes minst fire ganger i året."),
  },
  {
    code: "O1",
    bodyKinds: OU,
    severity: "HARD",
    kind: "SEATS_PER_MUNICIPALITY",
    params: { seats: ["MUNICIPAL"], min: 1, max: 1, maxFor: { bergen: 6 } },
    description: t("Éin representant frå kvar kommune i området; Bergen kommune inntil seks i sitt eige utval.", "Én representant fra hver kommune i området; Bergen kommune inntil seks i sitt eget utvalg."),
  },
  {
    code: "O2",
    bodyKinds: OU,
    severity: "SOFT",
    kind: "SPECIALIST_PROPORTION",
    params: { seats: ["SPECIALIST"], leadingPartyKinds: ["HEALTH_TRUST"] },
    description: t("Spesialisthelsetenesta er representert i forhold til sektoransvaret i området.", "Spesialisthelsetjenesten er representert i forhold til sektoransvaret i området."),
  },
  {
    code: "O3",
    bodyKinds: OU,
    severity: "SOFT",
    kind: "SEAT_COUNT",
    params: {
      groups: [
        { key: "gp", label: t("fastlegerepresentantar", "fastlegerepresentanter"), select: { seats: ["GP"] }, ...exactly(1) },
        { key: "cmo", label: t("kommuneoverlegar", "kommuneoverleger"), select: { seats: ["MUNICIPAL_CHIEF_MEDICAL_OFFICER"] }, ...exactly(1) },
      ],
    },
    description: t("Éin fastlege og éin kommuneoverlege.", "Én fastlege og én kommuneoverlege."),
  },
  {
    code: "O4",
    bodyKinds: OU,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: { groups: userGroups },
    description: t("To brukarrepresentantar: éin kommunal og éin frå spesialisthelsetenesta.", "To brukerrepresentanter: én kommunal og én fra spesialisthelsetjenesten."),
  },
  {
    code: "O5",
    bodyKinds: OU,
    severity: "HARD",
    kind: "EMPLOYEE_ROTATION",
    params: { seats: ["EMPLOYEE_MUNICIPAL", "EMPLOYEE_STATE"], count: 1, alternateEveryYears: 2 },
    description: t(
      "Éin tilsettrepresentant; representant og vara kjem frå kommunal og statleg sektor og byter annakvart år.",
      "Én ansatterepresentant; representant og vara kommer fra kommunal og statlig sektor og bytter annethvert år.",
    ),
  },
  {
    code: "O6",
    bodyKinds: OU,
    severity: "SOFT",
    kind: "PERSONAL_DEPUTY_REQUIRED",
    params: {},
    description: t("Personleg vara er tilrådd for alle faste representantar.", "Personlig vara anbefales for alle faste representanter."),
  },
  {
    code: "O7",
    bodyKinds: OU,
    severity: "HARD",
    kind: "LEADERSHIP",
    params: {
      slots: [
        { role: "LEADER", label: t("frå kommunane", "fra kommunene"), select: { sides: ["MUNICIPAL"] } },
        { role: "DEPUTY_LEADER", label: t("frå spesialisthelsetenesta", "fra spesialisthelsetjenesten"), select: { sides: ["SPECIALIST"] } },
      ],
    },
    description: t("Kommunal leiar, nestleiar frå spesialisthelsetenesta.", "Kommunal leder, nestleder fra spesialisthelsetjenesten."),
  },
  {
    code: "O8",
    bodyKinds: OU,
    severity: "HARD",
    kind: "SECRETARIAT_SEATS",
    params: { seat: "SECRETARIAT", count: 2, memberOfBodyKind: "SECRETARIAT" },
    description: t(
      "Sekretariat: to frå samarbeidssekretariatet – den kommunale representanten for området og éin frå spesialisthelsetenesta med sektoransvar.",
      "Sekretariat: to fra samarbeidssekretariatet – den kommunale representanten for området og én fra spesialisthelsetjenesten med sektoransvar.",
    ),
  },
  {
    code: "K1",
    bodyKinds: SEK,
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: {
      groups: [
        {
          key: "municipal",
          label: t("kommunale representantar frå {area}", "kommunale representanter fra {area}"),
          select: { seats: ["MUNICIPAL"] },
          perArea: true,
          ...exactly(1),
        },
        { key: "specialist", label: t("representantar frå spesialisthelsetenesta", "representanter fra spesialisthelsetjenesten"), select: { seats: ["SPECIALIST"] }, ...exactly(3) },
        { key: "hb", label: t("representantar frå Helse Bergen", "representanter fra Helse Bergen"), select: { seats: ["SPECIALIST"], partySlugs: ["helse-bergen"] }, ...exactly(2) },
        { key: "hds", label: t("representantar frå Haraldsplass", "representanter fra Haraldsplass"), select: { seats: ["SPECIALIST"], partySlugs: ["haraldsplass"] }, ...exactly(1) },
      ],
    },
    description: t(
      "Éin kommunal representant frå kvart område; spesialisthelsetenesta 3: Helse Bergen 2, Haraldsplass 1.",
      "Én kommunal representant fra hvert område; spesialisthelsetjenesten 3: Helse Bergen 2, Haraldsplass 1.",
    ),
  },
  {
    code: "K2",
    bodyKinds: SEK,
    severity: "HARD",
    kind: "LEADERSHIP",
    params: {
      slots: [
        { role: "LEADER", label: t("frå Helse Bergen", "fra Helse Bergen"), select: { partySlugs: ["helse-bergen"] } },
        { role: "LEADER", label: t("ein kommunal representant", "en kommunal representant"), select: { sides: ["MUNICIPAL"] } },
      ],
    },
    description: t("Leidd i fellesskap av éin frå Helse Bergen og éin kommunal representant.", "Ledet i fellesskap av én fra Helse Bergen og én kommunal representant."),
  },
  {
    code: "K3",
    bodyKinds: SEK,
    severity: "SOFT",
    kind: "STRATEGIC_LEVEL",
    params: { titlePattern: "leiar|leder|rådgjevar|rådgiver|direktør|sjef" },
    description: t("Representantane er rekrutterte på strategisk nivå (leiar eller rådgjevar).", "Representantene er rekruttert på strategisk nivå (leder eller rådgiver)."),
  },
  {
    code: "F1",
    bodyKinds: ["PROFESSIONAL_COMMITTEE"],
    severity: "HARD",
    kind: "SEAT_COUNT",
    params: {
      when: { mentalHealthField: true },
      groups: [
        {
          key: "field",
          label: t("representantar frå spesialisthelsetenesta innan psykisk helse og rus", "representanter fra spesialisthelsetjenesten innen psykisk helse og rus"),
          select: { seats: ["SPECIALIST"], portfolioPattern: "psykisk|rus" },
          min: 1,
        },
      ],
    },
    description: t(
      "Forankra i fagmiljøa; G1 og G2 gjeld; innan psykisk helse og rus minst éin frå spesialisthelsetenesta på feltet.",
      "Forankret i fagmiljøene; G1 og G2 gjelder; innen psykisk helse og rus minst én fra spesialisthelsetjenesten på feltet.",
    ),
  },
];

export function buildRuleSet() {
  const created = oslo(2022, 11, 30, 12, 0);
  return {
    ruleSets: [
      {
        id: RULE_SET_ID,
        name: "Retningsline for medverknad og representasjon (Helse Bergen 2022)",
        nameNb: "Retningslinje for medvirkning og representasjon (Helse Bergen 2022)",
        adoptedOn: day(2022, 11, 30),
        active: true,
        createdAt: created,
        updatedAt: created,
      },
    ] satisfies Prisma.RepresentationRuleSetCreateManyInput[],
    rules: HELSE_BERGEN_RULES.map((r, index) => ({
      id: `seed-rule-helse-bergen-2022-${r.code.toLowerCase()}`,
      ruleSetId: RULE_SET_ID,
      code: r.code,
      bodyKinds: r.bodyKinds,
      severity: r.severity,
      kind: r.kind,
      params: r.params,
      description: r.description.nn,
      descriptionNb: r.description.nb,
      sortOrder: index + 1,
    })) satisfies Prisma.RepresentationRuleCreateManyInput[],
  };
}
