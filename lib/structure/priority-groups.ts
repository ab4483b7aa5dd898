// The priority groups as data (issue 20 item 3): plain helpers over the catalog read by priorityGroupCatalog
// (lib/structure/data.ts), usable in client components. A group is offered from the year of its validFrom up to and
// including the year of its validTo: the four of Meld. St. 7 (2019–2020) from 2020, pregnant women, birth and
// postnatal care (Meld. St. 9 (2023–2024)) from 2024.
import { z } from "zod";

export type PriorityGroupEntry = { code: string; name: string; nameNb: string | null; fromYear: number; toYear: number | null };

/** A group code as a form sends it (checked against the data, for the year, by the server action). */
export const priorityGroupCode = z.string({ error: "invalid" }).regex(/^[A-Z][A-Z0-9_]{0,59}$/, "invalid");

export const isValidIn = (g: PriorityGroupEntry, year: number) => g.fromYear <= year && (g.toYear === null || g.toYear >= year);

/** The groups a form offers for `year`, plus those already chosen (an older record keeps its group visible). */
export const groupsOfferedIn = (groups: readonly PriorityGroupEntry[], year: number, chosen: readonly string[] = []) =>
  groups.filter((g) => isValidIn(g, year) || chosen.includes(g.code));

/** The group's name in the language (bokmål falls back to nynorsk when the two are the same); the code if unknown. */
export function groupName(groups: readonly PriorityGroupEntry[], code: string, lang: string): string {
  const g = groups.find((x) => x.code === code);
  if (!g) return code;
  return lang === "nb" ? (g.nameNb ?? g.name) : g.name;
}

/** Options for a select or a group of checkboxes. */
export const groupOptions = (groups: readonly PriorityGroupEntry[], lang: string) =>
  groups.map((g) => ({ value: g.code, label: groupName(groups, g.code, lang) }));
