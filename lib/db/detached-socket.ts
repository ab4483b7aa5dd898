// Database connections are opened outside every request's async context.
//
// Node gives a new TCP handle the async context (every AsyncLocalStorage store) of the code that opened it, and keeps
// it as long as the connection lives. The pool opens connections lazily, inside whichever request needs one first, so
// each long-lived connection kept that request's stores – Next's request and work stores – alive; through them (the
// abort reason of the request's cache signal, whose stack holds the Immediates of its tick, which link to the next
// ones and their requests' stores) every later request stayed reachable too. Under sustained traffic the Next server's
// heap filled with finished requests and it died at its heap ceiling (BENCHMARKS.md, soak). A connection opened in the
// context captured at start-up (instrumentation.ts) keeps nothing of any request.
import { AsyncLocalStorage } from "node:async_hooks";
import net from "node:net";

const ROOT = Symbol.for("saman.rootAsyncContext");
type Runner = <T>(fn: () => T) => T;
const holder = globalThis as unknown as { [ROOT]?: Runner };

/** Captures the current async context as the one connections are opened in; call once at start-up, outside requests. */
export function captureRootContext(): void {
  holder[ROOT] ??= AsyncLocalStorage.snapshot() as Runner;
}

function outsideRequests<T>(fn: () => T): T {
  const run = holder[ROOT];
  return run ? run(fn) : fn();
}

/** A socket for node-postgres (`stream` option) whose connection is opened in the start-up context. */
export function detachedSocket(): net.Socket {
  const socket = new net.Socket();
  const connect = socket.connect.bind(socket) as (...args: unknown[]) => net.Socket;
  socket.connect = ((...args: unknown[]) => outsideRequests(() => connect(...args))) as typeof socket.connect;
  return socket;
}
