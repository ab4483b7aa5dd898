// The Content-Security-Policy of a page kept in Next's cache (issue 18 item 1). A page rendered per request gets a
// nonce (proxy.ts); a cached page is one document for everyone, so it lists the SHA-256 hashes of its inline scripts
// instead – still no 'unsafe-inline' for scripts. The cache handler (pg-cache-handler.mjs) stores the policy in the
// page's headers when the page is stored; Next sends those headers with every copy it serves.
//
// Only Next's own inline scripts are hashed, each checked for what it must be, so markup injected into a page (were
// there ever an escaping bug) is not blessed with a hash:
// - the router's bootstrap (`_R_`): the page's chunk list, nothing else;
// - the flight payload's first line, `(self.__next_f=self.__next_f||[]).push([0])`;
// - the flight payload's chunks, `self.__next_f.push([1,"…"])`, which, decoded and joined in order, must be exactly
//   the page's RSC payload that Next stores beside the HTML (rscData).
// A page with any other inline script gets a policy that allows none of them: it still reads (the HTML is complete),
// its scripts are blocked, and the end-to-end tests, which count CSP violations on cached pages, fail.
//
// Plain JavaScript for the same reason as the cache handler: Next imports it at run time, outside the bundle.
import { createHash } from "node:crypto";
import { appendFileSync } from "node:fs";

/** The directives every page has; only script-src differs (a nonce per request, or the hashes of a cached page). */
export function policyWithScripts(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptSources].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const BOOTSTRAP = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{"otherChunks":\["static\/chunks\/[\w.-]+\.js"(?:,"static\/chunks\/[\w.-]+\.js")*\],"runtimeModuleIds":\[\d+(?:,\d+)*\]\}\);?$/;
const FLIGHT_START = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)$/s;

/** Every `<script …>…</script>` without a src: its attributes and its text. */
function inlineScripts(html) {
  const found = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(match[1])) {
      if (match[2].trim() !== "") return null; // a script with a src has no text of its own
      continue;
    }
    found.push(match[2]);
  }
  return found;
}

/**
 * script-src sources ('sha256-…') for the page's inline scripts, or null when one of them is not Next's own or the
 * flight chunks do not add up to the page's RSC payload.
 * @param {string} html @param {Buffer | string | undefined} rscData @returns {string[] | null}
 */
export function inlineScriptHashes(html, rscData) {
  const scripts = inlineScripts(html);
  if (!scripts) return null;
  const payload = rscData === undefined ? null : Buffer.isBuffer(rscData) ? rscData.toString("utf8") : String(rscData);
  let flight = "";
  const hashes = new Set();
  for (const text of scripts) {
    if (text === FLIGHT_START || BOOTSTRAP.test(text)) {
      hashes.add(hash(text));
      continue;
    }
    const chunk = FLIGHT_CHUNK.exec(text);
    if (!chunk) return null;
    let decoded;
    try {
      decoded = JSON.parse(chunk[1]);
    } catch {
      return null;
    }
    flight += decoded;
    hashes.add(hash(text));
  }
  if (flight !== "" && flight !== payload) return null;
  return [...hashes];
}

function hash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * Puts the cached page's policy into the headers Next stores (and sends) with it. Called synchronously when the page
 * is handed to the cache: Next sends the first visitor the same headers object.
 * @param {Record<string, any>} data an APP_PAGE cache value @returns {boolean} whether its inline scripts may run
 */
export function addPagePolicy(data) {
  if (!data || data.kind !== "APP_PAGE" || typeof data.html !== "string") return false;
  const hashes = inlineScriptHashes(data.html, data.rscData);
  if (!hashes) {
    console.warn(`cache handler: a page has an inline script that is not Next's own; none of its inline scripts may run (${pageOf(data)})`);
    recordFailure(data);
  }
  data.headers = data.headers ?? {};
  data.headers["content-security-policy"] = policyWithScripts(hashes ?? []);
  return hashes !== null;
}

/** The page's path, from the cache tags Next gives it (`_N_T_/anon/nb/mote/x`). */
function pageOf(data) {
  const tags = String(data.headers?.["x-next-cache-tags"] ?? "").split(",");
  return tags.filter((tag) => tag.startsWith("_N_T_/") && !/\/(layout|page)$/.test(tag)).pop()?.slice("_N_T_".length) ?? "an unknown page";
}

/**
 * The end-to-end server names a file in SAMAN_PAGE_CSP_FAILURES (scripts/e2e-server.ts): every page stored without
 * working scripts is listed there, and the run fails on any (tests/e2e/global-teardown.ts). The warning alone, ~100
 * times in every CI log, went unnoticed for a day (the language switch: README, "CSP on cached pages").
 */
function recordFailure(data) {
  const file = process.env.SAMAN_PAGE_CSP_FAILURES;
  if (file) appendFileSync(file, `${pageOf(data)}\n`);
}
