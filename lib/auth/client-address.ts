// The client's address, for sign-in throttling and the audit log. Pure, so it is unit-tested.
//
// X-Forwarded-For is whatever the client sends unless a reverse proxy we run overwrites it, so it is believed only
// when TRUST_PROXY=true (production behind a proxy that sets it). Otherwise the address is the TCP peer's, which
// scripts/lib/peer-address.cjs (preloaded into the Next server) writes into PEER_ADDRESS_HEADER on every request,
// replacing anything a client sent under that name. Next itself fills X-Forwarded-For from the socket only when the
// client sent none, so it cannot tell the two apart.

export const PEER_ADDRESS_HEADER = "x-saman-peer-address";

type HeaderReader = { get(name: string): string | null };

/** TRUST_PROXY=true (or 1/yes): the deployment runs behind a reverse proxy that sets X-Forwarded-For. */
export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return ["true", "1", "yes"].includes((env.TRUST_PROXY ?? "").trim().toLowerCase());
}

/** An IPv4 address mapped into IPv6 (::ffff:127.0.0.1) is shown as the IPv4 address. */
function normalise(address: string | null | undefined): string | null {
  const value = address?.trim();
  if (!value) return null;
  return value.startsWith("::ffff:") && value.includes(".") ? value.slice("::ffff:".length) : value;
}

export function clientAddress(headers: HeaderReader, options: { trustProxy: boolean }): string | null {
  const peer = normalise(headers.get(PEER_ADDRESS_HEADER));
  if (!options.trustProxy) return peer;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0];
  return normalise(forwarded) ?? normalise(headers.get("x-real-ip")) ?? peer;
}
