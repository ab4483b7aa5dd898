// A throwaway PostgreSQL server from Debian's binaries (as .ci/run starts one): initdb in a temporary directory, run
// as the postgres user when this process is root, with pg_stat_statements loaded so the benchmark can count the
// queries a render sends (sum of calls before and after; utility statements such as BEGIN/SET not tracked).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type PostgresServer = {
  /** A URL for one database of this server. */
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  /** Statements executed in `database` so far (pg_stat_statements, every backend, this tool's own reads excluded). */
  statementCount: (database: string) => Promise<number>;
  version: string;
  stop: () => void;
};

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(a) - Number(b));
  if (!versions.length) throw new Error("no PostgreSQL server binaries in /usr/lib/postgresql (apt-get install postgresql postgresql-contrib)");
  return path.join(root, versions.at(-1)!, "bin");
}

export async function startPostgres(port: number, log: (line: string) => void): Promise<PostgresServer> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saman-bench-pg-"));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: the server's files belong to the postgres user then.
  if (asRoot) spawnSync("chown", ["postgres", dir]);
  const run = (command: string, args: string[]) => {
    const full = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] as const : [path.join(bin, command), args] as const;
    const result = spawnSync(full[0], [...full[1]], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8"]);
  const options = [`-h 127.0.0.1 -p ${port} -k ${dir}`, "-c shared_preload_libraries=pg_stat_statements", "-c pg_stat_statements.track_utility=off", "-c pg_stat_statements.max=10000", "-c max_connections=200"].join(" ");
  run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  const stop = () => {
    spawnSync(asRoot ? "runuser" : path.join(bin, "pg_ctl"), asRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "-D", data, "-m", "fast", "stop"] : ["-D", data, "-m", "fast", "stop"]);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({ connectionString: url("postgres") });
  try {
    await admin.connect();
    await admin.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
    log(`PostgreSQL ${version} on port ${port} (${dir})`);
    return {
      url,
      version,
      createDatabase: async (name) => {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.query(`CREATE DATABASE ${name}`);
        return url(name);
      },
      statementCount: async (database) => {
        const result = await admin.query<{ calls: string | null }>(
          "SELECT sum(calls) AS calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)",
          [database],
        );
        return Number(result.rows[0]?.calls ?? 0);
      },
      stop: () => {
        void admin.end().catch(() => {});
        stop();
      },
    };
  } catch (error) {
    await admin.end().catch(() => {});
    stop();
    throw error;
  }
}

/**
 * Queries per render: `requests` requests of the page one after another, the statements the database ran in between
 * divided by the requests. Whatever else the portal does meanwhile (its mail worker) counts too, so the figure can
 * only err upwards.
 */
export async function queriesPerRender(server: PostgresServer, database: string, origin: string, path: string, headers: Record<string, string>, requests: number): Promise<number> {
  await (await fetch(origin + path, { headers })).arrayBuffer();
  const before = await server.statementCount(database);
  for (let i = 0; i < requests; i++) await (await fetch(origin + path, { headers })).arrayBuffer();
  const after = await server.statementCount(database);
  return Math.round(((after - before) / requests) * 10) / 10;
}
