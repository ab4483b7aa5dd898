// The production build, at most once per checkout even when several portals start on it at the same moment (two
// instances sharing a PostgreSQL server): `next build` refuses to run twice in one folder ("another next build is
// running"). The builder holds `.next-build.lock` (its pid inside); the others wait, then look again and use the
// fresh build instead of building it a second time.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const BUILD_LOCK_FILE = ".next-build.lock";
const EXIT_WITH_PARENT = path.join(import.meta.dirname, "exit-with-parent.cjs");

export type BuildOptions = {
  /** The checkout (default: the current directory). */
  root?: string;
  /** The build command, run in `root` (default: `next build`); injectable for tests. */
  command?: readonly [string, ...string[]];
  log?: (line: string) => void;
  /** How often a waiter looks at the lock. */
  pollMs?: number;
  /** How often the builder touches its lock to show it is still at work. */
  heartbeatMs?: number;
  /** A lock not touched for this long is stale even when its pid runs (the pid was reused, or the owner hangs). */
  staleMs?: number;
};

/** What happened: nothing to do, this process built, or another process built while this one waited. */
export type BuildOutcome = "up-to-date" | "built" | "built-by-another";

type LockInfo = { pid: number; startedAt: string };

/** Lock files this process holds, so a lock naming our pid but not held here is known to be stale (pid reuse). */
const heldHere = new Set<string>();

export async function buildIfNeeded(options: BuildOptions = {}): Promise<BuildOutcome> {
  const root = path.resolve(options.root ?? process.cwd());
  const log = options.log ?? ((line: string) => console.log(`[saman] ${line}`));
  const command = options.command ?? [process.execPath, path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"];
  const pollMs = options.pollMs ?? 500;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const staleMs = options.staleMs ?? 60_000;
  if (!isBuildStale(root)) return "up-to-date";

  const lockPath = path.join(root, BUILD_LOCK_FILE);
  let waitedFor: number | null = null;
  for (;;) {
    const attempt = tryLock(lockPath, staleMs, log);
    if (attempt.acquired) {
      try {
        // Checked again under the lock: another starter may have built between the first look and now.
        if (!isBuildStale(root)) return waitedFor === null ? "up-to-date" : "built-by-another";
        log("building the production bundle (next build) …");
        // Sources saved while the build runs may be missing from it: the build counts as made from the sources as
        // they were when it started, not when it finished.
        const startedAt = Date.now();
        await runBuild(command, root, lockPath, heartbeatMs);
        recordBuiltFrom(root, startedAt);
        return "built";
      } finally {
        attempt.release();
      }
    }
    if (waitedFor !== attempt.ownerPid) {
      log(`waiting for the production build of process ${attempt.ownerPid} (${path.relative(process.cwd(), lockPath) || lockPath}) …`);
      waitedFor = attempt.ownerPid;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const BUILT_FROM = path.join(".next", "saman-built-from.json");

/** No production build, or sources newer than it (e.g. after `git pull`). */
export function isBuildStale(root: string): boolean {
  const buildIdPath = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildIdPath)) return true;
  return newestSourceMtime(root) > builtFrom(root, buildIdPath);
}

/** When the sources of the current build were read: its start, as recorded by us; else (e.g. `npm run build`) its end. */
function builtFrom(root: string, buildIdPath: string): number {
  const buildId = fs.readFileSync(buildIdPath, "utf8");
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(root, BUILT_FROM), "utf8")) as { buildId?: string; sourcesAt?: number };
    if (stamp.buildId === buildId && typeof stamp.sourcesAt === "number") return stamp.sourcesAt;
  } catch {
    // no stamp: a build made without us
  }
  return fs.statSync(buildIdPath).mtimeMs;
}

function recordBuiltFrom(root: string, sourcesAt: number) {
  const buildIdPath = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildIdPath)) return;
  fs.writeFileSync(path.join(root, BUILT_FROM), JSON.stringify({ buildId: fs.readFileSync(buildIdPath, "utf8"), sourcesAt }));
}

