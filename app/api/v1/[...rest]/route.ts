// Unknown /api/v1 addresses and methods other than GET answer as the API does: RFC 9457 problem+json.
import { CORS_HEADERS, notFoundProblem, preflight, problem } from "@/lib/api/v1/http";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => notFoundProblem(new URL(request.url).pathname);
export const HEAD = GET;
export const OPTIONS = preflight;
const readOnly = () => problem(405, "method-not-allowed", "Method not allowed", { detail: "The open-data API is read-only." }, { Allow: CORS_HEADERS["Access-Control-Allow-Methods"]! });
export const POST = readOnly;
export const PUT = readOnly;
export const PATCH = readOnly;
export const DELETE = readOnly;
