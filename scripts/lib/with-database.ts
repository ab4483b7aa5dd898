// Runs `work` against DATABASE_URL when set; otherwise against the embedded database: if a Saman server already
// serves data/ (npm start), connect to it; else open data/ in this process for the duration.
import net from "node:net";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { embeddedPort, embeddedUrl } from "../../lib/db/url";

export const DATA_DIR = process.env.DATA_DIR ?? "data/pglite";

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const port = embeddedPort();
  if (await portAnswers(port)) return work(embeddedUrl(port));
  const db = await startEmbeddedDatabase({ dataDir: DATA_DIR, port: 0 });
  try {
    return await work(db.url);
  } finally {
    await db.close();
  }
}
