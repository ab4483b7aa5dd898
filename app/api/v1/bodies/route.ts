// GET /api/v1/bodies (issue 20 item 1).
import { listBodies } from "@/lib/api/v1/bodies/data";
import { bodiesQuery } from "@/lib/api/v1/bodies/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(bodiesQuery, (q, { now }) => listBodies(q, now));
export const OPTIONS = preflight;
