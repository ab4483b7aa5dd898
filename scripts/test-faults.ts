// npm run test:faults – fault injection against a real PostgreSQL server (issue 17, "Done when"). It starts a portal
// (`scripts/start.ts`, the production build) on a fresh database of the server in DATABASE_URL, with SMTP_URL
// pointing at a local capture server (tests/helpers/smtp.ts), and submits cases the way a browser without JavaScript
// does: a signed-in partner posts the case form to its server action (the real path: authentication, validation,
// idempotency, the transactional outbox). During the submissions it SIGKILLs the portal (and restarts it), restarts
// the PostgreSQL server with `pg_ctl stop -m immediate` / `start`, and keeps the mail server stopped for a while.
// Every submission that was not acknowledged is sent again with its idempotency key. Then it checks:
//   0 acknowledged cases lost · 0 duplicate cases · exactly one receipt mail per acknowledged case, delivered once
//   the mail server is back.
// Loopback only; bounded in count (FAULTS_SUBMISSIONS, at most 10: one partner's hourly limit) and time
// (FAULTS_TIMEOUT_SECONDS, default 600).
//
// Environment (set by .ci/run; see README "Fault injection"):
//   DATABASE_URL       a PostgreSQL server URL (any database on it); a database saman_faults_<random> is created
//   FAULTS_PG_CTL      the pg_ctl command, e.g. "runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl"
//   FAULTS_PGDATA      the server's data directory
//   FAULTS_PG_OPTIONS  the server's options for `pg_ctl start -o` (e.g. "-h 127.0.0.1 -p 55432 -k /tmp/x")
//   FAULTS_PG_LOG      optional log file for `pg_ctl start -l`
//   FAULTS_PORT        the portal's port (default 3450)
import { spawn, execSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startSmtpCapture, type SmtpCapture } from "../tests/helpers/smtp";

const started = Date.now();
const need = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`test:faults needs ${name} (see the README, "Fault injection")`);
  return value;
};
const serverUrl = need("DATABASE_URL");
const pgCtl = need("FAULTS_PG_CTL");
const pgData = need("FAULTS_PGDATA");
const pgOptions = need("FAULTS_PG_OPTIONS");
const pgLog = process.env.FAULTS_PG_LOG;
const port = Number(process.env.FAULTS_PORT ?? 3450);
const smtpPort = port + 1;
// One partner submits them all: the per-contact limit (10 cases an hour, lib/cases/service.ts SUBMIT_LIMITS) bounds
// the count; retries of a submission never count against it.
const total = Math.min(Number(process.env.FAULTS_SUBMISSIONS ?? 10), 10);
const deadline = started + Number(process.env.FAULTS_TIMEOUT_SECONDS ?? 600) * 1000;
const origin = `http://127.0.0.1:${port}`;
const PASSWORD = "Saman-demo-2026";
const PARTNER = "askoy@saman.example.no"; // the demo partner contact (prisma/seed/users.ts)

