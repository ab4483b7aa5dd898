// Prisma CLI configuration. Offline rules (see README, "Database"):
// - A prisma.config.ts turns off Prisma's own .env loading, so load it here and give DATABASE_URL a harmless
//   default: without a valid URL the CLI tries to download a Rust engine.
// - engine "js" + a driver adapter makes the CLI use its WebAssembly schema engine: no binary download.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

try {
  process.loadEnvFile();
} catch {
  // no .env file: fine
}
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:54329/postgres";
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString }),
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
