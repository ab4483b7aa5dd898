// Issue 20 item 4: the names of a helsefellesskap, its parties and its areas are data (prisma/structure/*.json), never
// code or message catalogs – so another helsefellesskap runs Saman from its own description. Scans every source file
// of the application (app/, components/, lib/, scripts/, bench/, the root config) and every message catalog for the
// names in either description. Allowed: tests/, prisma/ (the descriptions and the seed's demo content), docs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DESCRIPTIONS = ["prisma/structure/bergen.json", "prisma/structure/fjordkysten.json"];
const ROOTS = ["app", "components", "lib", "messages", "scripts", "bench", "proxy.ts", "instrumentation.ts", "next.config.ts", "public"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);
const EXTENSIONS = /\.(ts|tsx|mts|mjs|js|json|css|txt|webmanifest|svg|html)$/;

type Text = { nn: string; nb: string | null };
type Description = {
  identity?: { name: Text };
  areas: { name: Text }[];
  parties: { kind: string; name: Text; shortName: string | null }[];
};

/** The proper names of a description: the helsefellesskap, its areas, its municipalities and institutions. */
function namesOf(file: string): string[] {
  const d = JSON.parse(readFileSync(file, "utf8")) as Description;
  const texts = (t: Text | undefined) => (t ? [t.nn, t.nb ?? t.nn] : []);
  return [
    ...texts(d.identity?.name),
    ...d.areas.flatMap((a) => texts(a.name)),
    // Organisations that appoint representatives ("Kommunale brukarråd", "Hovudsamanslutningane") are common nouns of
    // the domain (README glossary), not names; their institution-specific names contain the institution's name.
    ...d.parties.filter((p) => ["MUNICIPALITY", "HEALTH_TRUST", "PRIVATE_NONPROFIT_HOSPITAL"].includes(p.kind)).flatMap((p) => [...texts(p.name), p.shortName ?? ""]),
  ].filter(Boolean);
}

function* files(entry: string): Generator<string> {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    if (EXTENSIONS.test(entry)) yield entry;
    return;
  }
  for (const child of readdirSync(entry)) {
    if (!SKIP_DIRS.has(child)) yield* files(path.join(entry, child));
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("names of a helsefellesskap", () => {
  const names = [...new Set(DESCRIPTIONS.flatMap(namesOf))];
  // A whole word, case as written: "Bergen" is a name, "bergen.json" and a slug are not words of the text.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_./-])(${names.map(escape).join("|")})(?![\\p{L}\\p{N}_-])`, "u");

  it("are read from both descriptions (the check has something to find)", () => {
    expect(names).toEqual(expect.arrayContaining(["Helsefellesskapet i Bergen-området", "Helse Bergen", "Askøy", "Helsefellesskapet Fjordkysten", "Nordre Fjordkysten"]));
    expect(pattern.test('const title = "Saman – Helsefellesskapet i Bergen-området";')).toBe(true);
    expect(pattern.test("// the trust (Helse Fjordkysten HF) serves both areas")).toBe(true);
  });

  it("never appear in code or message catalogs", () => {
    const found: string[] = [];
    for (const root of ROOTS) {
      for (const file of files(root)) {
        readFileSync(file, "utf8")
          .split("\n")
          .forEach((line, i) => {
            const match = pattern.exec(line);
            if (match) found.push(`${file}:${i + 1}: ${match[1]}`);
          });
      }
    }
    expect(found).toEqual([]);
  });
});
