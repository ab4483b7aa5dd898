// The benchmark's four databases: ten years of generated data (scripts/bench/generate.ts) and the seed alone, each on
// the embedded database (a data directory, made once) and on a PostgreSQL server (made for the run). The seed is
// seeded at the generator's anchor date, so both datasets describe the same "today".
import fs from "node:fs";
import path from "node:path";
import { createPrisma } from "../../lib/db/client";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { migrate } from "../../lib/db/migrate";
import { seed } from "../../prisma/seed";
import { BENCH_ANCHOR, BENCH_DATA_DIR, ensureBenchData, generateBench } from "./generate";

export type Dataset = "ten-year" | "seed";

export const BENCH_SEED_DIR = process.env.BENCH_SEED_DIR ?? `${BENCH_DATA_DIR}-seed`;

const fill = (dataset: Dataset) => (prisma: PrismaClient) => (dataset === "ten-year" ? generateBench(prisma) : seed(prisma, { now: BENCH_ANCHOR }));

/** The embedded data directory for a dataset, made when missing (a marker file says it was finished). */
export async function embeddedDataDir(dataset: Dataset): Promise<string> {
  if (dataset === "ten-year") {
    await ensureBenchData();
    return BENCH_DATA_DIR;
  }
  const marker = path.join(path.dirname(path.resolve(BENCH_SEED_DIR)), `${path.basename(BENCH_SEED_DIR)}.done`);
  if (fs.existsSync(marker) && fs.existsSync(BENCH_SEED_DIR)) return BENCH_SEED_DIR;
  fs.rmSync(BENCH_SEED_DIR, { recursive: true, force: true });
  const db = await startEmbeddedDatabase({ dataDir: BENCH_SEED_DIR, port: 0 });
  try {
    await fillDatabase(db.url, dataset);
  } finally {
    await db.close();
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return BENCH_SEED_DIR;
}

/** Migrates a new, empty database and fills it with the dataset. */
export async function fillDatabase(url: string, dataset: Dataset): Promise<void> {
  await migrate(url);
  const prisma = createPrisma(url);
  try {
    await fill(dataset)(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
