// Runs the test OpenID Connect provider (tests/helpers/oidc-provider.ts) as a process, for playwright.oidc.config.ts.
import { startOidcProvider } from "./oidc-provider";

const port = Number(process.env.OIDC_MOCK_PORT ?? 3215);
const { issuer, close } = await startOidcProvider({
  port,
  clientId: process.env.OIDC_CLIENT_ID ?? "saman-test",
  clientSecret: process.env.OIDC_CLIENT_SECRET ?? "saman-test-secret",
  identity: { sub: "oidc-sekretariat", email: "sekretariat@saman.example.no", name: "Demo sekretariat" },
});
console.log(`[oidc] test provider on ${issuer}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void close().then(() => process.exit(0)));
