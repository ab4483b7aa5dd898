// The public API's request limit per address (issue 20 item 1); shown on /opne-data and applied by ./mutations.ts.
export type ApiLimit = { limit: number; windowMs: number };

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** 120 requests a minute per address by default; API_RATE_LIMIT / API_RATE_WINDOW_MS change it (tests, busy sites). */
export function apiLimit(): ApiLimit {
  return { limit: positive("API_RATE_LIMIT", 120), windowMs: positive("API_RATE_WINDOW_MS", 60_000) };
}
