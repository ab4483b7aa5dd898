import { structureJsonSchema } from "@/lib/structure/schema";

// GET /api/v1/structure.schema.json: the published JSON Schema of the structure description (issue 20 item 3),
// generated from the zod schema that validates every import (lib/structure/schema.ts).

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(structureJsonSchema(), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}
