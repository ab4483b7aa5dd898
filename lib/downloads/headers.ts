// Response headers of a download. Content-Disposition per RFC 6266/5987: an ASCII fallback and the exact UTF-8 name.
export function contentDisposition(fileName: string, disposition: "inline" | "attachment" = "inline"): string {
  const ascii = fileName
    .replace(/[æÆøØåÅ]/g, (c) => ({ æ: "ae", Æ: "AE", ø: "o", Ø: "O", å: "a", Å: "A" })[c]!)
    .normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "dokument";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