function newestSourceMtime(root: string): number {
  let newest = 0;
  const skip = new Set(["node_modules", ".next", "generated", "data", "tests"]);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public"]) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ["next.config.ts", "package-lock.json", "postcss.config.mjs"]) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

type Attempt = { acquired: true; release: () => void } | { acquired: false; ownerPid: number };

function tryLock(lockPath: string, staleMs: number, log: (line: string) => void): Attempt {
  try {
    // O_EXCL: exactly one process creates the file.
    const fd = fs.openSync(lockPath, "wx");
    fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() } satisfies LockInfo));
    fs.closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const held = inspect(lockPath, staleMs);
    if (held === "gone") return tryLock(lockPath, staleMs, log);
    if (held.stale) {
      if (takeOver(lockPath, held.raw)) log(`took over the stale build lock of process ${held.pid}`);
      return tryLock(lockPath, staleMs, log);
    }
    return { acquired: false, ownerPid: held.pid };
  }
  heldHere.add(lockPath);
  const onExit = () => releaseIfOurs(lockPath);
  process.once("exit", onExit); // also on process.exit() during the build
  let released = false;
  return {
    acquired: true,
    release: () => {
      if (released) return;
      released = true;
      process.off("exit", onExit);
      releaseIfOurs(lockPath);
    },
  };
}

function releaseIfOurs(lockPath: string) {
  if (!heldHere.delete(lockPath)) return;
  let raw = "";
  try {
    raw = fs.readFileSync(lockPath, "utf8");
  } catch {
    return; // already gone
  }
  if (readLock(raw)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}

function inspect(lockPath: string, staleMs: number): "gone" | { pid: number; stale: boolean; raw: string } {
  let raw: string;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(lockPath).mtimeMs;
    raw = fs.readFileSync(lockPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  const info = readLock(raw);
  const silent = Date.now() - mtimeMs > staleMs;
  // Unreadable: its owner is between creating and writing it – stale only if that lasts (it died right there).
  if (!info) return { pid: 0, stale: silent, raw };
  if (silent) return { pid: info.pid, stale: true, raw };
  // Our own pid but not held here: left by an earlier process that had the same pid (a restarted container).
  if (info.pid === process.pid) return { pid: info.pid, stale: !heldHere.has(lockPath), raw };
  return { pid: info.pid, stale: !isAlive(info.pid), raw };
}

/**
 * Removes a stale lock – but only the one judged stale: two waiters may see the same dead owner, and the slower one
 * must not delete the lock the faster one has just created. The file is moved aside atomically and compared; a live
 * lock moved by mistake is put back.
 */
function takeOver(lockPath: string, staleContent: string): boolean {
  const aside = `${lockPath}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false; // another waiter took it over first
    throw error;
  }
  try {
    if (fs.readFileSync(aside, "utf8") === staleContent) return true;
    try {
      fs.linkSync(aside, lockPath); // fails (EEXIST) only if a third process already holds a new lock
    } catch {
      // nothing more to do: that process holds the lock now
    }
    return false;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function readLock(raw: string): LockInfo | null {
  try {
    const info = JSON.parse(raw) as Partial<LockInfo>;
    return typeof info.pid === "number" ? (info as LockInfo) : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Runs the build as a child; meanwhile the lock's mtime is touched, so waiters see the builder is alive. */
async function runBuild(command: readonly [string, ...string[]], root: string, lockPath: string, heartbeatMs: number) {
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      fs.utimesSync(lockPath, now, now);
    } catch {
      // the lock was taken from us (we were silent too long); the build goes on, the waiter will see its result
    }
  }, heartbeatMs);
  try {
    const [file, ...args] = command;
    const code: number | null = await new Promise((resolve, reject) => {
      const child = spawn(file, args, {
        cwd: root,
        stdio: "inherit",
        // The build ends when its starter dies (Ctrl-C, kill): an orphaned build would hold no lock, and the next
        // starter's build would collide with it.
        env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${EXIT_WITH_PARENT}`.trim() },
      });
      child.once("error", reject);
      child.once("exit", (status) => resolve(status));
    });
    if (code !== 0) throw new Error(`the production build failed (${command.slice(1).join(" ")}: exit code ${code})`);
  } finally {
    clearInterval(heartbeat);
  }
}
