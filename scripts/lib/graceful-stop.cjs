// Preloaded into the Next server (NODE_OPTIONS=--require; serve.ts also sets NEXT_MANUAL_SIG_HANDLE so Next leaves
// SIGTERM/SIGINT to us). On the first SIGTERM or SIGINT:
//   1. stop accepting connections and close idle keep-alive ones;
//   2. let the requests in flight finish, up to SHUTDOWN_TIMEOUT_SECONDS (default 10);
//   3. run the shutdown hooks of lib/shutdown.ts: first "app" (the mail worker finishes the mail it is sending), then
//      "database" (the Prisma pool), each bounded by the same limit;
//   4. exit 0 (1 when the limit was hit with requests still open).
// Further signals while stopping change nothing (systemd's control-group kill and the parent may both send one); the
// stop is bounded by the limit, and the parent kills this process if it overruns.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const http = require("node:http");

const LIMIT_MS = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 10) * 1000;
const servers = new Set();
let inFlight = 0;
let stopping = false;
let drained = null;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res, ...rest) {
  if (event === "request" && res) {
    servers.add(this);
    inFlight++;
    // While stopping, a request that still arrives on a kept-alive connection is answered, then the connection closes.
    if (stopping) res.shouldKeepAlive = false;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0 && drained) drained();
    });
  } else if (event === "listening") {
    servers.add(this);
  }
  return emit.call(this, event, req, res, ...rest);
};

function within(promise, ms) {
  let timer;
  return Promise.race([
    Promise.resolve(promise).then(() => true, (error) => {
      console.error("[saman] shutdown hook failed:", error instanceof Error ? error.message : error);
      return true;
    }),
    new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function runHooks(phase, deadline) {
  const hooks = globalThis[Symbol.for("saman.shutdown")]?.[phase] ?? [];
  await Promise.all(hooks.map((hook) => within(Promise.resolve().then(hook), Math.max(0, deadline - Date.now()))));
}

async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const deadline = Date.now() + LIMIT_MS;
  for (const server of servers) {
    server.close();
    server.closeIdleConnections?.();
  }
  let clean = true;
  if (inFlight > 0) {
    clean = await within(new Promise((resolve) => (drained = resolve)), LIMIT_MS);
    if (!clean) console.error(`[saman] ${signal}: ${inFlight} request(s) still open after ${LIMIT_MS / 1000} s; stopping anyway`);
  }
  await runHooks("app", deadline + LIMIT_MS);
  await runHooks("database", deadline + LIMIT_MS);
  process.exit(clean ? 0 : 1);
}

for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void stop(signal));
