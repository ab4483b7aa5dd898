import "server-only";
// The secretariat editors' actions (action plan, agreements, news, contact details) on the one chain: content.edit
// against the database (a denial is audited by the chain), the form's fields validated with the form's own zod
// schema, the write, and on success a redirect to the page that shows the saved row (with its new version). Every
// refusal returns the user's input with the error (lib/editors/form.ts: EditorResult).
import { redirect } from "next/navigation";
import type { z } from "zod";
import { fieldErrorsOf, readForm, type EditorError, type EditorResult, type WriteOutcome } from "@/lib/editors/form";
import { href } from "@/lib/i18n";
import { formAction, langOfForm } from "./chain";

export function editorAction<S extends z.ZodType, R extends object>(spec: {
  name: string;
  entityType: string;
  entityIdField?: string;
  fields: readonly string[];
  multi?: readonly string[];
  schema: S;
  write: (actorId: string, values: z.output<S>, formData: FormData) => Promise<WriteOutcome<R>>;
  /** The language-neutral path to show after a successful write. */
  then: (result: R, values: z.output<S>) => string;
}): (prev: EditorResult, form: FormData) => Promise<EditorResult> {
  return formAction<EditorResult, z.output<S>, EditorError>({
    name: spec.name,
    access: { permission: "content.edit", entity: spec.entityType, entityId: spec.entityIdField ? (raw) => String(raw[spec.entityIdField!] ?? "") : undefined },
    read: (form) => readForm(form, spec.fields, spec.multi),
    schema: spec.schema as z.ZodType<z.output<S>>,
    fieldErrors: fieldErrorsOf,
    refuse: (refusal) => refusal as EditorResult,
    run: async ({ input, actorId, form }, refuse) => {
      const result = await spec.write(actorId, input, form);
      if (!result.ok) return refuse({ error: result.error, fieldErrors: result.fieldErrors });
      const path = spec.then(result, input);
      redirect(`${href(langOfForm(form), path)}${path.includes("?") ? "&" : "?"}lagra=1`);
    },
  });
}
