// GET /api/v1/meetings (issue 20 item 1).
import { listMeetings } from "@/lib/api/v1/meetings/data";
import { meetingsQuery } from "@/lib/api/v1/meetings/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(meetingsQuery, (q) => listMeetings(q));
export const OPTIONS = preflight;
