// Every server action is on the one chain (lib/actions/chain.ts, issue 19 item 5), and each one refuses an anonymous
// caller and every wrong-role caller – with the chain's code, one DENIED audit entry of the same shape, and nothing
// written. The "use server" modules are found by scanning the source tree, so a new module is included without
// touching this file; only the public actions are listed here, each with why, and the list must equal what the
// chain declares. Runs against a seeded, migrated database; only the session cookie is faked (next/headers).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_USERS, seed } from "@/prisma/seed";
import { formOf, sessionTokenFor } from "../helpers/actions";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookie.token ? { name, value: cookie.token } : undefined),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
  updateTag: () => undefined,
}));

/**
 * The actions anyone may call, and why. The chain's own declarations (`access: { public }`) must name exactly these.
 */
const PUBLIC_ACTIONS: Record<string, string> = {
  "auth.signIn": "signing in is how an anonymous visitor becomes a user",
  "auth.signOut": "ends one's own session (or none); nothing else",
  "auth.requestPasswordReset": "a forgotten password: answers the same whether the account exists (issue 17)",
  "auth.resetPassword": "the mailed one-time token is the authorization",
  "contact.submitFeedback": "the accessibility statement's feedback form is for everyone (rate limited per address)",
  "follow.follow": "anyone may follow with an e-mail address (confirmed by mail, rate limited per address)",
  "follow.confirm": "the mailed token is the authorization",
  "follow.unsubscribe": "the mailed token is the authorization",
  "follow.stop": "the token of 'Det eg følgjer', or the signed-in user's own follows only",
  "cases.withdraw": "the submitter's private status link (token) – or, signed in, case.follow for the case's party, checked in the action",
};

const ROOT = join(__dirname, "..", "..");
const SKIP = new Set(["node_modules", ".next", "generated", "tests"]);

function serverModules(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...serverModules(path));
    else if (/\.tsx?$/.test(entry.name) && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path, "utf8"))) found.push(relative(ROOT, path));
  }
  return found;
}

const MODULES = [...serverModules(join(ROOT, "lib")), ...serverModules(join(ROOT, "app"))].sort();

type Persona = "partner" | "member" | "formerDeputy" | "secretariat";
const PERSONAS: Record<Persona, string> = {
  partner: DEMO_USERS.partner.id,
  member: DEMO_USERS.member.id,
  formerDeputy: DEMO_USERS.formerDeputy.id,
  secretariat: DEMO_USERS.secretariat.id,
};

let db: TestDatabase;
let chain: typeof import("@/lib/actions/chain");
let permissions: typeof import("@/lib/auth/permissions");
let authData: typeof import("@/lib/auth/data");
const tokens = {} as Record<Persona, string>;
const viewers = {} as Record<Persona, import("@/lib/auth/viewer").Viewer>;
type Action = { module: string; exportName: string; fn: (...args: unknown[]) => Promise<unknown> };
const actions: Action[] = [];
let tables: string[] = [];

