import { readiness } from "@/lib/health/readiness";

// Readiness: 200 when every check passes (database reachable and writable, disk space above HEALTH_MIN_FREE_MB,
// migrations current, outbox not stuck), 503 otherwise, with each check's detail as JSON. Playwright's webServer and
// load balancers poll it; /api/health/live only says the process is up. Never cached.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const result = await readiness();
  return Response.json(result, { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
