// The HTTP side of /api/v1, shared by every route (issue 20 item 1): the request limit per address (429 +
// Retry-After), query validation (400), ETag + 304, CORS for GET and errors as RFC 9457 problem+json. Routes stay
// one line: `export const GET = listRoute(query, load)`.
import { createHash } from "node:crypto";
import type * as z from "zod";
import { clientAddress, trustProxy } from "@/lib/auth/client-address";
import { takeApiRequest } from "./limit/mutations";
import type { Problem } from "./common/schema";
import { BadQuery } from "./common/errors";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After",
  "Access-Control-Max-Age": "86400",
};

const PROBLEM_BASE = "/opne-data#problem-";

export function problem(status: number, slug: string, title: string, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: `${PROBLEM_BASE}${slug}`, title, status, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

export const notFoundProblem = (instance?: string) => problem(404, "not-found", "Not found", instance ? { instance } : {});

/** A strong ETag over the exact bytes sent; If-None-Match with it (or *) gets 304 without a body. */
export function jsonWithEtag(request: Request, value: unknown): Response {
  const text = JSON.stringify(value);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": "public, max-age=60", Vary: "Origin" };
  const match = request.headers.get("if-none-match");
  if (match && (match.trim() === "*" || match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** Counts the request against its address; a Response (429) when over the limit. Unknown address: one shared bucket. */
export async function limitRequest(request: Request, now: Date): Promise<Response | null> {
  const address = clientAddress(request.headers, { trustProxy: trustProxy() }) ?? "unknown";
  const taken = await takeApiRequest(address, now);
  if (taken.ok) return null;
  return problem(
    429,
    "rate-limited",
    "Too many requests",
    { detail: `Try again in ${taken.retryAfterSeconds} s.` },
    { "Retry-After": String(taken.retryAfterSeconds) },
  );
}

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) out[key] = value;
  return out;
}


type Params = { params: Promise<Record<string, string>> };

/** A GET handler: limit → validate the query → load → JSON with ETag; null from the loader is a 404. */
export function apiRoute<Q extends z.ZodType>(query: Q, load: (q: z.infer<Q>, ctx: { now: Date; params: Record<string, string> }) => Promise<unknown>) {
  return async (request: Request, context?: Params): Promise<Response> => {
    const now = new Date();
    const url = new URL(request.url);
    const limited = await limitRequest(request, now);
    if (limited) return limited;
    const parsed = query.safeParse(queryObject(url));
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      return problem(400, "invalid-query", "Invalid query", { detail: "The query parameters do not match the API description.", errors, instance: url.pathname });
    }
    try {
      const params = context ? await context.params : {};
      const value = await load(parsed.data, { now, params });
      return value === null ? notFoundProblem(url.pathname) : jsonWithEtag(request, value);
    } catch (error) {
      if (error instanceof BadQuery) {
        return problem(400, "invalid-query", "Invalid query", { errors: [{ path: error.path, message: error.message }], instance: url.pathname });
      }
      throw error;
    }
  };
}
