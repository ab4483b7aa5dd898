import "server-only";
// Facts about this request that sign-in needs.
import { headers } from "next/headers";

/** The client address: the first X-Forwarded-For entry (set by the reverse proxy in production), else X-Real-IP. */
export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip")?.trim() || null;
}

/** Only a local path may be a redirect target after sign-in (no open redirect). */
export function safeLocalPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
