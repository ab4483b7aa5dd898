// The seeded template (issue 18.5): the embedded database as a fresh `npm start` makes it – migrated and seeded with
// the structure and demo content – stored once (lib/db/template.ts) so that every later fresh data directory is
// unpacked from it in seconds instead of migrated and seeded for a minute or two.
//
// Its key follows everything that determines the content, automatically:
//   - the migrations and the PGlite version (templateKey);
//   - every project file the seed runs: prisma/seed/index.ts and all it imports, followed through the imports
//     (prisma/structure/*.json, lib/…), so an edit to the seed or to its data gives a new key;
//   - package-lock.json: the libraries the seed runs (PDF writer, fonts, password hashing …);
//   - the description in SAMAN_STRUCTURE, when set (another helsefellesskap: another structure and demo);
//   - the day in Oslo: the seed derives its content from `now` (which meetings are held, what is published, the
//     consultation's deadline …), so a template is used only on the day it was made. Within that day a database from
//     the template is the database a seed at the template's moment made, hours earlier at most.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { obtainTemplate, templateKey } from "../../lib/db/template";
import { formatOslo } from "../../lib/i18n/oslo";

const SEED_ENTRY = path.join("prisma", "seed", "index.ts");
const IMPORT = /(?:^|[\s;}])(?:import|export)\s(?:[^"';]*?\sfrom\s)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolveImport(from: string, specifier: string, root: string): string | null {
  let base: string;
  if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else return null; // a package: package-lock.json stands for it
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The project files the seed runs or reads, relative to `root`, sorted: prisma/seed/index.ts and its imports. */
export function seedSources(root: string = process.cwd(), entry: string = SEED_ENTRY): string[] {
  const seen = new Set<string>();
  const pending = [path.resolve(root, entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2]!, root);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].map((file) => path.relative(root, file)).sort();
}

/** The key of the seeded template for a seed run at `now`. */
export function seededTemplateKey(now: Date, root: string = process.cwd()): string {
  const inputs = [`day ${formatOslo(now, "yyyy-MM-dd")}`];
  for (const file of [...seedSources(root), "package-lock.json"]) inputs.push(`${file}\n${fs.readFileSync(path.join(root, file), "utf8")}`);
  // Another helsefellesskap's description (SAMAN_STRUCTURE, README "Another helsefellesskap") seeds other content.
  const structure = process.env.SAMAN_STRUCTURE?.trim();
  if (structure) inputs.push(`structure ${structure}\n${fs.readFileSync(path.resolve(root, structure), "utf8")}`);
  return templateKey("seeded", inputs);
}

/** The seeded template of today: the stored one, or made now in memory (migrated, seeded, dumped) and stored. */
export async function seededTemplate(options: { now?: Date; log?: (line: string) => void } = {}): Promise<{ key: string; tarball: Blob; made: boolean }> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const key = seededTemplateKey(now);
  const { tarball, made } = await obtainTemplate(key, async () => {
    const started = Date.now();
    log("no database template for today's seed and migrations: making one (migrate and seed in memory) …");
    const db = await startEmbeddedDatabase({ dataDir: null, port: 0 });
    try {
      await migrate(db.url);
      // Loaded only here: the Prisma client and the seed's data would otherwise stay in the portal process's memory.
      const [{ createPrisma }, { seed }] = await Promise.all([import("../../lib/db/client"), import("../../prisma/seed")]);
      const prisma = createPrisma(db.url);
      try {
        await seed(prisma, { now, log });
      } finally {
        await prisma.$disconnect();
      }
      const tarball = await db.dump();
      log(`database template made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return tarball;
    } finally {
      await db.close();
    }
  });
  return { key, tarball, made };
}
