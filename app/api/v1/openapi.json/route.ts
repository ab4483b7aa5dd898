// GET /api/v1/openapi.json: the API's description, generated from the response schemas (lib/api/v1/openapi.ts).
import * as z from "zod";
import { apiRoute, preflight } from "@/lib/api/v1/http";
import { openApiDocument } from "@/lib/api/v1/openapi";

export const dynamic = "force-dynamic";
export const GET = apiRoute(z.object({}), async () => openApiDocument());
export const OPTIONS = preflight;
