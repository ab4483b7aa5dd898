import "server-only";
// The one chain every server action runs (issue 19 item 5): authenticate (the viewer from the database) → authorize
// (the permission from the one role table, lib/auth/permissions.ts, plus the record it is checked against, read from
// the database) → validate (the domain's shared zod schema) → run, inside faultSafe (an infrastructure fault becomes
// UNAVAILABLE with what was typed). Every refusal is one of ACTION_ERRORS (or a domain's own business refusal from its
// mutation), and every denial – unauthenticated or forbidden – is audited by one call here, the same way as pages
// (lib/auth/guard.ts): action = the permission, outcome DENIED, the entity. Actions anyone may call are declared
// `public` with the reason; they are never audited as denials.
//
// Three entry shapes, one chain: `formAction` (useActionState: previous state, form data), `postAction` (a plain form
// post that answers with a redirect) and `callAction` (called with an object from a client component). Each exported
// action carries its declaration (`declarationOf`), which tests/integration/action-chain.test.ts reads to prove every
// exported action of every "use server" module is on the chain and refuses anonymous and wrong-role callers.
import type { z } from "zod";
import { getViewer } from "@/lib/auth/data";
import { auditDenied } from "@/lib/auth/guard";
import { can, type Permission, type PermissionRecord } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { faultSafe } from "@/lib/forms/faults";

/** The one set of error codes the chain answers with (the UI translates each, nn and nb). */
export const ACTION_ERRORS = ["UNAUTHENTICATED", "FORBIDDEN", "INVALID", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "UNAVAILABLE"] as const;
export type ActionError = (typeof ACTION_ERRORS)[number];

export type Values = Record<string, string | string[]>;

/** A refusal before or instead of the work: a code (the chain's or the domain's), the field errors, what was typed. */
export type Refusal<E extends string = ActionError, F extends string = string> = {
  ok: false;
  error: E;
  fieldErrors?: Record<string, F>;
  values?: Values;
};

export type Access<Raw, P extends Permission = Permission> =
  /** Anyone may call it (the reason is required, and listed in the action-chain test). */
  | { public: string }
  | {
      permission: P;
      /** What the denial audit names. */
      entity: string;
      entityId?: (raw: Raw) => string | undefined;
      /**
       * The record the permission is checked against, read from the database (never from the form). `null`: there is
       * no such record – FORBIDDEN when the permission table says no anyway, else NOT_FOUND.
       */
      record?: (raw: Raw, viewer: Viewer) => Promise<PermissionRecord[P] | null>;
    };

/** How an action is called: form (previous state, form data), post (form data; answers with a redirect), call (an object). */
export type ActionKind = "form" | "post" | "call";

export type Declaration = { name: string; kind: ActionKind; access: { public: string } | { permission: Permission; entity: string } };

const DECLARATION = Symbol.for("saman.action.declaration");

/** The chain's declaration of an exported action, or undefined for a function that is not on the chain. */
export function declarationOf(fn: unknown): Declaration | undefined {
  return typeof fn === "function" ? (fn as { [DECLARATION]?: Declaration })[DECLARATION] : undefined;
}

export type Context<Raw, In> = {
  /** The validated input (the raw input when the action has no schema). */
  input: In;
  raw: Raw;
  viewer: Viewer;
  /** The signed-in user acting. A public action reads `viewer.userId` instead (null when anonymous). */
  actorId: string;
  /** Values echoed to the form on a refusal (never files or secrets). */
  values?: Values;
};

type Spec<Raw, In, R, E extends string, F extends string> = {
  /** A stable name (domain.verb), for the test's list of public actions and the logs. */
  name: string;
  access: Access<Raw>;
  /** The domain's shared zod schema; `fieldErrors` turns its issues into the domain's field codes. */
  schema?: z.ZodType<In>;
  fieldErrors?: (error: z.ZodError) => Record<string, F>;
  /** The action's work after the checks; may return `refuse(...)` for its own refusals. */
  run: (ctx: Context<Raw, In>, refuse: (refusal: Omit<Refusal<E | ActionError, F>, "ok" | "values"> & { values?: Values }) => R) => Promise<R>;
  /** The shape of a refusal for this action's caller (the form's state, or a redirect for a plain post). */
  refuse: (refusal: Refusal<E | ActionError, F>) => R;
};

