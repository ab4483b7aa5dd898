import "server-only";
// The meeting admin's actions on the one chain (lib/actions/chain.ts): the permission against the database
// (content.edit, or the action's own with the record it is checked against), the acting user, the zod schema of the
// form, the mutation, and a typed result the shared ActionForm shows (field errors and the values typed come back on
// every refusal; a refusal in words when the code alone cannot say it).
import { revalidatePath } from "next/cache";
import { formAction, langOfForm, type ActionError as ChainError, type Access, type Values } from "@/lib/actions/chain";
import type { Permission, PermissionRecord } from "@/lib/auth/permissions";
import { getActor } from "./data";
import type { Actor, MeetingError, MutationResult } from "./mutations";
import { refusalText } from "./refusal-text";
import { fieldErrors, formObject, type FormErrorKey } from "./schema";

export type ActionError = MeetingError | ChainError;

export type ActionState =
  | null
  | { ok: true; done: string; at: number }
  | {
      ok: false;
      error: ActionError;
      fieldErrors?: Record<string, FormErrorKey>;
      values?: Values;
      /** A refusal in words when the code alone cannot say it (the date to wait for, what another person changed). */
      message?: string;
      list?: string[];
      at: number;
    };

type Schema<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError } };

export function meetingAction<T>(spec: {
  name: string;
  schema: Schema<T>;
  done: string;
  /** The mutation (called with the input and the actor only, never anything else positional). */
  work?: (input: T, actor: Actor) => Promise<MutationResult>;
  /** The mutation, when it needs the form (a file, a redirect). */
  workWithForm?: (input: T, actor: Actor, form: FormData) => Promise<MutationResult>;
  /** Fields that may repeat (checkboxes). */
  arrays?: readonly string[];
  /** content.edit unless said otherwise; the record is read from the database by the raw form's ids. */
  permission?: { name: Permission; record: (raw: Values) => Promise<PermissionRecord[Permission] | null> };
  /** After a success (e.g. a redirect to the page that shows the outcome). */
  then?: (form: FormData, state: ActionState) => void;
}): (prev: ActionState, form: FormData) => Promise<ActionState> {
  const arrays = spec.arrays ?? [];
  const access: Access<Values> = spec.permission
    ? { permission: spec.permission.name, entity: "Meeting", entityId: (raw) => String(raw.meetingId ?? ""), record: spec.permission.record }
    : { permission: "content.edit", entity: "Meeting", entityId: (raw) => String(raw.meetingId ?? "") };
  return formAction<ActionState, T, MeetingError, FormErrorKey>({
    name: spec.name,
    access,
    read: (form) => formObject(form, arrays) as Values,
    schema: spec.schema as import("zod").ZodType<T>,
    fieldErrors,
    refuse: (refusal) => ({ ...refusal, at: Date.now() }),
    run: async ({ input, actorId, form, values }, refuse) => {
      const actor = await getActor(actorId);
      if (!actor) return refuse({ error: "FORBIDDEN" });
      const result = spec.workWithForm ? await spec.workWithForm(input, actor, form) : await spec.work!(input, actor);
      if (result.ok) {
        const state: ActionState = { ok: true, done: spec.done, at: Date.now() };
        spec.then?.(form, state);
        return state;
      }
      // After a conflict the page is rendered again with the other person's change; the form keeps what was typed.
      if (result.error === "CONFLICT") revalidatePath("/[lang]/admin/moter", "layout");
      const words = refusalText(langOfForm(form), result.error, result.detail, { isNew: !values?.meetingId });
      return refuse({ error: result.error, ...(words ? { message: words.message, list: words.list } : {}) } as never);
    },
  });
}
