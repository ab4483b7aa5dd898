// GET /api/v1/parties (issue 20 item 1).
import { listParties } from "@/lib/api/v1/parties/data";
import { partiesQuery } from "@/lib/api/v1/parties/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(partiesQuery, (q) => listParties(q));
export const OPTIONS = preflight;
