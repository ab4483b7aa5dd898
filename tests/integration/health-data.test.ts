// lib/health/data.ts: the health check's database probe says yes while the database answers, and no (without
// throwing) once it is gone.
import { afterAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase | undefined;
let appPrisma: typeof import("@/lib/db/client").prisma | undefined;

afterAll(async () => {
  await appPrisma?.$disconnect().catch(() => {});
  await db?.close().catch(() => {});
});

it("reports the database up, then down", async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const { databaseIsUp } = await import("@/lib/health/data");
  appPrisma = (await import("@/lib/db/client")).prisma;

  expect(await databaseIsUp()).toBe(true);

  await db.close();
  db = undefined;
  const started = Date.now();
  expect(await databaseIsUp(2000)).toBe(false);
  expect(Date.now() - started).toBeLessThan(5000);
}, 120_000);
