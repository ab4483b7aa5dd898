// Secrets (issue 17 item 8): with DATABASE_URL set to a PostgreSQL server the portal refuses to start without
// NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY from the environment (a clear message, exit 1, nothing
// started); the embedded mode creates both under data/ once and keeps them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidSecretError, MissingSecretsError, resolveSecrets } from "@/scripts/lib/secrets";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "saman-secrets-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const KEY = Buffer.alloc(32, 7).toString("base64");
const SERVER = "postgresql://saman@127.0.0.1:9/saman";

describe("with a PostgreSQL server (DATABASE_URL)", () => {
  it("refuses without both secrets and names the missing ones", () => {
    expect(() => resolveSecrets({ dataDir: "data/pglite", env: { DATABASE_URL: SERVER } })).toThrow(MissingSecretsError);
    try {
      resolveSecrets({ dataDir: "data/pglite", env: { DATABASE_URL: SERVER, NEXTAUTH_SECRET: "s3cret" } });
      expect.unreachable();
    } catch (error) {
      expect((error as MissingSecretsError).missing).toEqual(["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]);
    }
    expect(() => resolveSecrets({ dataDir: null, env: { DATABASE_URL: SERVER, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY } })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("takes both from the environment, and refuses a key that is not an AES key", () => {
    const dataDir = path.join(root, "server", "pglite");
    expect(resolveSecrets({ dataDir, env: { DATABASE_URL: SERVER, NEXTAUTH_SECRET: "s3cret", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY } })).toEqual({
      nextAuthSecret: "s3cret",
      serverActionsKey: KEY,
    });
    // Nothing is written to disk in server mode.
    expect(fs.existsSync(path.join(root, "server"))).toBe(false);
    expect(() => resolveSecrets({ dataDir, env: { DATABASE_URL: SERVER, NEXTAUTH_SECRET: "s", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "short" } })).toThrow(
      InvalidSecretError,
    );
  });

  it("npm start exits 1 with the message before it starts anything", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: SERVER, NEXTAUTH_SECRET: "", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "", PORT: "9" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY are not set");
    expect(result.stdout).not.toContain("migration");
  });
});

describe("embedded", () => {
  it("creates both secrets under data/ once (private to the owner) and keeps them", () => {
    const dataDir = path.join(root, "data", "pglite");
    const first = resolveSecrets({ dataDir, env: {} });
    expect(Buffer.from(first.serverActionsKey, "base64")).toHaveLength(32);
    expect(first.nextAuthSecret.length).toBeGreaterThanOrEqual(32);
    for (const name of ["nextauth-secret", "server-actions-key"]) {
      expect(fs.statSync(path.join(root, "data", name)).mode & 0o077).toBe(0);
    }
    expect(resolveSecrets({ dataDir, env: {} })).toEqual(first);
    // Set in the environment, the environment wins.
    expect(resolveSecrets({ dataDir, env: { NEXTAUTH_SECRET: "own", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY } })).toEqual({ nextAuthSecret: "own", serverActionsKey: KEY });
  });

  it("an in-memory database (tests) gets fresh secrets and writes nothing", () => {
    const a = resolveSecrets({ dataDir: null, env: {} });
    const b = resolveSecrets({ dataDir: null, env: {} });
    expect(a.serverActionsKey).not.toBe(b.serverActionsKey);
  });
});
