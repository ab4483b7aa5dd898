import { databaseIsUp } from "@/lib/health/data";

// Liveness and readiness in one: 200 {ok:true} when the database answers, 503 otherwise. Playwright's webServer and
// any load balancer poll it. Never cached.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const ok = await databaseIsUp();
  return Response.json(ok ? { ok: true } : { ok: false, error: "database unavailable" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
