import "server-only";
// next-auth: the OpenID Connect provider (a partner's own identity service: Entra ID, ID-porten-style issuers), on
// only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. E-mail and password sign-in is our own
// server action (lib/auth/actions.ts: throttling and clear messages) writing the same next-auth session cookie.
// Either way the JWT holds only the id of a Session row; lib/auth/data.ts checks it against the database.
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { ABSOLUTE_TIMEOUT_MS } from "./limits";
import { deleteSession, signInWithOidc } from "./mutations";

type OidcProfile = { sub: string; email?: string; preferred_username?: string; upn?: string; name?: string };

export function oidcConfigured(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET);
}

function oidcProvider(): OAuthConfig<OidcProfile> {
  const issuer = process.env.OIDC_ISSUER!.replace(/\/$/, "");
  return {
    id: "oidc",
    name: process.env.OIDC_NAME ?? "OpenID Connect",
    type: "oauth",
    issuer,
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: process.env.OIDC_CLIENT_ID,
    clientSecret: process.env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (p) => ({ id: p.sub, email: p.email ?? p.preferred_username ?? p.upn ?? null, name: p.name ?? null }),
  };
}

export function authOptions(): NextAuthOptions {
  return {
    providers: oidcConfigured() ? [oidcProvider()] : [],
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000) },
    pages: { signIn: "/logg-inn", error: "/logg-inn" },
    callbacks: {
      // Only an existing, enabled user with the identity's e-mail address may sign in; a Session row is made here.
      async signIn({ user }) {
        if (!user.email) return false;
        const sid = await signInWithOidc(user.email, new Date());
        if (!sid) return false;
        (user as { sid?: string }).sid = sid;
        return true;
      },
      async jwt({ token, user }) {
        const sid = (user as { sid?: string } | undefined)?.sid;
        return sid ? { sid } : token;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await deleteSession(token.sid);
      },
    },
  };
}
