// Two portals starting at once on one stale checkout build it once: the second waits for the first one's build and
// uses it (a second `next build` in the same folder would fail). A lock left by a dead builder is taken over.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILD_LOCK_FILE, buildIfNeeded, isBuildStale } from "@/scripts/lib/build";

const FAKE_BUILD = path.resolve(import.meta.dirname, "../helpers/fake-next-build.mjs");
const DRIVER = path.resolve(import.meta.dirname, "../helpers/build-lock-driver.ts");

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "saman-build-lock-"));
  fs.mkdirSync(path.join(root, "app"));
  fs.writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() { return null; }\n");
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const builds = () =>
  fs.existsSync(path.join(root, "builds.log")) ? fs.readFileSync(path.join(root, "builds.log"), "utf8").trim().split("\n") : [];
const lockPath = () => path.join(root, BUILD_LOCK_FILE);
const fakeBuild: [string, string] = [process.execPath, FAKE_BUILD];

function startDriver(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", DRIVER, root], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; outcome?: string; stderr: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, outcome: stdout ? JSON.parse(stdout).outcome : undefined, stderr })),
  );
  return { child, done };
}

/** The pid of a process that has just ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (!pid) throw new Error("no pid");
  return pid;
}

/** Alive and not a zombie (an orphan's exit may wait long to be reaped in a container). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

describe("buildIfNeeded", () => {
  it("builds once when two processes start on a stale checkout at the same moment; both succeed", async () => {
    const drivers = [startDriver(), startDriver()];
    // Both ready (tsx loaded), then go together.
    const deadline = Date.now() + 60_000;
    while (fs.readdirSync(root).filter((name) => name.startsWith("ready-")).length < 2) {
      if (Date.now() > deadline) throw new Error("the drivers did not start");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    fs.writeFileSync(path.join(root, "go"), "");
    const results = await Promise.all(drivers.map((driver) => driver.done));

    expect(results.map((result) => result.code), results.map((result) => result.stderr).join("\n")).toEqual([0, 0]);
    expect(builds()).toHaveLength(1);
    expect(results.map((result) => result.outcome).sort()).toEqual(["built", "built-by-another"]);
    expect(fs.existsSync(lockPath())).toBe(false);
    expect(fs.existsSync(path.join(root, ".next", "BUILD_ID"))).toBe(true);
  });

  it("does not build when the build is newer than the sources", async () => {
    expect(await buildIfNeeded({ root, command: fakeBuild, log: () => {} })).toBe("built");
    expect(await buildIfNeeded({ root, command: fakeBuild, log: () => {} })).toBe("up-to-date");
    expect(builds()).toHaveLength(1);
  });

  it("counts a source saved while the build ran as newer than the build, so the next start builds again", async () => {
    const touchingBuild: [string, string, string] = [
      process.execPath,
      "-e",
      `const fs = require("node:fs");
       fs.appendFileSync("builds.log", "x\\n");
       setTimeout(() => fs.writeFileSync("app/page.tsx", "// saved during the build"), 100);
       setTimeout(() => { fs.mkdirSync(".next", { recursive: true }); fs.writeFileSync(".next/BUILD_ID", String(Date.now())); }, 300);`,
    ];
    expect(await buildIfNeeded({ root, command: touchingBuild, log: () => {} })).toBe("built");
    expect(isBuildStale(root)).toBe(true);
    expect(await buildIfNeeded({ root, command: fakeBuild, log: () => {} })).toBe("built");
    expect(isBuildStale(root)).toBe(false);
    expect(builds()).toHaveLength(2);
  });

  it("takes over the lock of a builder that died, and builds", async () => {
    const pid = deadPid();
    fs.writeFileSync(lockPath(), JSON.stringify({ pid, startedAt: new Date().toISOString() }));
    const lines: string[] = [];

    expect(await buildIfNeeded({ root, command: fakeBuild, log: (line) => lines.push(line) })).toBe("built");
    expect(builds()).toHaveLength(1);
    expect(lines.join("\n")).toContain(`took over the stale build lock of process ${pid}`);
    expect(fs.existsSync(lockPath())).toBe(false);
  });

  it("takes over a lock whose owner stopped touching it, even when its pid now belongs to a running process", async () => {
    fs.writeFileSync(lockPath(), JSON.stringify({ pid: process.ppid, startedAt: "2026-01-01T00:00:00Z" }));
    const longAgo = new Date(Date.now() - 10 * 60_000);
    fs.utimesSync(lockPath(), longAgo, longAgo);

    expect(await buildIfNeeded({ root, command: fakeBuild, log: () => {} })).toBe("built");
    expect(builds()).toHaveLength(1);
  });

  it("waits while a live builder holds the lock, then uses its build without building again", async () => {
    const builder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(lockPath(), JSON.stringify({ pid: builder.pid, startedAt: new Date().toISOString() }));
      const waiting = buildIfNeeded({ root, command: fakeBuild, pollMs: 20, log: () => {} });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The other process finishes its build and releases the lock.
      fs.mkdirSync(path.join(root, ".next"));
      fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "other");
      fs.rmSync(lockPath());

      expect(await waiting).toBe("built-by-another");
      expect(builds()).toHaveLength(0);
    } finally {
      builder.kill();
    }
  });

  it("stops the build when its starter is killed; the next start takes the lock over and builds", async () => {
    fs.writeFileSync(path.join(root, "go"), "");
    const starter = startDriver({ FAKE_BUILD_MS: "20000" });
    const deadline = Date.now() + 60_000;
    while (builds().length === 0) {
      if (Date.now() > deadline) throw new Error("the build did not start");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const buildPid = Number(builds()[0]);
    starter.child.kill("SIGKILL");
    await starter.done;
    const gone = Date.now() + 30_000; // the build notices within a second; a loaded machine may take longer
    while (isRunning(buildPid) && Date.now() < gone) await new Promise((resolve) => setTimeout(resolve, 100));

    expect(isRunning(buildPid)).toBe(false);
    expect(fs.existsSync(lockPath())).toBe(true);
    fs.rmSync(path.join(root, ".building"), { force: true }); // the killed fake build's own marker
    expect(await buildIfNeeded({ root, command: fakeBuild, log: () => {} })).toBe("built");
    expect(builds()).toHaveLength(2);
  });

  it("fails when the build fails, and leaves no lock behind", async () => {
    await expect(buildIfNeeded({ root, command: [process.execPath, "-e", "process.exit(3)"], log: () => {} })).rejects.toThrow(
      /exit code 3/,
    );
    expect(fs.existsSync(lockPath())).toBe(false);
  });
});
