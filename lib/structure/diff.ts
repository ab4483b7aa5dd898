// What an import would change, section by section: added, changed (with the fields) and retired keys. Pure.
import type { StructureDescription } from "./schema";

export type SectionDiff = { added: string[]; changed: { key: string; fields: string[] }[]; retired: string[] };
export type StructureDiff = Record<"areas" | "parties" | "bodies" | "priorityGroups" | "rules", SectionDiff> & { ruleSet: string[]; identity: string[] };

/** JSON with the keys of every object sorted: the database (jsonb) and the schema order keys differently. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function section<T extends object>(before: readonly T[], after: readonly T[], key: (item: T) => string): SectionDiff {
  const old = new Map(before.map((item) => [key(item), item]));
  const next = new Map(after.map((item) => [key(item), item]));
  return {
    added: [...next.keys()].filter((k) => !old.has(k)),
    changed: [...next.entries()]
      .filter(([k]) => old.has(k))
      .map(([k, item]) => {
        const was = old.get(k)! as Record<string, unknown>;
        const now = item as Record<string, unknown>;
        return { key: k, fields: Object.keys(now).filter((f) => !same(was[f], now[f])) };
      })
      .filter((c) => c.fields.length > 0),
    retired: [...old.keys()].filter((k) => !next.has(k)),
  };
}

export function diffStructure(before: StructureDescription, after: StructureDescription): StructureDiff {
  return {
    areas: section(before.areas, after.areas, (a) => a.slug),
    parties: section(before.parties, after.parties, (p) => p.slug),
    bodies: section(before.bodies, after.bodies, (b) => b.slug),
    priorityGroups: section(before.priorityGroups, after.priorityGroups, (g) => g.code),
    rules: section(before.ruleSet.rules, after.ruleSet.rules, (r) => r.code),
    ruleSet: (["name", "adoptedOn"] as const).filter((f) => !same(before.ruleSet[f], after.ruleSet[f])),
    // A description without `identity` leaves the name as it is.
    identity: after.identity ? (["name", "description"] as const).filter((f) => !same(before.identity?.[f], after.identity![f])) : [],
  };
}

export function isEmptyDiff(diff: StructureDiff): boolean {
  const { ruleSet, identity, ...sections } = diff;
  return ruleSet.length === 0 && identity.length === 0 && Object.values(sections).every((s) => !s.added.length && !s.changed.length && !s.retired.length);
}
