// The session cookie: next-auth's own JWT cookie (same name, same encryption), carrying only the id of a Session
// row. HttpOnly, SameSite=Lax, Secure whenever the portal's public origin is https (always in production).
import { decode, encode } from "next-auth/jwt";
import { ABSOLUTE_TIMEOUT_MS } from "./limits";

export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000),
  };
}

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

export function encodeSessionToken(sessionId: string): Promise<string> {
  return encode({ token: { sid: sessionId }, secret: secret(), maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000) });
}

/** The session id in a cookie value, or null when the value is missing, forged or expired. */
export async function decodeSessionToken(value: string | undefined): Promise<string | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: secret() });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}
