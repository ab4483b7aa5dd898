import "server-only";
// The public API's request limit per client address (issue 20 item 1): the same sliding-window counting, in the same
// RateLimitHit table, as case submissions and reset requests (lib/cases/submission/mutations.ts takeRateLimits), so
// every instance of the portal shares one count. Housekeeping purges old hits (lib/housekeeping/retention.ts).
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { takeRateLimits } from "@/lib/cases/submission/mutations";
import { apiLimit, type ApiLimit } from "./config";

/** Counts this request; when the address is over its limit, how many seconds until a slot frees (Retry-After). */
export async function takeApiRequest(address: string, now: Date, rule: ApiLimit = apiLimit()): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const key = `api-v1:${address}`;
  const ok = await prisma.$transaction((tx) => takeRateLimits(tx, [{ keys: [key], limit: rule.limit, windowMs: rule.windowMs }], now));
  if (ok) return { ok: true };
  // The oldest hit still in the window leaves it first: that is when the next request is allowed.
  const hashed = createHash("sha256").update(key).digest("hex");
  const oldest = await prisma.rateLimitHit.findFirst({
    where: { key: hashed, at: { gt: new Date(now.getTime() - rule.windowMs), lte: now } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
  const freeAt = oldest ? oldest.at.getTime() + rule.windowMs : now.getTime() + rule.windowMs;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}
