import { getViewer } from "@/lib/auth/data";
import { exportStructure } from "@/lib/structure/data";
import { canManageStructure, STRUCTURE_SCHEMA_PATH } from "@/lib/structure/policy";

// GET /api/struktur/eksport: the structure description of the helsefellesskap as one JSON file, valid against the
// published schema (/api/v1/structure.schema.json) – for the secretariat only (structure.manage, the one role table).

function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (viewer.userId === null) return refuse(401, "sign in required");
  if (!canManageStructure(viewer)) return refuse(403, "forbidden");
  const description = await exportStructure();
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`${JSON.stringify({ $schema: STRUCTURE_SCHEMA_PATH, ...description }, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="struktur-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
