import "server-only";
// The frame of the issue-15 meeting actions (notice, documents, minutes approval), the same steps as ./actions.ts:
// permission against the database, the actor, the zod schema of the form, the mutation, and a typed result the
// shared ActionForm shows (field errors and the values typed come back on failure).
import { authorize } from "@/lib/auth/guard";
import type { Permission, PermissionRecord } from "@/lib/auth/permissions";
import { isLocale, type Locale } from "@/lib/i18n";
import type { ActionState } from "./actions";
import { getActor } from "./data";
import type { Actor, MutationResult } from "./mutations";
import { fieldErrors, formObject } from "./schema";

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError } };

export async function act<T>(
  form: FormData,
  schema: Schema<T>,
  done: string,
  work: (input: T, actor: Actor) => Promise<MutationResult>,
  permission: { name: Permission; record?: (input: T) => PermissionRecord[Permission] | Promise<PermissionRecord[Permission]> } = { name: "content.edit" },
): Promise<ActionState> {
  const at = Date.now();
  const values = formObject(form) as Record<string, string | string[]>;
  const parsed = schema.safeParse(values);
  // Authorise before telling anything about the input; the record (e.g. the meeting's body) needs the parsed input.
  const record = parsed.success && permission.record ? await permission.record(parsed.data) : undefined;
  const auth = await authorize(permission.name, record as never, { entityType: "Meeting" });
  if (!auth.ok) return { ok: false, error: "UNAUTHORISED", at };
  const actor = await getActor(auth.viewer.userId);
  if (!actor) return { ok: false, error: "UNAUTHORISED", at };
  if (!parsed.success) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrors(parsed.error), values, at };
  const result = await work(parsed.data, actor);
  return result.ok ? { ok: true, done, at } : { ok: false, error: result.error, values, at };
}

export function langOf(form: FormData): Locale {
  const lang = String(form.get("lang") ?? "nn");
  return isLocale(lang) ? lang : "nn";
}
