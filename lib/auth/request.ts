import "server-only";
// Facts about this request that sign-in needs.
import { headers } from "next/headers";
import { clientAddress, trustProxy } from "./client-address";

/** The client address: the TCP peer's, or the first X-Forwarded-For entry when TRUST_PROXY=true (see client-address.ts). */
export async function requestIp(): Promise<string | null> {
  return clientAddress(await headers(), { trustProxy: trustProxy() });
}

/** Only a local path may be a redirect target after sign-in (no open redirect). */
export function safeLocalPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
