// The embedded database survives restarts and kill -9, and refuses a second owner without touching the data.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirectoryLockedError } from "@/lib/db/lock";

const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "saman-embedded-"));
const dataDir = path.join(dataRoot, "pglite");
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Started = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** Starts `npm run db:server` on the shared data directory; resolves when it serves or exits. */
async function startServer(): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-server.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port), DATABASE_URL: "" },
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await Promise.race([
    exited,
    new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (output.includes("PGlite serving")) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    }),
  ]);
  return { child, url: `postgresql://postgres@127.0.0.1:${port}/postgres`, output: () => output, exited };
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const count = async (url: string) => Number((await sql<{ n: string }>(url, "SELECT count(*)::text AS n FROM probe"))[0]?.n);

describe("embedded database (PGlite under data/)", () => {
  it("keeps every committed row across a clean restart, a second opener and kill -9", async () => {
    const first = await startServer();
    expect(first.output()).toContain("PGlite serving");
    await sql(first.url, "CREATE TABLE probe (id serial PRIMARY KEY, note text NOT NULL)");
    await sql(first.url, "INSERT INTO probe (note) SELECT 'row ' || g FROM generate_series(1, 100) g");

    // A second copy on the same data fails with a clear message and leaves the data alone.
    const second = await startServer();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/allereie open i prosess \d+/);
    expect(await count(first.url)).toBe(100);

    // kill -9 right after a commit: the row is on disk.
    await sql(first.url, "INSERT INTO probe (note) VALUES ('last before kill')");
    first.child.kill("SIGKILL");
    await first.exited;

    // The stale lock of the dead process is taken over; everything committed is there.
    const third = await startServer();
    expect(third.output()).toContain("PGlite serving");
    expect(await count(third.url)).toBe(101);
    const last = await sql<{ note: string }>(third.url, "SELECT note FROM probe ORDER BY id DESC LIMIT 1");
    expect(last[0]?.note).toBe("last before kill");

    // A clean stop and start keeps the rows too.
    third.child.kill("SIGTERM");
    expect(await third.exited).toBe(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    const fourth = await startServer();
    expect(await count(fourth.url)).toBe(101);
    fourth.child.kill("SIGTERM");
    await fourth.exited;
  }, 120_000);
});

describe("data directory lock", () => {
  it("refuses a second owner in the same process and frees the directory on release", () => {
    const dir = path.join(dataRoot, "lock-only");
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirectoryLockedError);
    release();
    const again = acquireDataDirLock(dir);
    again();
  });

  it("takes over a lock left by a process that no longer exists", () => {
    const dir = path.join(dataRoot, "stale");
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: "2020-01-01" }));
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    release();
  });
});
