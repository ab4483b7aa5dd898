// Calls the /api/v1 route handlers in-process, and validates bodies against the generated OpenAPI document with Ajv
// (JSON Schema 2020-12, the dialect of OpenAPI 3.1) – the contract a client reads, not the zod schemas themselves.
import { Ajv2020 } from "ajv/dist/2020.js";

export type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function apiRequest(path: string, init: { address?: string; headers?: Record<string, string>; method?: string } = {}): Request {
  return new Request(`http://127.0.0.1/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: { "x-saman-peer-address": init.address ?? "192.0.2.10", ...init.headers },
  });
}

export function contractValidator(document: object) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(document, "openapi.json");
  return (schemaRef: string, value: unknown): string[] => {
    const validate = ajv.compile({ $ref: `openapi.json${schemaRef}` });
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

/** The schema $ref of a path's 200 (or given) response in the document. */
export function responseRef(document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>> }, path: string, status = "200", type = "application/json"): string {
  const ref = document.paths[path]?.get?.responses[status]?.content?.[type]?.schema.$ref;
  if (!ref) throw new Error(`No ${status} ${type} schema for ${path}`);
  return ref;
}