/** A fingerprint of every row of every table but the audit log and sessions (a session's lastSeenAt may move). */
async function fingerprint(): Promise<Record<string, string>> {
  const parts = tables.map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x`);
  const rows = await db.prisma.$queryRawUnsafe<{ t: string; h: string }[]>(parts.join(" UNION ALL "));
  const audit = await db.prisma.auditEntry.count({ where: { outcome: { not: "DENIED" } } });
  return { ...Object.fromEntries(rows.map((r) => [r.t, r.h])), auditNotDenied: String(audit) };
}

/** Calls an action as its kind is called, with a form that names nothing; returns its result or its redirect. */
async function call(action: Action, kind: string): Promise<{ result?: unknown; redirect?: string }> {
  const form = formOf({});
  try {
    const result = kind === "form" ? await action.fn(null, form) : kind === "post" ? await action.fn(form) : await action.fn({});
    return { result };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2]! };
  }
}

function refusedWith(outcome: { result?: unknown; redirect?: string }): string | undefined {
  if (outcome.redirect !== undefined) return new URL(outcome.redirect, "http://x").searchParams.get("utfall") ?? undefined;
  const r = outcome.result as { ok?: boolean; error?: string } | null;
  return r && r.ok === false ? r.error : undefined;
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "action-chain-test-secret-action-chain-test";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  chain = await import("@/lib/actions/chain");
  permissions = await import("@/lib/auth/permissions");
  authData = await import("@/lib/auth/data");
  for (const [p, id] of Object.entries(PERSONAS) as [Persona, string][]) {
    tokens[p] = await sessionTokenFor(id);
    viewers[p] = (await authData.loadSession(await (await import("@/lib/auth/cookie")).decodeSessionToken(tokens[p]), new Date())).viewer;
  }
  for (const file of MODULES) {
    const exports = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      if (typeof value === "function") actions.push({ module: file, exportName, fn: value as Action["fn"] });
    }
  }
  const rows = await db.prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  tables = rows.map((r) => r.tablename).filter((t) => !["AuditEntry", "Session", "_prisma_migrations"].includes(t));
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the one action chain", () => {
  it("finds the server action modules by scanning the tree, and the hand-made wrappers are gone", () => {
    expect(MODULES.length).toBeGreaterThanOrEqual(20);
    expect(MODULES).toContain("lib/meetings/actions.ts");
    expect(actions.length).toBeGreaterThanOrEqual(80);
    // Issue 19.5: the five hand-made wrappers – the editors' runEditor, the meetings' two act frames, the annual
    // report's run frame, membership's authorised() – gave way to the chain; the files that held only one are gone.
    for (const gone of ["lib/editors/action.ts", "lib/meetings/act.ts"]) expect(existsSync(join(ROOT, gone)), gone).toBe(false);
    // A server action module reaches the viewer, the permission check and the fault handling only through the chain.
    for (const file of MODULES) {
      const source = readFileSync(join(ROOT, file), "utf8");
      expect(source, file).not.toMatch(/from "(@\/lib\/auth\/|\.\/)guard"|from "@\/lib\/auth\/data"|from "@\/lib\/forms\/faults"|getViewer\(|authorize\(|faultSafe\(/);
    }
  });

  it("carries a declaration on every exported function of every server action module, with unique names", () => {
    const missing = actions.filter((a) => !chain.declarationOf(a.fn)).map((a) => `${a.module}#${a.exportName}`);
    expect(missing).toEqual([]);
    const names = actions.map((a) => chain.declarationOf(a.fn)!.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("declares exactly the listed public actions public", () => {
    const declared = actions.map((a) => chain.declarationOf(a.fn)!).filter((d) => "public" in d.access).map((d) => d.name).sort();
    expect(declared).toEqual(Object.keys(PUBLIC_ACTIONS).sort());
  });

  it("refuses every non-public action to an anonymous caller and to every wrong role, audits each denial alike, writes nothing", async () => {
    const calls: { action: Action; kind: string; persona: Persona | null; permission: string; name: string; entity: unknown }[] = [];
    const failures: string[] = [];
    for (const action of actions) {
      const decl = chain.declarationOf(action.fn);
      if (!decl || "public" in decl.access) continue;
      const permission = decl.access.permission;
      const wrong = (Object.keys(PERSONAS) as Persona[]).filter(
        (p) => !permissions.policyRoles(viewers[p]).some((role) => permissions.ROLE_PERMISSIONS[role].includes(permission)),
      );
      if (wrong.length === 0) failures.push(`${decl.name}: no wrong-role persona for ${permission}`);
      for (const persona of [null, ...wrong] as (Persona | null)[]) {
        calls.push({ action, kind: decl.kind, persona, permission, name: decl.name, entity: decl.access.entity });
      }
    }

    /** Makes one refused call; checks its answer and its one DENIED audit entry. */
    const refuse = async (c: (typeof calls)[number]) => {
      cookie.token = c.persona ? tokens[c.persona] : undefined;
      const deniedBefore = (await db.prisma.auditEntry.findMany({ where: { outcome: "DENIED" }, select: { id: true } })).map((e) => e.id);
      const outcome = await call(c.action, c.kind);
      const who = `${c.name} as ${c.persona ?? "anonymous"}`;
      const expected = c.persona ? "FORBIDDEN" : "UNAUTHENTICATED";
      if (refusedWith(outcome) !== expected) failures.push(`${who}: expected ${expected}, got ${JSON.stringify(outcome).slice(0, 200)}`);
      const denied = await db.prisma.auditEntry.findMany({
        where: { outcome: "DENIED", id: { notIn: deniedBefore } },
        select: { actorId: true, action: true, entityType: true },
      });
      if (denied.length !== 1) failures.push(`${who}: ${denied.length} DENIED audit entries, expected one`);
      else if (denied[0]!.action !== c.permission || denied[0]!.actorId !== (c.persona ? PERSONAS[c.persona] : null) || denied[0]!.entityType !== c.entity) {
        failures.push(`${who}: audit entry ${JSON.stringify(denied[0])}`);
      }
      return who;
    };

    // Nothing written: every row of every table is fingerprinted before and after all the calls (hashing the whole
    // database around each call made this file take minutes). Only when something changed are the calls made once
    // more, each between two fingerprints, to name the action that wrote.
    const before = await fingerprint();
    for (const c of calls) await refuse(c);
    const after = await fingerprint();
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    if (changed.length > 0) {
      failures.push(`the refused calls together wrote to ${changed.join(", ")}`);
      for (const c of calls) {
        const one = await fingerprint();
        const who = await refuse(c);
        const two = await fingerprint();
        const wrote = Object.keys(two).filter((k) => two[k] !== one[k]);
        if (wrote.length > 0) failures.push(`${who}: wrote to ${wrote.join(", ")}`);
      }
    }
    expect(failures).toEqual([]);
    expect(calls.length).toBeGreaterThanOrEqual(150);
  }, 600_000);
});
