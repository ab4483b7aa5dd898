// The real structure of the helsefellesskap: four areas, 18 municipalities, the specialist institutions, the
// organisations that appoint user, GP and employee representatives, and the bodies.
import type { AreaRow, PartyRow, ServiceAreaRow } from "./types";
import { ids } from "./ids";

export type AreaSlug = "bergen" | "bergensregionen" | "nordhordland" | "voss";

export const AREAS: { slug: AreaSlug; name: string; nameNb: string }[] = [
  { slug: "bergen", name: "Bergen", nameNb: "Bergen" },
  { slug: "bergensregionen", name: "Bergensregionen", nameNb: "Bergensregionen" },
  { slug: "nordhordland", name: "Nordhordland", nameNb: "Nordhordland" },
  { slug: "voss", name: "Voss lokalsjukehusområde", nameNb: "Voss lokalsykehusområde" },
];

/** The 18 municipalities: short name exactly as in the spec, official name ("herad" where that is the name). */
export const MUNICIPALITIES: { slug: string; shortName: string; name: string; area: AreaSlug }[] = [
  { slug: "bergen", shortName: "Bergen", name: "Bergen kommune", area: "bergen" },
  { slug: "askoy", shortName: "Askøy", name: "Askøy kommune", area: "bergensregionen" },
  { slug: "austevoll", shortName: "Austevoll", name: "Austevoll kommune", area: "bergensregionen" },
  { slug: "bjornafjorden", shortName: "Bjørnafjorden", name: "Bjørnafjorden kommune", area: "bergensregionen" },
  { slug: "samnanger", shortName: "Samnanger", name: "Samnanger kommune", area: "bergensregionen" },
  { slug: "oygarden", shortName: "Øygarden", name: "Øygarden kommune", area: "bergensregionen" },
  { slug: "alver", shortName: "Alver", name: "Alver kommune", area: "nordhordland" },
  { slug: "austrheim", shortName: "Austrheim", name: "Austrheim kommune", area: "nordhordland" },
  { slug: "fedje", shortName: "Fedje", name: "Fedje kommune", area: "nordhordland" },
  { slug: "gulen", shortName: "Gulen", name: "Gulen kommune", area: "nordhordland" },
  { slug: "masfjorden", shortName: "Masfjorden", name: "Masfjorden kommune", area: "nordhordland" },
  { slug: "modalen", shortName: "Modalen", name: "Modalen kommune", area: "nordhordland" },
  { slug: "osteroy", shortName: "Osterøy", name: "Osterøy kommune", area: "nordhordland" },
  { slug: "eidfjord", shortName: "Eidfjord", name: "Eidfjord kommune", area: "voss" },
  { slug: "kvam", shortName: "Kvam", name: "Kvam herad", area: "voss" },
  { slug: "ulvik", shortName: "Ulvik", name: "Ulvik herad", area: "voss" },
  { slug: "vaksdal", shortName: "Vaksdal", name: "Vaksdal kommune", area: "voss" },
  { slug: "voss", shortName: "Voss", name: "Voss herad", area: "voss" },
];

export const municipalitiesIn = (area: AreaSlug) => MUNICIPALITIES.filter((m) => m.area === area);

