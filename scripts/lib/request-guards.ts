// What the front server refuses before a request reaches Next (issue 17: each of these was a 500 from Next):
// - a method the portal does not use (TRACE, TRACK, CONNECT …) → 405 with Allow;
// - a form post or server action whose Origin is another site or "null" → 403 (Next threw on it);
// - a request body over the limit → 413 (Next cut the body and its form parser failed: "Unexpected end of form").
// Each refusal is a small readable page in nynorsk, or bokmål under /nb.
import type { IncomingHttpHeaders } from "node:http";
import { REQUEST_BODY_LIMIT_BYTES } from "../../lib/http/limits";

export { REQUEST_BODY_LIMIT_BYTES };

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export function isAllowedMethod(method: string | undefined): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method ?? "");
}

/**
 * A write to a page address (a server action or a plain form post) from another site: its Origin is "null" (a
 * sandboxed frame, a data: page) or names a host other than the one asked for. Requests without Origin (not a
 * browser) and route handlers under /api (their own checks) pass. `extraOrigins`: e.g. NEXTAUTH_URL's origin.
 */
export function isForeignOriginWrite(
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
  options: { trustProxy?: boolean; extraOrigins?: readonly string[] } = {},
): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  const pathname = new URL(url, "http://front").pathname;
  if (pathname === "/api" || pathname.startsWith("/api/")) return false;
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (options.extraOrigins?.includes(origin)) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" and anything else that is not an origin
  }
  if (!host) return true;
  const forwarded = options.trustProxy ? String(headers["x-forwarded-host"] ?? "").split(",")[0]?.trim() : "";
  return host !== headers.host && host !== forwarded;
}

/** The declared body length is over the limit. */
export function isDeclaredTooLarge(headers: IncomingHttpHeaders, limit = REQUEST_BODY_LIMIT_BYTES): boolean {
  const length = Number(headers["content-length"] ?? 0);
  return Number.isFinite(length) && length > limit;
}

export type Refusal = 403 | 405 | 413;

const TEXTS = {
  nn: {
    403: ["Førespurnaden vart avvist", "Skjemaet vart sendt frå ein annan nettstad enn Saman, så det vart ikkje teke imot. Opna sida i Saman og send skjemaet derifrå."],
    405: ["Metoden er ikkje tillaten", "Saman svarar ikkje på denne typen førespurnad."],
    413: ["Det du sende, er for stort", `Skjemaet med vedlegg kan vere på høgst ${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024} MB til saman. Gå tilbake, fjern eller krymp eit vedlegg og prøv igjen.`],
    home: "Til framsida",
  },
  nb: {
    403: ["Forespørselen ble avvist", "Skjemaet ble sendt fra et annet nettsted enn Saman, så det ble ikke tatt imot. Åpne siden i Saman og send skjemaet derfra."],
    405: ["Metoden er ikke tillatt", "Saman svarer ikke på denne typen forespørsel."],
    413: ["Det du sendte, er for stort", `Skjemaet med vedlegg kan være på høyst ${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024} MB til sammen. Gå tilbake, fjern eller krymp et vedlegg og prøv igjen.`],
    home: "Til forsiden",
  },
} as const;

/** The page of a refusal, in the language of the address (bokmål under /nb). */
export function refusalPage(status: Refusal, url: string): { headers: Record<string, string>; body: string } {
  const pathname = new URL(url, "http://front").pathname;
  const lang = pathname === "/nb" || pathname.startsWith("/nb/") ? "nb" : "nn";
  const t = TEXTS[lang];
  const [title, text] = t[status];
  const body =
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title} – Saman</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head>` +
    `<body><main><h1>${title}</h1><p>${text}</p><p><a href="${lang === "nb" ? "/nb" : "/"}">${t.home}</a></p></main></body></html>`;
  return {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": "no-store",
      ...(status === 405 ? { allow: ALLOWED_METHODS.join(", ") } : {}),
    },
    body,
  };
}
