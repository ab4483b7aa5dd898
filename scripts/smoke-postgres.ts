// CI smoke test on a real PostgreSQL (DATABASE_URL): two portals start at the same moment; both serve the seeded
// front page, the migrations were applied once, the demo content seeded once, and a stale checkout built once (the
// second portal waits for the first one's build: scripts/lib/build.ts). SMOKE_PORTS="a,b" picks other ports.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { readMigrations } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL must point at an empty PostgreSQL database");

const ports = (process.env.SMOKE_PORTS ?? "3301,3302").split(",").map(Number);
// With a PostgreSQL server the portal refuses to start without its secrets (scripts/lib/secrets.ts): both instances
// get the same ones, as a deployment would.
const secrets = {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString("base64"),
};
const children: ChildProcess[] = ports.map((port) =>
  spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: { ...process.env, ...secrets, PORT: String(port), HOSTNAME: "127.0.0.1" },
  }),
);
const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));

async function waitFor(port: number): Promise<string> {
  const deadline = Date.now() + 900_000; // includes a production build when the checkout has none
  while (Date.now() < deadline) {
    for (const child of children)
      if (child.exitCode !== null) throw new Error(`a portal exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return await response.text();
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the portal on port ${port} did not answer in time`);
}

try {
  const pages = await Promise.all(ports.map(waitFor));
  for (const page of pages) if (!page.includes("Saman")) throw new Error("the front page does not look like Saman");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const migrations = Number((await client.query(`SELECT count(*) AS n FROM "_prisma_migrations"`)).rows[0].n);
  const ssu = Number((await client.query(`SELECT count(*) AS n FROM "Body" WHERE slug = 'ssu'`)).rows[0].n);
  const municipalities = Number((await client.query(`SELECT count(*) AS n FROM "Party" WHERE kind = 'MUNICIPALITY'`)).rows[0].n);
  await client.end();
  if (migrations !== readMigrations().length) throw new Error(`expected ${readMigrations().length} migrations, found ${migrations}`);
  if (ssu !== 1 || municipalities !== 18) throw new Error(`seeded twice or not at all: ssu=${ssu}, municipalities=${municipalities}`);
  console.log(`smoke: 2 portals served the front page; ${migrations} migration(s) applied once; seeded once.`);
  console.log("smoke: 1 passed, 0 failed");
} finally {
  stopAll();
}
process.exit(0);
