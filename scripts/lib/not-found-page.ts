// Next answers notFound() on a dynamic page (every page here is dynamic: the CSP nonce) with an empty document,
// <html id="__next_error__">, that only client JavaScript fills in (vercel/next.js#62228, fix pending upstream). The
// front server replaces such an answer with the ordinary page app/[lang]/ikkje-funne, keeping the 404 status, so a
// visitor without JavaScript (and a crawler) reads "the page does not exist" with the site's header and links.
// Once Next renders the 404 itself, the check below no longer matches and nothing is replaced.
import zlib from "node:zlib";

/** True for Next's empty error document (plain or gzip-encoded body). */
export function isEmptyErrorShell(body: Buffer, contentEncoding: string | undefined): boolean {
  let html: string;
  try {
    html = (contentEncoding === "gzip" ? zlib.gunzipSync(body) : body).toString("utf8");
  } catch {
    return false;
  }
  return html.includes('<html id="__next_error__"') && !/<h1[\s>]/.test(html);
}

/** The address of the not-found page in the language of `url` (nynorsk unprefixed, bokmål under /nb). */
export function notFoundPagePath(url: string): string {
  const { pathname } = new URL(url, "http://front");
  return pathname === "/nb" || pathname.startsWith("/nb/") ? "/nb/ikkje-funne" : "/ikkje-funne";
}

/**
 * The page without its scripts: it reads completely without them, and hydrating it at another address would make the
 * client router move the visitor to /ikkje-funne.
 */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "");
}