async function chain<Raw, In, R, E extends string, F extends string>(
  spec: Spec<Raw, In, R, E, F>,
  raw: Raw,
  values: Values | undefined,
): Promise<R> {
  const refuse = (r: Omit<Refusal<E | ActionError, F>, "ok" | "values"> & { values?: Values }): R => spec.refuse({ ok: false, values, ...r });
  return faultSafe(
    async () => {
      // 1. authenticate: the viewer from the database (session row, user, memberships of today).
      const viewer = await getViewer();
      const access = spec.access;
      if (!("public" in access)) {
        const entity = { entityType: access.entity, entityId: access.entityId?.(raw)?.slice(0, 100) || undefined };
        if (viewer.userId === null) {
          await auditDenied(viewer, access.permission, entity);
          return refuse({ error: "UNAUTHENTICATED" });
        }
        // 2. authorize: the role table, then the record from the database.
        const record = access.record ? await access.record(raw, viewer) : undefined;
        if (!can(viewer, access.permission, (record ?? undefined) as never)) {
          await auditDenied(viewer, access.permission, entity);
          return refuse({ error: "FORBIDDEN" });
        }
        if (record === null) return refuse({ error: "NOT_FOUND" });
      }
      // 3. validate with the shared schema.
      let input: unknown = raw;
      if (spec.schema) {
        const parsed = spec.schema.safeParse(raw);
        if (!parsed.success) return refuse({ error: "INVALID", fieldErrors: spec.fieldErrors?.(parsed.error) });
        input = parsed.data;
      }
      // 4. run.
      return spec.run({ input: input as never, raw, viewer, actorId: viewer.userId as string, values }, refuse);
    },
    (error) => refuse({ error }),
  );
}

function declare<T extends (...args: never[]) => unknown>(fn: T, kind: ActionKind, spec: { name: string; access: Access<never> }): T {
  const access = "public" in spec.access ? { public: spec.access.public } : { permission: spec.access.permission, entity: spec.access.entity };
  Object.defineProperty(fn, DECLARATION, { value: { name: spec.name, kind, access } satisfies Declaration });
  return fn;
}

/** The text fields of a form (the last value of a repeated field, unless it is named in `multi`), files left out. */
export function formValues(form: FormData, multi: readonly string[] = []): Values {
  const values: Values = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (multi.includes(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value];
    else values[key] = value;
  }
  for (const key of multi) values[key] ??= [];
  return values;
}

const SECRET = /^(password|confirm|token)$/;

/** What a refused form gets back: its text fields, bounded, never a password or token. */
export function echoOf(values: Values, max = 20_000): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values)) {
    if (SECRET.test(key)) continue;
    out[key] = Array.isArray(value) ? value.slice(0, 200).map((v) => v.slice(0, 1000)) : value.slice(0, max);
  }
  return out;
}

type FormSpec<In, R, E extends string, F extends string> = Spec<Values, In, R, E, F> & {
  /** Fields that may repeat (checkbox groups). */
  multi?: readonly string[];
  /** The raw input from the form, when it is not just its text fields. */
  read?: (form: FormData) => Values;
  /** Echo no values on a refusal. */
  noEcho?: boolean;
  /** The longest text echoed per field (20 000 characters unless said). */
  echoMax?: number;
};

type FormRun<In, R, E extends string, F extends string> = (
  ctx: Context<Values, In> & { form: FormData; prev?: R | null },
  refuse: Parameters<Spec<Values, In, R, E, F>["run"]>[1],
) => Promise<R>;

/** A form's action for useActionState: (previous state, form data) → the form's next state. */
export function formAction<R, In = Values, E extends string = never, F extends string = string>(
  spec: Omit<FormSpec<In, R, E, F>, "run" | "refuse"> & { run: FormRun<In, R, E, F>; refuse: (refusal: Refusal<E | ActionError, F>, form: FormData, prev: R | null) => R },
): (prev: R | null, form: FormData) => Promise<R> {
  const fn = async (prev: R | null, form: FormData): Promise<R> => {
    const raw = spec.read ? spec.read(form) : formValues(form, spec.multi);
    return chain<Values, In, R, E, F>(
      { ...spec, run: (ctx, refuse) => spec.run({ ...ctx, form, prev }, refuse), refuse: (r) => spec.refuse(r, form, prev) },
      raw,
      spec.noEcho ? undefined : echoOf(raw, spec.echoMax),
    );
  };
  return declare(fn, "form", spec as never);
}

/** A plain form post (no state): the work and every refusal end in a redirect (`refuse` must redirect). */
export function postAction<In = Values, E extends string = never, F extends string = string>(
  spec: Omit<FormSpec<In, void, E, F>, "run" | "refuse"> & { run: FormRun<In, void, E, F>; refuse: (refusal: Refusal<E | ActionError, F>, form: FormData) => never | Promise<never> },
): (form: FormData) => Promise<void> {
  const fn = async (form: FormData): Promise<void> => {
    const raw = spec.read ? spec.read(form) : formValues(form, spec.multi);
    return chain<Values, In, void, E, F>({ ...spec, run: (ctx, refuse) => spec.run({ ...ctx, form }, refuse), refuse: (r) => spec.refuse(r, form) as never }, raw, undefined);
  };
  return declare(fn, "post", spec as never);
}

/** An action called with an object from a client component (no form data). */
export function callAction<I, R, In = I, E extends string = never, F extends string = string>(spec: Spec<I, In, R, E, F>): (input: I) => Promise<R> {
  const fn = async (input: I): Promise<R> => chain(spec, (input ?? {}) as I, undefined);
  return declare(fn, "call", spec as never);
}

/** The language of a posted form (nn unless it says nb). */
export function langOfForm(form: FormData): "nn" | "nb" {
  return form.get("lang") === "nb" ? "nb" : "nn";
}