/** Specialist institutions and where they serve; `sector` = sektoransvar (G4). */
export const INSTITUTIONS: {
  slug: string;
  name: string;
  nameNb: string;
  shortName: string;
  kind: "HEALTH_TRUST" | "PRIVATE_NONPROFIT_HOSPITAL";
  serves: { area: AreaSlug; sector: boolean }[];
}[] = [
  {
    slug: "helse-bergen",
    name: "Helse Bergen HF",
    nameNb: "Helse Bergen HF",
    shortName: "Helse Bergen",
    kind: "HEALTH_TRUST",
    serves: [
      { area: "bergen", sector: true },
      { area: "bergensregionen", sector: true },
      { area: "nordhordland", sector: true },
      { area: "voss", sector: true },
    ],
  },
  {
    slug: "haraldsplass",
    name: "Haraldsplass Diakonale Sykehus",
    nameNb: "Haraldsplass Diakonale Sykehus",
    shortName: "Haraldsplass",
    kind: "PRIVATE_NONPROFIT_HOSPITAL",
    serves: [
      { area: "bergen", sector: true },
      { area: "bergensregionen", sector: true },
      { area: "nordhordland", sector: true },
    ],
  },
  {
    slug: "betanien",
    name: "Betanien sykehus",
    nameNb: "Betanien sykehus",
    shortName: "Betanien",
    kind: "PRIVATE_NONPROFIT_HOSPITAL",
    serves: [{ area: "bergen", sector: false }],
  },
  {
    slug: "solli-dps",
    name: "Solli DPS",
    nameNb: "Solli DPS",
    shortName: "Solli DPS",
    kind: "PRIVATE_NONPROFIT_HOSPITAL",
    serves: [{ area: "bergensregionen", sector: false }],
  },
];

/** Organisations that appoint representatives (users, GPs, employees). */
export const APPOINTING = [
  {
    slug: "brukarutvalet-helse-bergen",
    name: "Brukarutvalet i Helse Bergen",
    nameNb: "Brukerutvalget i Helse Bergen",
    shortName: "Brukarutvalet",
    kind: "USER_BODY" as const,
    side: "SPECIALIST" as const,
  },
  {
    slug: "kommunale-brukarrad",
    name: "Kommunale brukarråd",
    nameNb: "Kommunale brukerråd",
    shortName: "Brukarråda",
    kind: "USER_BODY" as const,
    side: "MUNICIPAL" as const,
  },
  {
    slug: "praksiskonsulentordninga-lsu",
    name: "Praksiskonsulentordninga / LSU",
    nameNb: "Praksiskonsulentordningen / LSU",
    shortName: "PKO/LSU",
    kind: "GP_BODY" as const,
    side: "MUNICIPAL" as const,
  },
  {
    slug: "hovudsamanslutningane",
    name: "Hovudsamanslutningane",
    nameNb: "Hovedsammenslutningene",
    shortName: "Hovudsamanslutningane",
    kind: "EMPLOYEE_ORGANISATION" as const,
    side: null,
  },
];

export function buildAreas(): AreaRow[] {
  return AREAS.map((area, index) => ({
    id: ids.area(area.slug),
    slug: area.slug,
    name: area.name,
    nameNb: area.nameNb,
    sortOrder: index + 1,
  }));
}

export function buildParties(): PartyRow[] {
  const rows: PartyRow[] = [];
  MUNICIPALITIES.forEach((m, index) =>
    rows.push({
      id: ids.party(m.slug),
      slug: m.slug,
      name: m.name,
      nameNb: m.name,
      shortName: m.shortName,
      kind: "MUNICIPALITY",
      side: "MUNICIPAL",
      areaId: ids.area(m.area),
      sortOrder: index + 1,
    }),
  );
  INSTITUTIONS.forEach((institution, index) =>
    rows.push({
      id: ids.party(institution.slug),
      slug: institution.slug,
      name: institution.name,
      nameNb: institution.nameNb,
      shortName: institution.shortName,
      kind: institution.kind,
      side: "SPECIALIST",
      areaId: null,
      sortOrder: 100 + index,
    }),
  );
  APPOINTING.forEach((party, index) =>
    rows.push({
      id: ids.party(party.slug),
      slug: party.slug,
      name: party.name,
      nameNb: party.nameNb,
      shortName: party.shortName,
      kind: party.kind,
      side: party.side,
      areaId: null,
      sortOrder: 200 + index,
    }),
  );
  return rows;
}

export function buildServiceAreas(): ServiceAreaRow[] {
  return INSTITUTIONS.flatMap((institution) =>
    institution.serves.map((s) => ({
      partyId: ids.party(institution.slug),
      areaId: ids.area(s.area),
      sectorResponsibility: s.sector,
    })),
  );
}
