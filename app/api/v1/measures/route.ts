// GET /api/v1/measures (issue 20 item 1).
import { listMeasures } from "@/lib/api/v1/measures/data";
import { measuresQuery } from "@/lib/api/v1/measures/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(measuresQuery, (q) => listMeasures(q));
export const OPTIONS = preflight;
