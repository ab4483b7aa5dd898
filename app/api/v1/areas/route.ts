// GET /api/v1/areas (issue 20 item 1).
import { listAreas } from "@/lib/api/v1/parties/data";
import { areasQuery } from "@/lib/api/v1/parties/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(areasQuery, (q) => listAreas(q));
export const OPTIONS = preflight;
