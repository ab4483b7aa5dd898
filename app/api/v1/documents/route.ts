// GET /api/v1/documents (issue 20 item 1).
import { listDocuments } from "@/lib/api/v1/documents/data";
import { documentsQuery } from "@/lib/api/v1/documents/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(documentsQuery, (q, { now }) => listDocuments(q, now));
export const OPTIONS = preflight;
