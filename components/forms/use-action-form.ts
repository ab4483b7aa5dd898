"use client";
// A form that posts to a server action and checks the action's own zod schema in the browser first
// (react-hook-form). Without JavaScript it is a plain post to the action, whose result – field error codes and the
// values the user typed – the server renders. With JavaScript a failed client check never reaches the server; the
// server's errors of an earlier submit are hidden then, so only the current ones show.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

/** What the server actions of these forms return: a failure carries error codes per field and the values sent. */
export type ActionFormResult = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]> };

type Failure<R> = Extract<R, { ok: false }>;
type FieldCode<R> = Failure<R> extends { fieldErrors?: Record<string, infer C> } ? C : string;

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R extends ActionFormResult>({
  action,
  schema,
  defaults,
  prepare,
}: {
  action: (prev: R | null, formData: FormData) => Promise<R>;
  schema: S;
  /** The fields' first values; after a failed post without JavaScript, built from the values the action returned. */
  defaults: (returned: Record<string, string | string[]> | undefined) => DefaultValues<z.input<S>>;
  /** Adjusts what is posted (e.g. drops an empty file input). */
  prepare?: (data: FormData) => void;
}) {
  const [state, formAction, pending] = useActionState<R | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [submits, setSubmits] = useState(0);
  const [showServer, setShowServer] = useState(true);
  const failure = state && !state.ok ? (state as Failure<R>) : null;
  const defaultValues = defaults(failure?.values);
  // Focus goes to the error summary, which links to each field, not to the first invalid field.
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    shouldFocusError: false,
  });
  /** The server's failure, unless a later client check failed. */
  const failed = showServer ? failure : null;

  /** The error code of a field: the browser's check first, else the server's. */
  const codeFor = (field: string): FieldCode<R> | undefined => {
    const client = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[field]?.message;
    return typeof client === "string" ? (client as FieldCode<R>) : (failed?.fieldErrors?.[field] as FieldCode<R> | undefined);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setSubmits((n) => n + 1);
    void form.handleSubmit(
      () => {
        setShowServer(true);
        const data = new FormData(formRef.current!);
        prepare?.(data);
        startTransition(() => formAction(data));
      },
      () => setShowServer(false),
    )(event);
  };

  return { state, failed, pending, form, register: form.register, formRef, formAction, onSubmit, codeFor, submits, defaultValues };
}
