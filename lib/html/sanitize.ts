// A small allow-list HTML sanitiser for minutes and news bodies. The seed writes trusted HTML, but the secretariat
// will write minutes in the portal, so what reaches the page is rebuilt from an allow-list: known tags without any
// attributes (links keep an http(s)/mailto/relative href), everything else is dropped or escaped. No dependency: the
// input is simple rich text, and a few dozen lines are easier to audit than a general HTML parser's configuration.

const ALLOWED = new Set(["p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "ul", "ol", "li", "a", "blockquote", "table", "thead", "tbody", "tr", "th", "td"]);
const VOID = new Set(["br"]);
/** Elements whose content is dropped with them. */
const DROP_CONTENT = new Set(["script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "textarea", "select"]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>/g;

function escapeText(text: string): string {
  // Keep entities that are already escaped; escape stray ampersands and angle brackets.
  return text
    .replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function safeHref(attributes: string): string | null {
  const match = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  const raw = (match?.[1] ?? match?.[2] ?? match?.[3] ?? "").trim();
  if (!raw) return null;
  const decoded = raw.replace(/&amp;/g, "&");
  if (/^(https?:|mailto:)/i.test(decoded) || /^\/(?!\/)/.test(decoded) || decoded.startsWith("#")) {
    return decoded.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }
  return null;
}

export function sanitizeHtml(html: string): string {
  let out = "";
  let last = 0;
  let dropping: string | null = null;
  let dropDepth = 0;
  const open: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    if (!dropping) out += escapeText(text);
    last = match.index + match[0].length;
    const [, closing, rawName, attributes = ""] = match;
    if (!rawName) continue; // comment, doctype, processing instruction
    const name = rawName.toLowerCase();
    if (dropping) {
      if (name === dropping) dropDepth += closing ? -1 : 1;
      if (dropDepth === 0) dropping = null;
      continue;
    }
    if (DROP_CONTENT.has(name)) {
      if (!closing && !attributes.trimEnd().endsWith("/")) {
        dropping = name;
        dropDepth = 1;
      }
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
      continue;
    }
    if (VOID.has(name)) {
      out += `<${name}>`;
      continue;
    }
    if (name === "a") {
      const href = safeHref(attributes);
      out += href ? `<a href="${href}">` : "<a>";
    } else {
      out += `<${name}>`;
    }
    open.push(name);
  }
  if (!dropping) out += escapeText(html.slice(last));
  while (open.length) out += `</${open.pop()}>`;
  return out;
}
