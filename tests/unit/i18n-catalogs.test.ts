// The message catalogs (issue 19.1): ICU MessageFormat in messages/<lang>/<area>.json, read through next-intl. Both
// languages have the same keys, every message is valid ICU with the same arguments (and plural/select forms) in both,
// counts choose their form by the language's plural rules, and the hand-written catalog modules are gone.
import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n";
import { catalogs } from "@/lib/i18n/catalog";

type Tree = { [key: string]: unknown };
const root = process.cwd();

/** Every string with its key; the items of lists (plain data read whole with t.raw) as "key[0]", "key[1]" … */
function entries(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => entries(item, `${prefix}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value as Tree).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
  throw new Error(`${prefix}: not a message (${typeof value})`);
}

/** The arguments a message takes, with their kind and (for plural/select) the forms it has. */
function argumentsOf(message: string, lang: string): string[] {
  const out: string[] = [];
  const walk = (nodes: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const node of nodes) {
      // TYPE: 0 literal, 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 7 pound, 8 tag
      if ("value" in node && node.type >= 1 && node.type <= 6 && typeof node.value === "string") {
        const forms = "options" in node ? Object.keys(node.options).sort().join("|") : "";
        out.push(`${node.value}:${node.type}${forms ? `:${node.type === 5 ? forms : ""}` : ""}`);
      }
      if (node.type === 8) out.push(`<${node.value}>`);
      if ("options" in node) for (const option of Object.values(node.options)) walk(option.value);
      if ("children" in node) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, lang).getAst());
  return [...new Set(out)].sort();
}

const nn = new Map(entries(catalogs.nn));
const nb = new Map(entries(catalogs.nb));

describe("the ICU catalogs", () => {
  it("bokmål has exactly the keys of nynorsk (and lists of the same length)", () => {
    expect([...nb.keys()].sort()).toEqual([...nn.keys()].sort());
  });

  it("has no empty message", () => {
    for (const [key, text] of [...nn, ...nb]) expect(text.trim(), key).not.toBe("");
  });

  it("every message is valid ICU, with the same arguments, plural and select forms in both languages", () => {
    const problems: string[] = [];
    for (const [key, text] of nn) {
      if (key.includes("[")) continue; // list data, below
      try {
        const a = argumentsOf(text, "nn");
        const b = argumentsOf(nb.get(key) ?? "", "nb");
        if (a.join() !== b.join()) problems.push(`${key}: nn ${a.join(", ")} / nb ${b.join(", ")}`);
      } catch (error) {
        problems.push(`${key}: ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps lists (read whole with t.raw, never formatted) free of ICU syntax", () => {
    // (the API examples' shell commands are code, shown as they are with the site's address put in)
    const listItems = [...nn, ...nb].filter(([key]) => key.includes("[") && !/^openData\.examples\[\d+\]\.code$/.test(key));
    expect(listItems.length).toBeGreaterThan(0);
    for (const [key, text] of listItems) expect(/[{}']|<[a-z/]/i.test(text), key).toBe(false);
  });

  it("counts take the language's plural form: 1 sak, 2 saker, 0 saker – never \"1 saker\"", () => {
    for (const lang of ["nn", "nb"] as const) {
      const t = getTranslator(lang, "cases.desk");
      expect(t("count", { count: 1 })).toBe("1 sak");
      expect(t("count", { count: 2 })).toBe("2 saker");
      expect(t("count", { count: 0 })).toBe("0 saker");
    }
    expect(getTranslator("nn", "rules.messages")("fixAppointFor", { n: 1, party: "Askøy kommune" })).toBe("Oppnemn 1 representant for Askøy kommune.");
    expect(getTranslator("nn", "rules.messages")("fixAppointFor", { n: 2, party: "Askøy kommune" })).toBe("Oppnemn 2 representantar for Askøy kommune.");
  });

  it("formats numbers in a plural the Norwegian way", () => {
    expect(getTranslator("nb", "cases.desk")("count", { count: 1234 })).toBe("1\u00a0234 saker");
  });

  it("throws on a message that is missing a value instead of showing its key", () => {
    expect(() => getTranslator("nn", "cases.desk")("count" as never)).toThrow();
  });

  it("types the keys: a key that is not in the nynorsk catalog does not compile", () => {
    const t = getTranslator("nn", "site");
    // @ts-expect-error – "nameX" is not a key of site
    expect(() => t("nameX")).toThrow();
    expect(t("name")).toBe("Saman");
  });

  it("replaced the hand-written modules: no TypeScript catalogs, no fill/plural/shell copies", () => {
    for (const gone of ["lib/i18n/messages", "lib/i18n/interpolate.tsx", "lib/i18n/plural.ts", "lib/i18n/shell-messages.ts"]) {
      expect(fs.existsSync(path.join(root, gone)), gone).toBe(false);
    }
  });
});
