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

export type EmbeddedDatabase = {
  url: string;
  port: number;
  dataDir: string | null;
  /** A gzip tarball of the whole data directory after a CHECKPOINT (a template: lib/db/template.ts). */
  dump: () => Promise<Blob>;
  close: () => Promise<void>;
};

/** PGlite could not start from the template it was given (a damaged template). */
export class TemplateRejectedError extends Error {
  constructor(cause: unknown) {
    super(`The database template could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "TemplateRejectedError";
  }
}

/** Whether `dataDir` holds no database yet (missing, or an empty folder): only such a directory takes a template. */
function isFreshDataDir(dataDir: string): boolean {
  if (!fs.existsSync(dataDir)) return true;
  return fs.statSync(dataDir).isDirectory() && fs.readdirSync(dataDir).length === 0;
}

/**
 * Opens (or creates) the data directory and serves it. `dataDir: null` gives a throwaway in-memory database (tests,
 * migration generation). `port: 0` picks a free port.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string | null;
  port: number;
  host?: string;
  /**
   * A template (lib/db/template.ts) to start from when the database is new: in memory, or a data directory that does
   * not exist yet or is empty. Asked for only then, and only once this process holds the directory's lock. While it
   * is unpacked a marker `<dataDir>.unpacking` exists: a process that dies meanwhile leaves the marker, and the next
   * start removes the half-unpacked directory and begins again. A template PGlite cannot start from throws
   * TemplateRejectedError (nothing is left behind); the caller drops it and starts without.
   */
  template?: () => Promise<Blob | null>;
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
    const settings = {
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${process.env.EMBEDDED_SHARED_BUFFERS ?? "16MB"}`],
    };
    const marker = dataDir ? `${dataDir}.unpacking` : null;
    if (dataDir && marker && fs.existsSync(marker)) {
      // A process died while unpacking a template into this directory: it holds no database yet, only a part of one.
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(marker, { force: true });
    }
    const template = options.template && (!dataDir || isFreshDataDir(dataDir)) ? await options.template() : null;
    if (template) {
      if (dataDir && marker) {
        fs.rmSync(dataDir, { recursive: true, force: true }); // an empty folder at most (isFreshDataDir)
        fs.writeFileSync(marker, `${process.pid}\n`);
      }
      try {
        db = await PGlite.create(dataDir ?? undefined, { ...settings, loadDataDir: template });
      } catch (error) {
        if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
        throw new TemplateRejectedError(error);
      } finally {
        if (marker) fs.rmSync(marker, { force: true });
      }
    } else {
      db = await PGlite.create(dataDir ?? undefined, settings);
    }
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
      dump: async () => {
        await opened.exec("CHECKPOINT");
        return opened.dumpDataDir("gzip");
      },
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
