// GET /api/v1/deviation-statistics (issue 20 item 1): yearly deviation counts, suppressed as in the annual report.
import { listDeviationStatistics } from "@/lib/api/v1/deviation-statistics/data";
import { deviationStatisticsQuery } from "@/lib/api/v1/deviation-statistics/schema";
import { apiRoute, preflight } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = apiRoute(deviationStatisticsQuery, (q, { now }) => listDeviationStatistics(q, now));
export const OPTIONS = preflight;
