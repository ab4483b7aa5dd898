// Infrastructure faults – the database down or restarting, a connection lost, a timeout, a lock or serialization
// conflict – are not the user's mistake and not a bug: a server action answers them with the typed result
// `UNAVAILABLE`, the form keeps what was typed (and its idempotency key) and says "try again". Anything else is a
// bug and still goes to the error page. Pure (no Prisma import): errors are recognised by their shape, so the same
// check serves Prisma (driver adapter) errors and raw `pg` errors.
import { unstable_rethrow } from "next/navigation";

export type Unavailable = "UNAVAILABLE";

/** Prisma error codes that mean "the database is not there right now", not "your request is wrong". */
const PRISMA_CODES = new Set([
  "P1001", // can't reach the database server
  "P1002", // the server was reached but timed out
  "P1008", // operation timed out
  "P1017", // the server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "P2028", // transaction API error (e.g. the transaction timed out or was closed)
  "P2034", // write conflict or deadlock: try again
]);

/** The driver adapter's error kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict", "TransactionAlreadyClosed", "TlsConnectionError"]);

/** SQLSTATE classes and codes: connection exceptions, shutdown, too many connections, serialization, deadlock, lock, cancel. */
function isTransientSqlState(code: string): boolean {
  return code.startsWith("08") || ["57P01", "57P02", "57P03", "53300", "40001", "40P01", "55P03", "57014"].includes(code);
}

const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|server closed the connection|Transaction already closed|Unable to start a transaction in the given time/i;

/** Whether an error is an infrastructure fault (the same request may well succeed in a moment). */
export function isInfrastructureFault(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; errorCode?: unknown };
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || NODE_CODES.has(e.code) || (/^[0-9A-Z]{5}$/.test(e.code) && isTransientSqlState(e.code)))) return true;
  const adapter = (e.meta as { driverAdapterError?: { cause?: { kind?: string; originalCode?: string; code?: string } } } | undefined)?.driverAdapterError?.cause;
  if (adapter?.kind && ADAPTER_KINDS.has(adapter.kind)) return true;
  const sqlState = adapter?.originalCode ?? adapter?.code;
  if (adapter?.kind === "postgres" && typeof sqlState === "string" && isTransientSqlState(sqlState)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  if (e.name === "AggregateError" && Array.isArray((error as { errors?: unknown[] }).errors)) {
    return (error as { errors: unknown[] }).errors.some((inner) => isInfrastructureFault(inner, depth + 1));
  }
  return isInfrastructureFault(e.cause, depth + 1);
}

/**
 * Runs a server action's work; an infrastructure fault becomes `onFault("UNAVAILABLE")` (logged without the form's
 * content), Next's redirect/notFound signals pass through, and any other error is thrown as before.
 */
export async function faultSafe<R>(work: () => Promise<R>, onFault: (error: Unavailable) => R): Promise<R> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    if (!isInfrastructureFault(error)) throw error;
    console.error("action: infrastructure fault, answered UNAVAILABLE:", error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : error);
    return onFault("UNAVAILABLE");
  }
}

/**
 * The text fields of a form, to give back with UNAVAILABLE so a form without JavaScript shows what was typed:
 * never files, never passwords or tokens, bounded in size.
 */
export function typedValues(formData: FormData, omit: readonly string[] = []): Record<string, string | string[]> {
  const secret = new Set(["password", "confirm", "token", ...omit]);
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || secret.has(key) || key.startsWith("$ACTION")) continue;
    const v = value.slice(0, 20_000);
    const prev = values[key];
    values[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v].slice(0, 50) : [prev, v];
  }
  return values;
}
