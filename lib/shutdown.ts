// Work to finish when the server process is asked to stop (SIGTERM/SIGINT). The Next server's preload
// (scripts/lib/graceful-stop.cjs) first lets the requests in flight finish, then runs the "app" hooks (e.g. the mail
// worker: `onShutdown(stopMailWorker)` in instrumentation.ts, which resolves after the mail being sent), then the
// "database" hooks (the Prisma client's pool), then exits 0. The hooks live on globalThis so the preload, which is
// outside Next's bundles, finds them. In scripts and tests nothing runs them; they are harmless there.
export type ShutdownHook = () => unknown;
export type ShutdownPhase = "app" | "database";

type Registry = Record<ShutdownPhase, ShutdownHook[]>;
const KEY = Symbol.for("saman.shutdown");

function registry(): Registry {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (store[KEY] ??= { app: [], database: [] });
}

/** Registers `hook` to run once when the process stops; "database" hooks run after every "app" hook. */
export function onShutdown(hook: ShutdownHook, phase: ShutdownPhase = "app"): void {
  registry()[phase].push(hook);
}
