// What every form's server action and client share about field errors: zod issues become one error code per field,
// codes the UI translates in the user's language. Pure: usable by forms, actions and tests.
import type { z } from "zod";

/**
 * The first error code per field. A zod message that is one of `codes` is kept; any other becomes `fallback`.
 * An issue without a path belongs to `root` (skipped when `root` is "").
 */
export function firstFieldErrors<C extends string>(error: z.ZodError, codes: readonly C[], fallback: C, root = ""): Record<string, C> {
  const result: Record<string, C> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? root);
    if (!field || field in result) continue;
    result[field] = (codes as readonly string[]).includes(issue.message) ? (issue.message as C) : fallback;
  }
  return result;
}
