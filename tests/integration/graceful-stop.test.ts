// Graceful stop (issue 17 item 3): `npm start` is one process tree; SIGTERM to its top process (npm) stops accepting,
// lets a request in flight finish, stops every process of the tree, closes the embedded database and releases its
// lock, and exits 0; the port is free and a restart right after works (then Ctrl-C, SIGINT, the same).
// Runs the production build as `npm start` does (it builds first when the build is missing or stale).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { processTree } from "@/scripts/lib/process-tree";

const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "saman-stop-"));
const dataDir = path.join(dataRoot, "pglite");
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether nothing listens on the port any more (we can listen on it ourselves). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function until(condition: () => Promise<boolean>, what: string, child: ChildProcess) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) while waiting for ${what}`);
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Whether the process is gone (or a zombie) within 10 s. A helper child such as tsx's esbuild service exits when its
 * parent's pipe closes, a moment after the parent: gone soon is gone; still there after 10 s is an orphan.
 */
async function goneSoon(pid: number): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    let stat = "";
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      return true; // no such process
    }
    if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return true; // exited, waiting to be reaped
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function npmStart(port: number, dbPort: number): ChildProcess {
  const child = spawn("npm", ["start"], {
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group, like a shell job: Ctrl-C in a terminal signals the whole group.
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(dbPort),
      SEED_ON_EMPTY: "false",
    },
  });
  started.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });

const healthy = (port: number) => async () => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200;
  } catch {
    return false;
  }
};

/** A POST whose body arrives in two halves: in flight at the front server and at Next until `finish()`. */
function slowRequest(port: number) {
  const body = `csrfToken=x&email=stop%40example.no&password=x&pad=${"p".repeat(4000)}`;
  const half = Math.floor(body.length / 2);
  const request = http.request({
    host: "127.0.0.1",
    port,
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": Buffer.byteLength(body),
      origin: `http://127.0.0.1:${port}`,
      // The server answers "100 Continue" once it has the request: from then on it is in flight there.
      expect: "100-continue",
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on("error", reject);
    });
    request.once("error", reject);
  });
  const inFlight = new Promise<void>((resolve) =>
    request.once("continue", () => {
      request.write(body.slice(0, half));
      resolve();
    }),
  );
  request.flushHeaders();
  return { inFlight, answer, finish: () => request.end(body.slice(half)) };
}

describe("graceful stop of npm start", () => {
  it("SIGTERM to npm lets the request in flight finish, stops the whole tree, releases the lock; a restart works", async () => {
    const port = await freePort();
    const dbPort = await freePort();
    const first = npmStart(port, dbPort);
    await until(healthy(port), "the portal to be ready", first);
    const tree = processTree(first.pid!);
    // npm, the portal (front server + database) and the Next server: one tree, no shell left in between.
    expect(tree.some((process) => process.name === "next-server")).toBe(true);
    expect(tree.some((process) => process.name === "sh")).toBe(false);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    // Embedded mode keeps both secrets under data/ (issue 17 item 8).
    const secrets = ["nextauth-secret", "server-actions-key"].map((name) => fs.readFileSync(path.join(dataRoot, name), "utf8"));

    const slow = slowRequest(port);
    await slow.inFlight;
    const exit = exited(first);
    first.kill("SIGTERM");
    // The portal stops accepting new connections while the request is still open …
    await until(() => refusesConnections(port), "the port to refuse new connections", first);
    // … and still answers it.
    slow.finish();
    const answer = await slow.answer;
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.status).toBeLessThan(500);

    expect(await exit).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    expect(await portIsFree(port)).toBe(true);
    expect(await portIsFree(dbPort)).toBe(true);
    for (const process of tree) expect(await goneSoon(process.pid), `${process.name} (${process.pid}) still runs`).toBe(true);

    // A restart right after succeeds, with the same secrets; Ctrl-C in a terminal (SIGINT to the whole foreground
    // process group: npm, which forwards it, and the portal, which so gets it twice) stops it just as cleanly.
    const second = npmStart(port, dbPort);
    await until(healthy(port), "the restarted portal to be ready", second);
    expect(["nextauth-secret", "server-actions-key"].map((name) => fs.readFileSync(path.join(dataRoot, name), "utf8"))).toEqual(secrets);
    const secondTree = processTree(second.pid!);
    const secondExit = exited(second);
    process.kill(-second.pid!, "SIGINT");
    expect(await secondExit).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    for (const process of secondTree) expect(fs.existsSync(`/proc/${process.pid}`), `${process.name} (${process.pid}) still runs`).toBe(false);
  }, 1_200_000);
});
