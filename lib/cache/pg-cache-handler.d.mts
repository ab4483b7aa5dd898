// Types of ./pg-cache-handler.mjs (plain JavaScript: Next imports it at run time, outside the bundle).
type CacheValue = { lastModified: number; value: unknown; cacheControl?: unknown };

export function closeCachePools(): Promise<void>;
export function encodeValue(value: unknown): string;
export function decodeValue(text: string): unknown;

export default class PostgresCacheHandler {
  constructor(ctx?: { serverDistDir?: string; dev?: boolean; databaseUrl?: string; buildId?: string });
  get(key: string, ctx?: Record<string, unknown>): Promise<CacheValue | null>;
  set(key: string, data: Record<string, unknown> | null, ctx?: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
