// Issue 18 item 2: the compliance report is stored and used until something it depends on changes, instead of being
// recomputed (the whole structure loaded) on every member /ssu and /admin render. Checked as an operator would: the
// rows in ComplianceSnapshot, the number of queries a second render costs, and that a change made by any path – here
// straight in the database, as a script or another instance would – is seen at once.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ids, seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/membership/data");
let queries = 0;
const query = pg.Client.prototype.query;

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma);
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/membership/data");
  // Counts every statement the portal's pool sends (node-postgres under Prisma's adapter).
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    queries++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
}, 300_000);

afterAll(async () => {
  pg.Client.prototype.query = query;
  await db?.close();
});

async function counting<T>(run: () => Promise<T>): Promise<{ value: T; queries: number }> {
  queries = 0;
  const value = await run();
  return { value, queries };
}

describe("the stored compliance report", () => {
  it("is computed once for today and then read with one statement (plus the open warnings)", async () => {
    const now = new Date();
    const first = await counting(() => data.getComplianceReport(now));
    expect(await db.prisma.complianceSnapshot.count()).toBe(1);
    const second = await counting(() => data.getComplianceReport(new Date()));
    expect(second.queries).toBeLessThanOrEqual(2);
    expect(first.queries).toBeGreaterThan(second.queries + 5);
    // The same report, dates and all (a body's closing day, a membership's term are Dates again).
    expect(second.value).toEqual(first.value);
    const someTerm = second.value.report.bodies.flatMap((b) => b.expiring).at(0);
    if (someTerm) expect(someTerm.membership.termStart).toBeInstanceOf(Date);
  });

  it("gives a body page its results from the stored report", async () => {
    const ssu = ids.body("ssu");
    const stored = await counting(() => data.getBodyComplianceResults(ssu, new Date()));
    expect(stored.queries).toBe(1);
    expect(stored.value?.length).toBeGreaterThan(0);
  });

  it("is not used after any change to what the rules read, whoever made it", async () => {
    const ssu = ids.body("ssu");
    await db.prisma.body.update({ where: { id: ssu }, data: { name: "Strategisk samarbeidsutval (omdøypt)" } });
    const after = await counting(() => data.getComplianceReport(new Date()));
    expect(after.value.report.bodies.find((b) => b.body.id === ssu)?.body.name).toBe("Strategisk samarbeidsutval (omdøypt)");
    expect(after.queries).toBeGreaterThan(5);
    // Stored again: one row, for the new state.
    expect(await db.prisma.complianceSnapshot.count()).toBe(1);
    const again = await counting(() => data.getComplianceReport(new Date()));
    expect(again.queries).toBeLessThanOrEqual(2);
  });

  it("is stored for today only: another day is computed and leaves no row", async () => {
    await db.prisma.complianceSnapshot.deleteMany();
    const lastYear = new Date(Date.now() - 365 * 86_400_000);
    const report = await data.getComplianceReport(lastYear);
    expect(report.report.asOf).not.toBe(new Date().toISOString().slice(0, 10));
    expect(await db.prisma.complianceSnapshot.count()).toBe(0);
  });

  it("counts a change that was rolled back as nothing: the stored report stays valid", async () => {
    await data.getComplianceReport(new Date());
    const before = await db.prisma.complianceChange.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.body.update({ where: { id: ids.body("ssu") }, data: { name: "Rulla tilbake" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.prisma.complianceChange.count()).toBe(before);
    const read = await counting(() => data.getComplianceReport(new Date()));
    expect(read.queries).toBeLessThanOrEqual(2);
    expect(read.value.report.bodies.some((b) => b.body.name === "Rulla tilbake")).toBe(false);
  });
});
