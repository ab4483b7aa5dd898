// Runs `prisma migrate diff … --script` and returns the SQL. With engine "js" (prisma.config.ts) the CLI's
// WebAssembly schema engine needs a live connection even to diff two schema files, so callers pass one
// (a throwaway in-memory PGlite server is enough); nothing is written to it. Asynchronous on purpose: that server
// may live in this very process, and a synchronous spawn would block it from answering.
import { spawn } from "node:child_process";
import path from "node:path";

const PRISMA_BIN = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");

export function prismaDiffSql(from: { schema: string } | "empty", toSchema: string, databaseUrl: string): Promise<string> {
  const fromArgs = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from.schema];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [PRISMA_BIN, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", toSchema, "--script"],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`prisma migrate diff failed:\n${stdout}\n${stderr}`)),
    );
  });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
