// A connection to the embedded database that goes away while its message runs (the process dies, the network is cut)
// must not leave the one PGlite session to it: other connections go on, and its transaction is rolled back
// (lib/db/socket-queue.ts). Found when the e2e fault proxy cut every connection just as the mail worker sent BEGIN:
// every later query of the portal waited for ever.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { keepProtocolBatchesTogether } from "@/lib/db/socket-queue";

let db: PGlite;
let server: PGLiteSocketServer;
let url: string;
/** While set, a simple query containing the marker waits for `release()` before it runs. */
let gate: { marker: string; reached: () => void; wait: Promise<void> } | null = null;

beforeAll(async () => {
  db = await PGlite.create();
  const run = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = async (message, options) => {
    const open = gate;
    if (open && message[0] === "Q".charCodeAt(0) && Buffer.from(message).toString("latin1").includes(open.marker)) {
      gate = null;
      open.reached();
      await open.wait;
    }
    return run(message, options);
  };
  server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 8 });
  keepProtocolBatchesTogether(server);
  await server.start();
  url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  await db.exec("CREATE TABLE departed_log (note text)");
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // the cut connection reports its end here
  await client.connect();
  return client;
}

/** Cuts `client`'s connection while its `sql` runs on the server, then lets that statement finish. */
async function cutDuring(client: pg.Client, sql: string, marker: string) {
  let reached!: () => void;
  let release!: () => void;
  const hit = new Promise<void>((resolve) => (reached = resolve));
  gate = { marker, reached, wait: new Promise<void>((resolve) => (release = resolve)) };
  const pending = client.query(sql).catch(() => "cut");
  await hit;
  (client as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
  await new Promise((resolve) => setTimeout(resolve, 200)); // the server notices the closed socket
  release();
  await pending;
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<"stalled">((resolve) => setTimeout(() => resolve("stalled"), ms))]);

it("lets the other connections go on when one is cut while its BEGIN runs, and rolls its transaction back", async () => {
  const other = await connect();
  const cut = await connect();
  await cutDuring(cut, "BEGIN /* cut-begin */", "cut-begin");

  expect(await within(other.query("SELECT 1 AS one").then((r) => r.rows[0].one), 5_000)).toBe(1);
  // The session is no longer in the departed connection's transaction: this write commits for everyone.
  await other.query("INSERT INTO departed_log VALUES ('after the cut')");
  const fresh = await connect();
  expect((await fresh.query("SELECT count(*)::int AS c FROM departed_log")).rows[0].c).toBe(1);
  await other.end();
  await fresh.end();
}, 60_000);

it("rolls back the writes of a connection cut in the middle of its transaction", async () => {
  const other = await connect();
  const cut = await connect();
  await cut.query("BEGIN");
  await cut.query("INSERT INTO departed_log VALUES ('never committed')");
  await cutDuring(cut, "INSERT INTO departed_log VALUES ('cut-insert')", "cut-insert");

  expect(await within(other.query("SELECT count(*)::int AS c FROM departed_log WHERE note <> 'after the cut'").then((r) => r.rows[0].c), 5_000)).toBe(0);
  await other.end();
}, 60_000);
