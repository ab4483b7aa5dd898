// pglite-socket serves one PGlite session to many connections by queueing their protocol messages. It keeps a
// connection's messages together inside a transaction, but not inside an extended-protocol batch outside one
// (Parse, Bind, Describe, Execute … Sync: every parameterised query the app sends). Under parallel load another
// connection's Parse can then land between a Bind and its Execute: `portal "" does not exist`, or a statement bound to
// someone else's parameters. This replaces the queue's scheduler (pglite-socket 0.2.17, pinned) with the same one plus
// that rule: once a connection has begun a batch, only its messages run until its Sync. It also always clears the
// "processing" flag, which the original leaves set after a thrown error, stalling every connection. And it cleans up
// after a connection that goes away (a crash, a cut network) while it owns the session – in a batch, in a transaction,
// or with a message running: pglite-socket's own clean-up runs at once and finds no transaction yet when the running
// message is the BEGIN, so the session would stay the dead connection's and every other connection would wait forever.
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};

type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

const BATCH_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));
const SYNC = "S".charCodeAt(0);
const TERMINATE = "X".charCodeAt(0);
/** A bare Sync message: ends an extended-protocol batch that its connection left unfinished. */
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

export function keepProtocolBatchesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== "function" || typeof queue.clearQueueForHandler !== "function") {
    throw new Error("pglite-socket's query queue has changed: review lib/db/socket-queue.ts before upgrading");
  }
  /** The connection whose extended-protocol batch has begun and not yet reached Sync. */
  let batchOwner: number | null = null;
  /** The connection whose message is running now. */
  let running: number | null = null;
  /** Connections that went away while they owned the session; released before anyone else runs. */
  const departed = new Set<number>();

  /** Leaves the session as a new connection expects it: no batch and no transaction of the connection that left. */
  const releaseSessionOf = async (handlerId: number) => {
    departed.delete(handlerId);
    if (batchOwner === handlerId) {
      batchOwner = null;
      await queue.db.runExclusive(() => queue.db.execProtocolRaw(SYNC_MESSAGE)).catch(() => {});
    }
    if (queue.lastHandlerId === handlerId) {
      queue.lastHandlerId = null;
      if (queue.db.isInTransaction()) await queue.db.exec("ROLLBACK").catch(() => {});
    }
  };

  queue.processQueue = async function processQueue() {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = queue.db.isInTransaction() && queue.lastHandlerId !== null ? queue.lastHandlerId : batchOwner;
        if (owner !== null && departed.has(owner)) {
          await releaseSessionOf(owner);
          continue;
        }
        const index = owner === null ? 0 : queue.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet; enqueue() restarts us
        const item = queue.queue.splice(index, 1)[0]!;
        const type = item.message[0]!;
        let bytes = 0;
        running = item.handlerId;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          running = null;
          if (batchOwner === item.handlerId) batchOwner = null;
          if (departed.has(item.handlerId)) await releaseSessionOf(item.handlerId);
          item.reject(error);
          continue;
        }
        running = null;
        queue.lastHandlerId = item.handlerId;
        if (BATCH_MESSAGES.has(type)) batchOwner = item.handlerId;
        else if ((type === SYNC || type === TERMINATE) && batchOwner === item.handlerId) batchOwner = null;
        if (departed.has(item.handlerId)) await releaseSessionOf(item.handlerId);
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  // A connection that goes away while it owns the session must not hold the queue: its batch is ended and its
  // transaction rolled back before the next connection's message runs (in processQueue, so nothing runs in between).
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    const ownsTransaction = queue.lastHandlerId === handlerId && queue.db.isInTransaction();
    if (running === handlerId || batchOwner === handlerId || ownsTransaction) {
      departed.add(handlerId);
      void queue.processQueue();
    }
  };
}
