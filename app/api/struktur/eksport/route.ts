import { getViewer } from "@/lib/auth/data";
import { exportStructure } from "@/lib/structure/data";
import { structureYaml } from "@/lib/structure/schema";
import { canManageStructure, STRUCTURE_SCHEMA_PATH } from "@/lib/structure/policy";

// GET /api/struktur/eksport: the structure description of the helsefellesskap as one JSON file (?format=yaml: the same
// as YAML), valid against the published schema (/api/v1/structure.schema.json) – for the secretariat only
// (structure.manage, the one role table).

function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (viewer.userId === null) return refuse(401, "sign in required");
  if (!canManageStructure(viewer)) return refuse(403, "forbidden");
  const description = await exportStructure();
  const day = new Date().toISOString().slice(0, 10);
  const file = { $schema: STRUCTURE_SCHEMA_PATH, ...description };
  const yaml = new URL(request.url).searchParams.get("format") === "yaml";
  return new Response(yaml ? structureYaml(file) : `${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": yaml ? "application/yaml; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="struktur-${day}.${yaml ? "yaml" : "json"}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
