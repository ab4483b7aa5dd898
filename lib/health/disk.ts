// Free disk space where the portal writes: the embedded database's directory (or the working directory with a
// PostgreSQL server, for .next and logs) and the temp directory (uploads are buffered there).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CheckResult } from "./check";

export const DEFAULT_MIN_FREE_MB = 256;

/** The nearest existing folder of `dir` (the data directory may not exist yet on a fresh checkout). */
function existing(dir: string): string {
  let current = path.resolve(/*turbopackIgnore: true*/ dir);
  while (!fs.existsSync(/*turbopackIgnore: true*/ current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

export function diskDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  // SAMAN_DATA_DIR: set by serve.ts for the embedded database (the Next server then also has a DATABASE_URL).
  const embedded = env.SAMAN_DATA_DIR ?? (env.DATABASE_URL ? null : (env.DATA_DIR ?? "data/pglite"));
  const data = embedded ? path.dirname(path.resolve(/*turbopackIgnore: true*/ embedded)) : process.cwd();
  return [...new Set([existing(data), existing(os.tmpdir())])];
}

export async function checkDisk(minFreeMb: number, dirs: string[] = diskDirectories()): Promise<CheckResult> {
  try {
    const detail: Record<string, number> = {};
    let ok = true;
    for (const dir of dirs) {
      const stats = await fs.promises.statfs(/*turbopackIgnore: true*/ dir);
      const freeMb = Math.floor((Number(stats.bavail) * Number(stats.bsize)) / (1024 * 1024));
      detail[dir] = freeMb;
      if (freeMb < minFreeMb) ok = false;
    }
    return { ok, minFreeMb, freeMb: detail };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
