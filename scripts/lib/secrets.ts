// The portal's two secrets: the session secret (NEXTAUTH_SECRET: signs session cookies and tokens) and the
// server-action encryption key (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encrypts the values Next binds into server
// actions; every instance and every build must share it, or an open form fails after a deploy).
// - With DATABASE_URL (a PostgreSQL server: production, several instances) both must come from the environment;
//   the portal refuses to start without them, so instances never disagree and a secret never lands in a checkout.
// - Embedded: generated once and kept under data/ (next to the database), so sessions and open forms survive a
//   restart. In memory (tests): fresh ones per process.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type Secrets = { nextAuthSecret: string; serverActionsKey: string };

export class MissingSecretsError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `DATABASE_URL peikar på ein PostgreSQL-tenar, men ${missing.join(" og ")} manglar i miljøet. ` +
        `Saman startar ikkje utan: alle instansar må dela same hemmelegheiter.\n` +
        `(DATABASE_URL points at a PostgreSQL server, but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set. ` +
        `Saman will not start without ${missing.length > 1 ? "them" : "it"}: every instance must share the same secrets.)\n` +
        `Create them once and put them in the service's environment (e.g. /etc/saman/saman.env):\n` +
        missing.map((name) => `  ${name}=$(openssl rand -base64 32)`).join("\n"),
    );
    this.name = "MissingSecretsError";
  }
}

export class InvalidSecretError extends Error {
  constructor(name: string, why: string) {
    super(`${name} is not valid: ${why}. Create one with: openssl rand -base64 32`);
    this.name = "InvalidSecretError";
  }
}

const FILES = { nextAuthSecret: "nextauth-secret", serverActionsKey: "server-actions-key" } as const;

/** Next wants the key as base64 of an AES key (16, 24 or 32 bytes). */
function checkServerActionsKey(key: string): string {
  const bytes = Buffer.from(key, "base64").length;
  if (![16, 24, 32].includes(bytes)) throw new InvalidSecretError("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", `decodes to ${bytes} bytes, not 16, 24 or 32`);
  return key;
}

function keptIn(file: string, log: (line: string) => void): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two instances start at once, the first secret written wins and both use it.
      fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
      log(`generated ${path.relative(process.cwd(), file) || file}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * The secrets for this start. `dataDir` is the embedded database's directory (its parent, data/, keeps the
 * secrets), null for an in-memory database; ignored when `env.DATABASE_URL` is set.
 */
export function resolveSecrets(options: { dataDir: string | null; env?: Record<string, string | undefined>; log?: (line: string) => void }): Secrets {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  if (env.DATABASE_URL) {
    const missing = ["NEXTAUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"].filter((name) => !env[name]?.trim());
    if (missing.length) throw new MissingSecretsError(missing);
    return { nextAuthSecret: env.NEXTAUTH_SECRET!, serverActionsKey: checkServerActionsKey(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY!) };
  }
  if (options.dataDir === null) {
    return {
      nextAuthSecret: env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url"),
      serverActionsKey: checkServerActionsKey(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString("base64")),
    };
  }
  const dir = path.dirname(path.resolve(options.dataDir));
  return {
    nextAuthSecret: env.NEXTAUTH_SECRET || keptIn(path.join(dir, FILES.nextAuthSecret), log),
    serverActionsKey: checkServerActionsKey(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || keptIn(path.join(dir, FILES.serverActionsKey), log)),
  };
}