const log = (line: string) => console.log(`[faults ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function overdue(what: string): void {
  if (Date.now() > deadline) throw new Error(`test:faults ran out of time while ${what}`);
}

// ───────────── the PostgreSQL server ─────────────

function pgRunning(): boolean {
  try {
    execSync(`${pgCtl} -D '${pgData}' status`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
function pgStopImmediate(): void {
  if (!pgRunning()) return;
  log("PostgreSQL: pg_ctl stop -m immediate");
  execSync(`${pgCtl} -D '${pgData}' -m immediate -w stop`, { stdio: "inherit" });
}
function pgStart(): void {
  if (pgRunning()) return;
  log("PostgreSQL: pg_ctl start");
  execSync(`${pgCtl} -D '${pgData}' -o '${pgOptions}' ${pgLog ? `-l '${pgLog}'` : ""} -w start`, { stdio: "inherit" });
}

const dbName = `saman_faults_${randomBytes(4).toString("hex")}`;
const dbUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// ───────────── the portal ─────────────

const secret = randomBytes(32).toString("base64url");
const actionKey = randomBytes(32).toString("base64");
let portal: ChildProcess | null = null;

function startPortal(): void {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  portal = spawn(tsx, ["scripts/start.ts"], {
    detached: true, // its own process group: SIGKILL reaches the whole tree at once
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: origin,
      // The same secrets after a restart: signed-in sessions and forms stay valid, as in production.
      NEXTAUTH_SECRET: secret,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionKey,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_POLL_SECONDS: "1",
      MAIL_RETRY_BASE_SECONDS: "1",
      MAIL_MAX_ATTEMPTS: "40",
      MAIL_LEASE_SECONDS: "10",
      MAIL_RETRY_MAX_SECONDS: "4",
      // The submissions all come from 127.0.0.1 as one partner: no rate limit may refuse them here.
      TRUST_PROXY: "true",
    },
  });
  const prefix = (line: string) => (line.includes("error") || line.includes("Error") ? log(`portal: ${line}`) : undefined);
  portal.stdout?.on("data", (b: Buffer) => b.toString().split("\n").filter(Boolean).forEach(prefix));
  portal.stderr?.on("data", (b: Buffer) => b.toString().split("\n").filter(Boolean).forEach((l) => log(`portal: ${l}`)));
}

function killPortal(): void {
  if (!portal?.pid) return;
  log("portal: SIGKILL");
  try {
    process.kill(-portal.pid, "SIGKILL");
  } catch {
    // already gone
  }
  portal = null;
}

async function waitForPortal(): Promise<void> {
  for (;;) {
    overdue("waiting for the portal");
    try {
      const response = await fetch(`${origin}/api/health/live`).catch(() => fetch(`${origin}/api/health`));
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
}

// ───────────── the form, as a browser without JavaScript posts it ─────────────

let cookie = "";

/** The hidden fields of the form on a page (the server action's reference, the idempotency key, the language). */
async function formFields(pathname: string, formTestId?: string): Promise<Record<string, string>> {
  const response = await fetch(`${origin}${pathname}`, { headers: { cookie } });
  const html = await response.text();
  const start = formTestId ? html.indexOf(`data-testid="${formTestId}"`) : html.indexOf("<form");
  if (start < 0) throw new Error(`no form on ${pathname} (${response.status})`);
  const form = html.slice(html.lastIndexOf("<form", start), html.indexOf("</form>", start));
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
    if (name) fields[name] = value.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  }
  return fields;
}

async function post(pathname: string, fields: Record<string, string | string[]>): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return fetch(`${origin}${pathname}`, { method: "POST", body, redirect: "manual", headers: { cookie, origin }, signal: AbortSignal.timeout(60_000) });
}

async function signIn(): Promise<void> {
  for (;;) {
    overdue("signing in");
    try {
      const hidden = await formFields("/logg-inn");
      const response = await post("/logg-inn", { ...hidden, email: PARTNER, password: PASSWORD });
      const set = response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").filter((c) => c.includes("session-token"));
      if (set.length) {
        cookie = set.join("; ");
        return;
      }
      log(`sign-in answered ${response.status} without a session; trying again`);
    } catch (error) {
      log(`sign-in failed (${error instanceof Error ? error.message : error}); trying again`);
    }
    await sleep(1000);
  }
}

type Submission = { n: number; key: string; title: string; contact: string; reference: string | null; tries: number };

let template: Record<string, string> | null = null;
let bodyId = "";

async function prepareForm(): Promise<void> {
  template = await formFields("/meld-inn-sak", "case-form");
  const html = await (await fetch(`${origin}/meld-inn-sak`, { headers: { cookie } })).text();
  bodyId = /<option value="([^"]+)"[^>]*>Strategisk/.exec(html)?.[1] ?? "";
  if (!bodyId) throw new Error("no SSU option on the case form");
}

/** One try; the submission is acknowledged when the answer is the receipt with its reference. */
async function submit(s: Submission): Promise<void> {
  s.tries += 1;
  const fields = {
    ...template!,
    idempotencyKey: s.key,
    targetBodyId: bodyId,
    title: s.title,
    description: "Kommunane og sjukehuset treng ein felles rutine for utskriving av skrøpelege eldre.",
    background: "",
    desiredOutcome: "",
    contactName: "Feil Testar",
    contactEmail: s.contact,
    priorityGroups: "FRAIL_ELDERLY",
    noPatientData: "on",
    lang: "nn",
  };
  try {
    const response = await post("/meld-inn-sak", fields);
    const html = await response.text();
    const reference = /data-testid="case-reference">(SAK-\d{4}-\d{4})</.exec(html)?.[1];
    if (reference) s.reference = reference;
    else if (html.includes("Vi fekk ikkje kontakt med databasen")) log(`#${s.n}: UNAVAILABLE (form kept) – will try again`);
    else log(`#${s.n}: no receipt (HTTP ${response.status}) – will try again`);
  } catch (error) {
    log(`#${s.n}: no answer (${error instanceof Error ? error.message : error}) – will try again`);
  }
}

// ───────────── the run ─────────────

let smtp = null as SmtpCapture | null;
let failed = false;

