// The embedded database: PGlite (PostgreSQL 18 in WebAssembly) owned by this process and served on 127.0.0.1 with
// pglite-socket, so the app, scripts and tests all connect with `pg` exactly as to a production server.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireDataDirLock } from "./lock";
import { keepProtocolBatchesTogether } from "./socket-queue";
import { embeddedUrl } from "./url";

export type EmbeddedDatabase = { url: string; port: number; dataDir: string | null; close: () => Promise<void> };

/**
 * Opens (or creates) the data directory and serves it. `dataDir: null` gives a throwaway in-memory database (tests,
 * migration generation). `port: 0` picks a free port.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string | null;
  port: number;
  host?: string;
}): Promise<EmbeddedDatabase> {
  let release = () => {};
  let dataDir: string | null = null;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    release = acquireDataDirLock(dataDir);
  }
  let db: PGlite | undefined;
  try {
    // relaxedDurability stays off: every commit is on disk before it is acknowledged (kill -9 loses nothing).
    // shared_buffers: PostgreSQL's default 128 MB stays resident in PGlite's WebAssembly memory, which never shrinks;
    // 16 MB holds this portal's hot pages, and the operating system's page cache keeps the rest of the files
    // (EMBEDDED_SHARED_BUFFERS to change; the soak figures in BENCHMARKS.md).
    db = await PGlite.create(dataDir ?? undefined, {
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${process.env.EMBEDDED_SHARED_BUFFERS ?? "16MB"}`],
    });
    const server = new PGLiteSocketServer({
      db,
      port: options.port,
      host: options.host ?? "127.0.0.1",
      // ≥ the app's pool (DATABASE_POOL_SIZE, 10) + scripts; queries fail after an error when this is too small.
      maxConnections: 64,
    });
    keepProtocolBatchesTogether(server);
    await server.start();
    const address = server.getServerConn();
    const port = Number(address.split(":").pop());
    const opened = db;
    let closed = false;
    return {
      url: embeddedUrl(port),
      port,
      dataDir,
      close: async () => {
        if (closed) return;
        closed = true;
        await server.stop();
        await opened.close();
        release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    release();
    throw error;
  }
}
