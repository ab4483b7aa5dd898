// Forms survive faults (lib/forms/faults.ts): what a server action sees when the database goes away – refused,
// cut mid-connection, a pool that cannot connect – is recognised as an infrastructure fault and answered with the
// typed UNAVAILABLE; a real bug or a constraint violation is not. Against a real database behind a TCP proxy that
// the test switches off (no mock of Prisma).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma, type Db } from "@/lib/db/client";
import { faultSafe, isInfrastructureFault, typedValues } from "@/lib/forms/faults";
import { startFaultProxy, type FaultProxy } from "../helpers/fault-proxy";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let proxy: FaultProxy;
let app: Db;

beforeAll(async () => {
  db = await createTestDatabase();
  proxy = await startFaultProxy(db.url);
  app = createPrisma(proxy.url);
}, 240_000);

afterAll(async () => {
  await app?.$disconnect();
  await proxy?.close();
  await db?.close();
});

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("infrastructure faults", () => {
  it("maps a database that is down, cut mid-transaction or unreachable to UNAVAILABLE, and back to normal after", async () => {
    expect(await app.user.count()).toBe(0); // the pool has open connections now
    proxy.down();
    const cut = await errorOf(() => app.user.count());
    expect(isInfrastructureFault(cut)).toBe(true);
    const inTx = await errorOf(() => app.$transaction(async (tx) => tx.user.create({ data: { email: "a@example.no", name: "A", roles: [] } })));
    expect(isInfrastructureFault(inTx)).toBe(true);
    const raw = await errorOf(() => app.$queryRaw`SELECT 1`);
    expect(isInfrastructureFault(raw)).toBe(true);
    expect(await faultSafe<number | string>(() => app.user.count(), (code) => code)).toBe("UNAVAILABLE");
    proxy.up();
    expect(await faultSafe<number | string>(() => app.user.count(), (code) => code)).toBe(0);
    // Nothing was half-written while it was down.
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("maps an unreachable server (connection refused)", async () => {
    const nowhere = createPrisma("postgresql://postgres@127.0.0.1:9/postgres");
    try {
      expect(isInfrastructureFault(await errorOf(() => nowhere.user.count()))).toBe(true);
    } finally {
      await nowhere.$disconnect();
    }
  });

  it("maps serialization failures, deadlocks and timeouts by their SQLSTATE / Prisma code, but not a bug or a unique violation", async () => {
    expect(isInfrastructureFault({ code: "P2034" })).toBe(true);
    expect(isInfrastructureFault({ code: "P2028", message: "Transaction API error: Transaction already closed" })).toBe(true);
    expect(isInfrastructureFault({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "40001" } } } })).toBe(true);
    expect(isInfrastructureFault(Object.assign(new Error("deadlock detected"), { code: "40P01" }))).toBe(true);
    await db.prisma.user.create({ data: { email: "taken@example.no", name: "T", roles: [] } });
    const unique = await errorOf(() => app.user.create({ data: { email: "taken@example.no", name: "T", roles: [] } }));
    expect(isInfrastructureFault(unique)).toBe(false);
    expect(isInfrastructureFault(new TypeError("x is undefined"))).toBe(false);
    await expect(faultSafe(() => Promise.reject(new TypeError("bug")), (code) => code)).rejects.toThrow("bug");
  });

  it("gives the typed text back, never a password, token or file", () => {
    const fd = new FormData();
    fd.append("title", "Tittel");
    fd.append("password", "hemmeleg");
    fd.append("token", "abc");
    fd.append("groups", "A");
    fd.append("groups", "B");
    fd.append("file", new Blob(["%PDF"]), "a.pdf");
    expect(typedValues(fd)).toEqual({ title: "Tittel", groups: ["A", "B"] });
  });
});
