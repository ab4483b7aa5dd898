// Fictional people. Names are combined from two lists by a fixed rule (given name i·7 mod 53, family name i·11 mod
// 59 – coprime lengths, so no two people share a name); e-mail addresses use reserved ".example" domains only.
import type { PersonRow } from "./types";
import { ids } from "./ids";
import { asciiSlug } from "./text";

const GIVEN = [
  "Ingrid", "Torleiv", "Synnøve", "Eirik", "Marit", "Håkon", "Solveig", "Arnfinn", "Gunnhild", "Sindre",
  "Ragnhild", "Vegard", "Liv", "Øystein", "Astrid", "Kjetil", "Brita", "Magnus", "Sigrid", "Jostein",
  "Tone", "Halvard", "Oddny", "Trond", "Gro", "Steinar", "Hildegunn", "Bjarte", "Kristin", "Leiv",
  "Aslaug", "Ivar", "Randi", "Gaute", "Torunn", "Audun", "Mette", "Asbjørn", "Signe", "Knut",
  "Eli", "Rune", "Borghild", "Sveinung", "Ane", "Ola", "Veslemøy", "Geir", "Turid", "Endre",
  "Oddbjørg", "Lars", "Ingebjørg",
];

const FAMILY = [
  "Haugland", "Bleie", "Tveit", "Myklebust", "Vikøren", "Hjelmeland", "Sæle", "Rongved", "Instanes", "Mjelde",
  "Brakstad", "Fjeldstad", "Hopsdal", "Lygre", "Nordanger", "Seim", "Ulvestad", "Kvalheim", "Bolstad", "Eikrem",
  "Grønsdal", "Hellevang", "Skjelbred", "Øvretveit", "Reigstad", "Lunde", "Mæland", "Tysse", "Hauge", "Sandvik",
  "Storetvedt", "Gjerstad", "Helle", "Kleppe", "Aarvik", "Nesheim", "Fosse", "Ravnanger", "Bjørsvik", "Hamre",
  "Dale", "Vangsnes", "Sylta", "Lønning", "Kårstad", "Espeland", "Midtbø", "Totland", "Blom", "Hovland",
  "Austgulen", "Teigland", "Rasmussen", "Vetås", "Hatlevik", "Sælen", "Gullbrå", "Torsvik", "Stokke",
];

export type PersonSpec = {
  title: string;
  /** Party slug of the employer; null for user representatives and GPs. */
  employer: string | null;
  /** E-mail domain (always an ".example" domain). */
  domain: string;
};

/** Allocates people in a fixed order: the same plan always gives the same people. */
export class PersonRegistry {
  readonly rows: PersonRow[] = [];
  constructor(private readonly createdAt: Date) {}

  add(spec: PersonSpec): string {
    const n = this.rows.length + 1;
    const givenName = GIVEN[(n * 7) % GIVEN.length]!;
    const familyName = FAMILY[(n * 11) % FAMILY.length]!;
    const id = ids.person(n);
    this.rows.push({
      id,
      givenName,
      familyName,
      title: spec.title,
      email: `${asciiSlug(givenName)}.${asciiSlug(familyName)}@${spec.domain}`,
      phone: null,
      employerId: spec.employer ? ids.party(spec.employer) : null,
      createdAt: this.createdAt,
      updatedAt: this.createdAt,
    });
    return id;
  }

  name(id: string): string {
    const row = this.rows.find((r) => r.id === id);
    return row ? `${row.givenName} ${row.familyName}` : id;
  }
}

/** E-mail domain of an employer party ("askoy.example.no", "helse-bergen.example.no"). */
export const domainOf = (partySlug: string) => `${partySlug}.example.no`;
export const USER_DOMAIN = "brukarrepresentant.example.no";
export const GP_DOMAIN = "legekontor.example.no";
