// Small text helpers shared by the seed modules.

/** "Øystein Sæle" → "oystein.saele" (for fictional e-mail addresses). */
export function asciiSlug(value: string, separator = "."): string {
  return value
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, "g"), "");
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Replaces {Y}, {Y-1}, {Y+1} … and named placeholders such as {area}. */
export function fill(template: string, year: number, vars: Record<string, string> = {}): string {
  return template
    .replace(/\{Y([+-]\d+)?\}/g, (_m, delta: string | undefined) => String(year + Number(delta ?? 0)))
    .replace(/\{(\w+)\}/g, (m, key: string) => vars[key] ?? m);
}

/** A structured document: rendered to HTML (minutes), to plain text (search) and to PDF. */
export type Block =
  | { type: "h1"; text: string }
  | { type: "h2"; text: string }
  | { type: "p"; text: string; label?: string };

export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === "h1") return `<h2>${escapeHtml(block.text)}</h2>`;
      if (block.type === "h2") return `<h3>${escapeHtml(block.text)}</h3>`;
      const label = block.label ? `<strong>${escapeHtml(block.label)}:</strong> ` : "";
      return `<p>${label}${escapeHtml(block.text)}</p>`;
    })
    .join("\n");
}

export function blocksToText(blocks: Block[]): string {
  return blocks.map((block) => (block.type === "p" && block.label ? `${block.label}: ${block.text}` : block.text)).join("\n\n");
}
