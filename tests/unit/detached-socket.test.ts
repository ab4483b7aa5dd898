// Database connections keep nothing of the request that opened them (lib/db/detached-socket.ts; issue 17 item 6:
// memory that stays flat). A socket's callbacks run in the async context its connection was opened in: a request's
// stores seen there are stores the connection keeps alive.
import { AsyncLocalStorage } from "node:async_hooks";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureRootContext, detachedSocket } from "@/lib/db/detached-socket";

const request = new AsyncLocalStorage<string>();
let server: net.Server;
let port: number;

beforeAll(async () => {
  server = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Opens a connection inside a request and reports the request store its socket's callbacks see. */
function storeSeenBySocket(open: () => net.Socket): Promise<string | undefined> {
  return request.run("request 1", () => {
    const socket = open();
    return new Promise((resolve) => {
      socket.once("connect", () => {
        resolve(request.getStore());
        socket.destroy();
      });
      socket.connect(port, "127.0.0.1");
    });
  });
}

describe("a database connection opened during a request", () => {
  it("with a plain socket keeps the request's store (the leak the soak found)", async () => {
    expect(await storeSeenBySocket(() => new net.Socket())).toBe("request 1");
  });

  it("with the detached socket keeps nothing of the request, once the start-up context is captured", async () => {
    captureRootContext();
    expect(await storeSeenBySocket(detachedSocket)).toBeUndefined();
    // The request itself still sees its own store.
    expect(await request.run("request 2", async () => request.getStore())).toBe("request 2");
  });
});
