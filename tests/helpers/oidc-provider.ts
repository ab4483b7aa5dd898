// A tiny local OpenID Connect provider for tests (authorization code flow with PKCE): discovery, JWKS, authorize
// (approves at once, as the configured test user), token (an RS256 id_token signed with a key made at startup),
// userinfo. Never for anything but tests: it asks for no password and trusts every client with the right secret.
//
// The identity it signs in as can be changed between journeys: POST /__test/identity {"sub","email","name"}.
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import http from "node:http";

export type Identity = { sub: string; email: string; name: string };
export type OidcProviderOptions = { port: number; host?: string; clientId: string; clientSecret: string; identity: Identity };

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

type Grant = { clientId: string; redirectUri: string; nonce?: string; codeChallenge?: string; identity: Identity; expires: number };

export async function startOidcProvider(options: OidcProviderOptions): Promise<{ issuer: string; close: () => Promise<void> }> {
  const host = options.host ?? "127.0.0.1";
  const issuer = `http://${host}:${options.port}`;
  const kid = randomBytes(8).toString("hex");
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };
  let identity = options.identity;
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, Identity>();

  const idToken = (grant: Grant) => {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
    const payload = b64url(
      JSON.stringify({
        iss: issuer,
        aud: grant.clientId,
        sub: grant.identity.sub,
        email: grant.identity.email,
        email_verified: true,
        name: grant.identity.name,
        iat: now,
        exp: now + 300,
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
      }),
    );
    return `${header}.${payload}.${b64url(sign("RSA-SHA256", Buffer.from(`${header}.${payload}`), privateKey))}`;
  };

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    res.end(JSON.stringify(body));
  };

  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let data = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (data += chunk));
      req.on("end", () => resolve(data));
      req.on("error", reject);
    });

  /** client_secret_basic or client_secret_post. */
  const clientOf = (req: http.IncomingMessage, form: URLSearchParams): { id: string; secret: string } | null => {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "");
    if (basic) {
      const [id, secret] = Buffer.from(basic[1]!, "base64").toString("utf8").split(":").map((s) => decodeURIComponent(s));
      return { id: id ?? "", secret: secret ?? "" };
    }
    const id = form.get("client_id");
    return id ? { id, secret: form.get("client_secret") ?? "" } : null;
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", issuer);
      if (url.pathname === "/.well-known/openid-configuration") {
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ["code"],
          grant_types_supported: ["authorization_code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
          scopes_supported: ["openid", "email", "profile"],
          token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
          code_challenge_methods_supported: ["S256"],
          claims_supported: ["sub", "email", "email_verified", "name"],
        });
      }
      if (url.pathname === "/jwks") return json(res, 200, { keys: [jwk] });
      if (url.pathname === "/authorize") {
        const p = url.searchParams;
        const redirectUri = p.get("redirect_uri");
        if (p.get("client_id") !== options.clientId || !redirectUri || p.get("response_type") !== "code") {
          return json(res, 400, { error: "invalid_request" });
        }
        const code = randomBytes(16).toString("base64url");
        grants.set(code, {
          clientId: options.clientId,
          redirectUri,
          nonce: p.get("nonce") ?? undefined,
          codeChallenge: p.get("code_challenge") ?? undefined,
          identity,
          expires: Date.now() + 60_000,
        });
        const back = new URL(redirectUri);
        back.searchParams.set("code", code);
        if (p.get("state")) back.searchParams.set("state", p.get("state")!);
        res.writeHead(302, { Location: back.toString() });
        return res.end();
      }
      if (url.pathname === "/token" && req.method === "POST") {
        const form = new URLSearchParams(await readBody(req));
        const client = clientOf(req, form);
        if (!client || client.id !== options.clientId || client.secret !== options.clientSecret) return json(res, 401, { error: "invalid_client" });
        const code = form.get("code") ?? "";
        const grant = grants.get(code);
        grants.delete(code);
        if (!grant || grant.expires < Date.now() || grant.redirectUri !== form.get("redirect_uri") || form.get("grant_type") !== "authorization_code") {
          return json(res, 400, { error: "invalid_grant" });
        }
        if (grant.codeChallenge) {
          const verifier = form.get("code_verifier") ?? "";
          if (createHash("sha256").update(verifier).digest("base64url") !== grant.codeChallenge) return json(res, 400, { error: "invalid_grant" });
        }
        const accessToken = randomBytes(24).toString("base64url");
        tokens.set(accessToken, grant.identity);
        return json(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 300, scope: "openid email profile", id_token: idToken(grant) });
      }
      if (url.pathname === "/userinfo") {
        const who = tokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "");
        if (!who) return json(res, 401, { error: "invalid_token" });
        return json(res, 200, { sub: who.sub, email: who.email, email_verified: true, name: who.name });
      }
      if (url.pathname === "/__test/identity" && req.method === "POST") {
        identity = JSON.parse(await readBody(req)) as Identity;
        return json(res, 200, { ok: true });
      }
      if (url.pathname === "/__test/health") return json(res, 200, { ok: true });
      return json(res, 404, { error: "not_found" });
    } catch {
      return json(res, 500, { error: "server_error" });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
