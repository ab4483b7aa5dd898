// Small formatting helpers for the meeting admin pages.
export function osloTime(date: Date): string {
  return date.toLocaleTimeString("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

/** "SSU møte 3/2026" (the meeting's number in its body and year), or null for a meeting without one. */
export function meetingNumberText(template: string, m: { number: number | null; numberYear: number | null; body: { shortName: string } }): string | null {
  return m.number && m.numberYear ? template.replace("{body}", m.body.shortName).replace("{sequence}", String(m.number)).replace("{year}", String(m.numberYear)) : null;
}

export function caseNumberText(n: { sequence: number; year: number; body: { shortName: string } } | null): string | null {
  return n ? `${n.body.shortName} ${n.sequence}/${n.year}` : null;
}
