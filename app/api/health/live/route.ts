// Liveness: the process is up and answers. Nothing else is checked (a restart would not fix the database).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
