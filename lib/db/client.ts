// The one Prisma client of the app: Rust-free client + node-postgres adapter, the same against the embedded PGlite
// server and a production PostgreSQL. Only `data.ts`/`mutations.ts` modules (and scripts/tests) may import this
// (eslint rule "no-restricted-imports").
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { onShutdown } from "../shutdown";
import { detachedSocket } from "./detached-socket";
import { databaseUrl } from "./url";

export type Db = PrismaClient;

export function createPrisma(url: string = databaseUrl()): PrismaClient {
  // Connections are opened outside the request that first needs one (./detached-socket.ts: a request must not stay
  // reachable for as long as the connection lives).
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), stream: detachedSocket });
  // Transactions wait their turn rather than fail: the embedded database runs them one at a time, and a burst of
  // writes (or a busy machine) easily exceeds Prisma's defaults of 2 s to start and 5 s to finish. A write that cannot
  // start within 30 s is still answered as UNAVAILABLE, and the form keeps what the user typed.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 30_000, timeout: 60_000 } });
}

// One client per process; survives Next's module reloading in development.
const globalForPrisma = globalThis as unknown as { samanPrisma?: PrismaClient };

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    if (!globalForPrisma.samanPrisma) {
      const client = createPrisma();
      globalForPrisma.samanPrisma = client;
      // On a graceful stop the pool closes after the app's own work (lib/shutdown.ts).
      onShutdown(() => client.$disconnect(), "database");
    }
    const value = Reflect.get(globalForPrisma.samanPrisma, property);
    return typeof value === "function" ? value.bind(globalForPrisma.samanPrisma) : value;
  },
});
