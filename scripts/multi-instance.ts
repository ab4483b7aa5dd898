// Several instances on one PostgreSQL (issue 18 item 3), as CI runs it (.ci/run): on an empty database (DATABASE_URL)
// it migrates and seeds once, starts two portal instances from the same build (same secrets, different ports, one
// shared SMTP capture server), puts nginx in front of them (round robin, no sticky sessions) and runs the journeys in
// tests/e2e-multi against nginx. Each instance names itself in X-Saman-Instance (SAMAN_INSTANCE_ID), so the journeys
// can tell which one answered.
//
//   DATABASE_URL=postgresql://…/empty_db npx tsx scripts/multi-instance.ts [playwright args]
//
// Ports (MULTI_PORT, default 3400): nginx on MULTI_PORT, the instances on +1 and +2, the SMTP capture on +1000 and its
// mailbox on +2000 (tests/e2e/mailbox.ts reads E2E_PORT + 2000, so the journeys get E2E_PORT = MULTI_PORT). nginx is
// Debian's (/usr/sbin/nginx, NGINX to change), run in the foreground with its configuration, pid, logs and temporary
// files in a temporary folder. Exit code: Playwright's.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrisma } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { seed } from "../prisma/seed";
import { serveMailbox, startSmtpCapture } from "../tests/helpers/smtp";
import { buildIfNeeded } from "./lib/build";
import { PROXY_TO_SAMAN } from "./bench/nginx";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL must point at an empty PostgreSQL database");
const base = Number(process.env.MULTI_PORT ?? 3400);
const nginxBin = process.env.NGINX ?? "/usr/sbin/nginx";
const instances = [
  { id: "a", port: base + 1 },
  { id: "b", port: base + 2 },
];
const publicUrl = `http://127.0.0.1:${base}`;
const log = (line: string) => console.log(`[multi] ${line}`);

// 1. The database: migrated and seeded once, here, before any instance starts (the instances then find it ready).
await migrate(databaseUrl, { log });
{
  const prisma = createPrisma(databaseUrl);
  try {
    await seed(prisma, { log: () => {} });
  } finally {
    await prisma.$disconnect();
  }
}
log("database migrated and seeded");
// One build for both (in CI the one `npm test` made: a no-op here).
await buildIfNeeded({ log });

// 2. One SMTP capture for both instances' outbox workers.
const smtp = await startSmtpCapture(base + 1000);
const mailbox = await serveMailbox(smtp, base + 2000);

// 3. The instances: what a deployment shares (secrets, public address, database, mail server) from the environment.
const shared = {
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString("base64"),
  NEXTAUTH_URL: publicUrl,
  // nginx sets X-Forwarded-For; the instances take the client address from it.
  TRUST_PROXY: "true",
  SMTP_URL: smtp.url,
  MAIL_POLL_SECONDS: "1",
  MAIL_RETRY_BASE_SECONDS: "1",
  // Already seeded above; an instance must not seed.
  SEED_ON_EMPTY: "false",
};
const workersStarted = new Set<string>();
const children: ChildProcess[] = instances.map(({ id, port }) => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...shared, PORT: String(port), HOSTNAME: "127.0.0.1", SAMAN_INSTANCE_ID: id },
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        if (line.includes("mail: outbox worker started")) workersStarted.add(id);
        return `[${id}] ${line}\n`;
      })
      .join("");
  child.stdout!.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
});

// 4. nginx in front: round robin (its default), no stickiness, the public Host passed on (the instances compare a form
// post's Origin with it).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-nginx-"));
// Run as root (CI), nginx's workers switch to "nobody", which must be able to use the temporary folders.
fs.chmodSync(dir, 0o755);
for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 });
for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.chmodSync(path.join(dir, sub), 0o777);
const conf = path.join(dir, "nginx.conf");
fs.writeFileSync(conf, nginxConfig(dir));
const nginx = spawn(nginxBin, ["-c", conf, "-p", dir, "-e", path.join(dir, "error.log")], { stdio: "inherit" });

let exitCode = 1;
try {
  await Promise.all([...instances.map(({ port }) => waitFor(`http://127.0.0.1:${port}/api/health`)), waitFor(`${publicUrl}/api/health`)]);
  log(`two instances (${instances.map((i) => `${i.id} on ${i.port}`).join(", ")}) behind nginx on ${publicUrl}`);
  if (workersStarted.size !== instances.length) throw new Error(`the outbox worker started on ${[...workersStarted].join(", ") || "no instance"}, not on both`);

  // 5. The journeys, against nginx (not spawnSync: this process serves the mailbox and relays the instances' logs).
  const playwright = spawn(
    process.execPath,
    [path.join("node_modules", "@playwright", "test", "cli.js"), "test", "--config", "tests/e2e-multi/playwright.config.ts", ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        MULTI_BASE_URL: publicUrl,
        MULTI_INSTANCES: instances.map(({ id, port }) => `${id}=http://127.0.0.1:${port}`).join(","),
        E2E_PORT: String(base),
        DATABASE_URL: databaseUrl,
      },
    },
  );
  exitCode = await new Promise<number>((resolve) => playwright.once("exit", (code) => resolve(code ?? 1)));
} finally {
  nginx.kill("SIGQUIT");
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  mailbox.close();
  await smtp.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);

function nginxConfig(prefix: string): string {
  const upstreams = instances.map(({ port }) => `    server 127.0.0.1:${port};`).join("\n");
  return `# Written by scripts/multi-instance.ts for one run.
${process.getuid?.() === 0 ? "user nobody nogroup;\n" : ""}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  # Meeting papers up to 25 MB plus the form (lib/http/limits.ts); the instances check the exact limit.
  client_max_body_size 40m;
  upstream saman {
${upstreams}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${base};
    location / {
${PROXY_TO_SAMAN.replace(/^/gm, "      ")}
      proxy_read_timeout 120s;
    }
  }
}
`;
}

async function waitFor(url: string) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    for (const child of [...children, nginx]) if (child.exitCode !== null) throw new Error(`a process exited early (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in time`);
}