async function main(): Promise<void> {
  log(`database ${dbName} on ${new URL(serverUrl).host}; ${total} submissions`);
  await sql(serverUrl, `CREATE DATABASE ${dbName}`);
  // The mail server is away when the run starts; it comes back after the faults.
  startPortal();
  await waitForPortal();
  log("portal up");
  await signIn();
  await prepareForm();

  const subs: Submission[] = Array.from({ length: total }, (_, n) => {
    const id = `${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
    return { n, key: `faults-${id}`, title: `Feilprøve ${n} ${id}`, contact: `feil-${n}-${id}@askoy.example.no`, reference: null, tries: 0 };
  });

  // The faults, each at a point in the stream of submissions; up to three submissions are in flight at a time.
  const faults = new Map<number, () => Promise<void>>([
    [Math.floor(total * 0.25), async () => {
      killPortal();
      await sleep(500);
      startPortal();
    }],
    [Math.floor(total * 0.5), async () => {
      pgStopImmediate();
      await sleep(2000);
      pgStart();
    }],
    [Math.floor(total * 0.75), async () => {
      killPortal();
      pgStopImmediate();
      pgStart();
      startPortal();
    }],
  ]);
  let next = 0;
  // One fault at a time, while the lanes' submissions are in flight.
  let faulting: Promise<void> = Promise.resolve();
  const lane = async () => {
    while (next < subs.length) {
      overdue("submitting");
      const s = subs[next++]!;
      const fault = faults.get(s.n);
      if (fault) {
        faults.delete(s.n);
        faulting = faulting.then(fault).catch((error) => log(`fault step failed: ${error instanceof Error ? error.message : error}`));
      }
      await submit(s);
      // After a submission without an answer, wait for the portal before the next one (the outage is not skipped).
      if (!s.reference) {
        await faulting;
        await waitForPortal();
      }
    }
  };
  await Promise.all([lane(), lane(), lane()]);
  await faulting;
  pgStart();
  await waitForPortal();

  // Retry what was not acknowledged, with the same idempotency key, until it is (the same case, never a second).
  for (let round = 1; subs.some((s) => !s.reference); round++) {
    overdue("retrying unacknowledged submissions");
    const open = subs.filter((s) => !s.reference);
    log(`retry round ${round}: ${open.length} unacknowledged`);
    await signIn().catch(() => undefined);
    for (const s of open) await submit(s);
    if (subs.some((s) => !s.reference)) await sleep(1000);
  }
  log(`all ${total} submissions acknowledged (${subs.reduce((n, s) => n + s.tries, 0)} posts)`);

  // The mail server comes back: every receipt must arrive, once.
  smtp = await startSmtpCapture(smtpPort);
  log("SMTP capture up");
  const references = subs.map((s) => s.reference!);
  for (;;) {
    overdue("waiting for the receipts");
    const got = new Set(smtp.messages.map((m) => /SAK-\d{4}-\d{4}/.exec(m.subject)?.[0]).filter(Boolean));
    if (references.every((r) => got.has(r))) break;
    await sleep(1000);
  }
  await sleep(3000); // a late duplicate would arrive now

  // ── checks ──
  const rows = await sql<{ reference: string; title: string; idempotencyKey: string }>(
    dbUrl,
    `SELECT "reference", "title", "idempotencyKey" FROM "Case" WHERE "title" LIKE 'Feilprøve %'`,
  );
  const byTitle = new Map<string, number>();
  for (const r of rows) byTitle.set(r.title, (byTitle.get(r.title) ?? 0) + 1);
  const lost = subs.filter((s) => !rows.some((r) => r.reference === s.reference && r.idempotencyKey === s.key));
  const duplicates = [...byTitle.values()].filter((n) => n > 1).length + Math.max(0, rows.length - total);
  const receipts = new Map<string, number>();
  for (const m of smtp.messages) {
    const ref = /SAK-\d{4}-\d{4}/.exec(m.subject)?.[0];
    if (ref && references.includes(ref)) receipts.set(ref, (receipts.get(ref) ?? 0) + 1);
  }
  const notOnce = references.filter((r) => receipts.get(r) !== 1);
  const outbox = await sql<{ status: string; n: string }>(dbUrl, `SELECT "status", count(*) AS n FROM "OutgoingEmail" WHERE "dedupeKey" LIKE 'case-receipt:%' GROUP BY 1`);
  log(`cases: ${rows.length} for ${total} submissions; lost ${lost.length}; duplicates ${duplicates}`);
  log(`receipts: ${references.length - notOnce.length} of ${references.length} delivered exactly once; outbox ${JSON.stringify(outbox)}`);
  if (lost.length || duplicates || notOnce.length) {
    failed = true;
    for (const s of lost) log(`LOST: #${s.n} ${s.reference}`);
    for (const r of notOnce) log(`RECEIPT NOT ONCE: ${r} × ${receipts.get(r) ?? 0}`);
  }
}

try {
  await main();
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  killPortal();
  await smtp?.close().catch(() => undefined);
  try {
    // The server may have been left stopped by a failure above.
    pgStart();
    await sql(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  } catch (error) {
    console.error("could not drop", dbName, error);
  }
}
log(failed ? "FAILED" : "OK: 0 acknowledged cases lost, 0 duplicates, every receipt delivered exactly once");
process.exit(failed ? 1 : 0);
