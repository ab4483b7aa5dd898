// Response headers of a download. Content-Disposition per RFC 6266/5987: an ASCII fallback and the exact UTF-8 name.
// Control and format characters are dropped first (issue 17): a stored name should never hold one (file-check.ts cleans
// uploads), but a header with one would make Node throw and the download end in a 500.
export function contentDisposition(rawName: string, disposition: "inline" | "attachment" = "inline"): string {
  const fileName = rawName.replace(/[\p{Cc}\p{Cf}]/gu, "") || "dokument";
  const ascii = fileName
    .replace(/[æÆøØåÅ]/g, (c) => ({ æ: "ae", Æ: "AE", ø: "o", Ø: "O", å: "a", Å: "A" })[c]!)
    .normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "dokument";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
