// The client address used for throttling and the audit log: X-Forwarded-For only when TRUST_PROXY says a proxy sets
// it, otherwise the TCP peer's address (which a client cannot forge).
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER, trustProxy } from "@/lib/auth/client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("ignores a client's X-Forwarded-For and X-Real-IP unless the proxy is trusted", () => {
    const h = headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10", [PEER_ADDRESS_HEADER]: "198.51.100.7" });
    expect(clientAddress(h, { trustProxy: false })).toBe("198.51.100.7");
  });

  it("takes the first X-Forwarded-For entry behind a trusted proxy", () => {
    const h = headers({ "x-forwarded-for": " 203.0.113.9 , 10.0.0.1", [PEER_ADDRESS_HEADER]: "10.0.0.1" });
    expect(clientAddress(h, { trustProxy: true })).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then the peer, behind a trusted proxy", () => {
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.10", [PEER_ADDRESS_HEADER]: "10.0.0.1" }), { trustProxy: true })).toBe("203.0.113.10");
    expect(clientAddress(headers({ "x-forwarded-for": " ", [PEER_ADDRESS_HEADER]: "10.0.0.1" }), { trustProxy: true })).toBe("10.0.0.1");
  });

  it("shows an IPv4-mapped IPv6 peer as IPv4, and gives null when nothing is known", () => {
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), { trustProxy: false })).toBe("127.0.0.1");
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: "::1" }), { trustProxy: false })).toBe("::1");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }), { trustProxy: false })).toBeNull();
  });
});

describe("trustProxy", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["false", false],
    ["no", false],
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["yes", true],
  ])("TRUST_PROXY=%s → %s", (value, expected) => {
    expect(trustProxy({ TRUST_PROXY: value })).toBe(expected);
  });
});
