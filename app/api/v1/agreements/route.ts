// GET /api/v1/agreements (issue 20 item 1).
import { listAgreements } from "@/lib/api/v1/agreements/data";
import { agreementsQuery } from "@/lib/api/v1/agreements/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(agreementsQuery, (q) => listAgreements(q));
export const OPTIONS = preflight;
