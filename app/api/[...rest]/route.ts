// Unknown API addresses answer like an API (JSON 404), not with an HTML page.
function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
