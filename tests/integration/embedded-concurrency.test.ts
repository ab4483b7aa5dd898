// Many connections to the embedded database at once, each sending parameterised queries (extended protocol) outside
// any transaction, as the app's pool does under load: every query must get its own answer (lib/db/socket-queue.ts).
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

let db: EmbeddedDatabase;
const clients: pg.Client[] = [];

beforeAll(async () => {
  db = await startEmbeddedDatabase({ dataDir: null, port: 0 });
  for (let i = 0; i < 8; i++) {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    clients.push(client);
  }
}, 60_000);

afterAll(async () => {
  for (const client of clients) await client.end().catch(() => {});
  await db?.close();
});

it("answers 800 parallel parameterised queries from 8 connections, each with its own result", async () => {
  const queries = Array.from({ length: 800 }, (_, i) => {
    const client = clients[i % clients.length]!;
    // Different statements with different parameter counts, so a mixed-up Bind cannot go unnoticed.
    return i % 2 === 0
      ? client.query<{ v: number }>("SELECT $1::int * 2 AS v", [i]).then((r) => r.rows[0]!.v === i * 2)
      : client.query<{ v: string }>("SELECT $1::text || '-' || $2::text AS v", [`a${i}`, `b${i}`]).then((r) => r.rows[0]!.v === `a${i}-b${i}`);
  });
  const results = await Promise.allSettled(queries);
  const failures = results.filter((r) => r.status === "rejected" || r.value !== true);
  expect(failures.length).toBe(0);
}, 120_000);

it("keeps other connections' queries whole while transactions run alongside them", async () => {
  await clients[0]!.query("CREATE TABLE IF NOT EXISTS concurrency_log (n int)");
  const writer = async (client: pg.Client, from: number) => {
    for (let i = from; i < from + 40; i++) {
      await client.query("BEGIN");
      await client.query("INSERT INTO concurrency_log VALUES ($1)", [i]);
      await client.query("COMMIT");
    }
  };
  const reader = async (client: pg.Client, seed: number) => {
    let wrong = 0;
    for (let i = 0; i < 80; i++) {
      const r = await client.query<{ v: string }>("SELECT $1::text || '/' || $2::text AS v", [`${seed}`, `${i}`]).catch(() => null);
      if (r?.rows[0]?.v !== `${seed}/${i}`) wrong++;
    }
    return wrong;
  };
  const [, , ...wrong] = await Promise.all([
    writer(clients[0]!, 0),
    writer(clients[1]!, 1000),
    ...clients.slice(2).map((client, k) => reader(client, k)),
  ]);
  expect(wrong).toEqual(wrong.map(() => 0));
  expect((await clients[0]!.query("SELECT count(*)::int AS c FROM concurrency_log")).rows[0].c).toBe(80);
}, 120_000);

it("keeps a transaction's statements apart from other connections", async () => {
  await clients[0]!.query("CREATE TABLE IF NOT EXISTS concurrency_probe (n int)");
  await clients[0]!.query("BEGIN");
  await clients[0]!.query("INSERT INTO concurrency_probe VALUES ($1)", [1]);
  const other = clients[1]!.query("INSERT INTO concurrency_probe VALUES ($1)", [2]);
  await clients[0]!.query("ROLLBACK");
  await other;
  const rows = await clients[2]!.query<{ n: number }>("SELECT n FROM concurrency_probe ORDER BY n");
  expect(rows.rows.map((r) => r.n)).toEqual([2]);
});
