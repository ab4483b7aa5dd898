// GET /api/v1/minutes (issue 20 item 1).
import { listMinutes } from "@/lib/api/v1/minutes/data";
import { minutesQuery } from "@/lib/api/v1/minutes/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(minutesQuery, (q) => listMinutes(q));
export const OPTIONS = preflight;
