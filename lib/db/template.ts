// Templates of the embedded database (issue 18.5): a PGlite data directory, dumped as a gzip tarball once it has been
// migrated (and, for a fresh `npm start`, seeded), so that the next fresh database is unpacked in a second or two
// instead of running 28 migrations (and the seed) again. A template is a cache and nothing else:
//   - its file name is a hash of everything that determines its content (templateKey: the migrations and the migration
//     runner, the PGlite version, and whatever else the caller names – the seed's sources and day), so a changed
//     migration or seed file is never served from an old template: the old one simply no longer matches;
//   - it is written to a temporary name, flushed and renamed, so a process that dies while writing leaves no file
//     under the real name (only a `*.tmp-*` file that the next writer removes);
//   - a file that does not decompress completely (truncated, damaged) is deleted and made again.
// Where: DB_TEMPLATE_DIR, default `.next/cache/saman-db/` – beside the build's other caches, outside `data/`, and gone
// with `rm -rf .next` (README, Operations).
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { readMigrations } from "./migrate";

export function templateDir(): string {
  return path.resolve(process.env.DB_TEMPLATE_DIR ?? path.join(".next", "cache", "saman-db"));
}

function pgliteVersion(): string {
  const manifest = path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json");
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
}

/**
 * The key of a template: a hash of the migrations (names and contents, as lib/db/migrate.ts applies them), the runner
 * that records them, the PGlite version, and `inputs` (anything else that determines the content, e.g. the seed's
 * sources and day). `kind` keeps different kinds of template apart.
 */
export function templateKey(kind: string, inputs: readonly string[] = [], options: { migrationsDir?: string } = {}): string {
  const hash = createHash("sha256");
  const part = (value: string) => hash.update(`${value.length}:${value}\n`);
  part(kind);
  part(`pglite ${pgliteVersion()}`);
  part(fs.readFileSync(path.join(process.cwd(), "lib", "db", "migrate.ts"), "utf8"));
  for (const migration of readMigrations(options.migrationsDir)) part(`${migration.name} ${migration.checksum}`);
  for (const input of inputs) part(input);
  return `${kind}-${hash.digest("hex").slice(0, 32)}`;
}

export function templatePath(key: string, dir: string = templateDir()): string {
  return path.join(dir, `${key}.tar.gz`);
}

/** The template under `key`, or null when there is none or it is damaged (a damaged file is removed). */
export function readTemplate(key: string, dir: string = templateDir()): Blob | null {
  const file = templatePath(key, dir);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  try {
    // Decompressing the whole file checks its length and CRC: a truncated or altered file throws here.
    zlib.gunzipSync(bytes);
  } catch {
    discardTemplate(key, dir);
    return null;
  }
  return new Blob([new Uint8Array(bytes)]);
}

export function discardTemplate(key: string, dir: string = templateDir()): void {
  fs.rmSync(templatePath(key, dir), { force: true });
}

/** Stores a template under `key`: written to a temporary name, flushed, then renamed (never half a file). */
export async function writeTemplate(key: string, tarball: Blob, dir: string = templateDir()): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const file = templatePath(key, dir);
  // Leftovers of writers that died (older than a minute: a writer at work now is left alone).
  for (const name of fs.readdirSync(dir)) {
    if (!name.includes(".tmp-")) continue;
    const leftover = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(leftover).mtimeMs > 60_000) fs.rmSync(leftover, { force: true });
    } catch {
      // removed by another writer
    }
  }
  const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const fd = fs.openSync(temporary, "w");
  try {
    fs.writeSync(fd, new Uint8Array(await tarball.arrayBuffer()));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

/**
 * The template under `key`: the stored one, or one made now by `make` (a tarball from EmbeddedDatabase.dump) and
 * stored for the next time. `made` tells which.
 */
export async function obtainTemplate(
  key: string,
  make: () => Promise<Blob>,
  dir: string = templateDir(),
): Promise<{ tarball: Blob; made: boolean }> {
  const stored = readTemplate(key, dir);
  if (stored) return { tarball: stored, made: false };
  const tarball = await make();
  await writeTemplate(key, tarball, dir);
  return { tarball, made: true };
}
