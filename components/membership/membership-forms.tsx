"use client";
import { useTranslations } from "next-intl";
// The admin membership forms: appoint (with an optional personal deputy) and end. react-hook-form with the same
// zod schema as the server action; errors in the user's language, linked to their fields and gathered in a summary.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormRegisterReturn, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Options, type Option } from "@/components/forms/choices";
import { MEMBERSHIP_ROLES, SEAT_CATEGORIES } from "@/lib/domain/vocabulary";
import { localize } from "@/lib/i18n/localize";
import { type Locale } from "@/lib/i18n/config";
import type { MessageKey, Translator } from "@/lib/i18n";
import { appointMembershipAction, changeMembershipAction, endMembershipAction, type MembershipActionResult } from "@/lib/membership/actions";
import type { AdminMembership, MembershipAdmin } from "@/lib/membership/data";
import { formatRuleMessage } from "@/lib/membership/format";
import {
  appointMembershipSchema,
  changeMembershipSchema,
  endMembershipSchema,
  type AppointMembership,
  type AppointMembershipInput,
  type ChangeMembership,
  type ChangeMembershipInput,
  type EndMembership,
  type EndMembershipInput,
  type FormErrorKey,
} from "@/lib/membership/schema";

type M = Translator<"membershipForm">;
type FieldName = MessageKey<"membershipForm.fields">;

function errorText(m: M, key: string | undefined): string | undefined {
  if (!key) return undefined;
  const code = `errors.${key as FormErrorKey}` as const;
  return m.has(code) ? m(code) : m("errors.required");
}

/** True once React has hydrated the form: input before that would not reach react-hook-form (tests wait for it). */
const noSubscription = () => () => {};
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * What the three forms share: react-hook-form with the action's zod schema, field ids, the action's result, and the
 * error summary (its field errors from the browser's check or, when the server refused the values, from the action).
 */
function useMembershipForm<In extends FieldValues, Out>({
  name,
  schema,
  defaultValues,
  action,
  onSaved,
}: {
  name: string;
  schema: z.ZodType<Out, In>;
  defaultValues: DefaultValues<In>;
  action: (values: Out) => Promise<MembershipActionResult>;
  onSaved: (form: UseFormReturn<In, unknown, Out>, values: Out) => void;
}) {
  const m = useTranslations("membershipForm");
  const router = useRouter();
  const base = useId();
  const formId = `${base}-${name}`;
  const fieldId = (field: string) => `${base}-${field}`;
  const [result, setResult] = useState<MembershipActionResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  // How many results this form has shown: each save's message is told apart from the last one's (data-count).
  const [count, setCount] = useState(0);
  const hydrated = useHydrated();
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema as never) as unknown as Resolver<In, unknown, Out>,
    // Focus goes to the error summary, which links to each field.
    shouldFocusError: false,
    defaultValues,
  });
  const onSubmit = form.handleSubmit(
    async (values) => {
      const r = await action(values);
      setResult(r);
      setCount((n) => n + 1);
      if (!r.ok && r.error === "INVALID" && r.fieldErrors) {
        for (const [field, key] of Object.entries(r.fieldErrors)) form.setError(field as Path<In>, { message: key });
        setAttempt((n) => n + 1);
      }
      if (r.ok) {
        onSaved(form, values);
        router.refresh();
      }
    },
    () => setAttempt((n) => n + 1),
  );
  const err = (field: string) => errorText(m, (form.formState.errors as Record<string, { message?: string } | undefined>)[field]?.message);
  const errorKeys = Object.keys(form.formState.errors).filter((k) => err(k));
  const isField = (k: string): k is FieldName => m.has(`fields.${k}` as `fields.${FieldName}`);
  const summary = (
    <FormErrorSummary
      id={`${formId}-summary`}
      heading={m("errorSummary")}
      errors={summaryOf(errorKeys, err, (k) => (isField(k) ? fieldId(k) : formId), (k) => (isField(k) ? m(`fields.${k}`) : k))}
      focusKey={errorKeys.length ? attempt : 0}
    />
  );
  const formProps = { id: formId, onSubmit, noValidate: true, "data-hydrated": hydrated || undefined };
  return { m, form, register: form.register, err, fieldId, formProps, summary, result, count };
}

/** The fields of the appoint and change forms, in this order; each form shows the ones it has. */
function MembershipFields({
  lang,
  data,
  principals,
  names,
  fieldId,
  err,
  register,
}: {
  lang: Locale;
  data: MembershipAdmin;
  principals: Option[];
  names: readonly FieldName[];
  fieldId: (field: string) => string;
  err: (field: string) => string | undefined;
  register: (field: FieldName) => UseFormRegisterReturn;
}) {
  const all = useTranslations();
  const m = useTranslations("membershipForm");
  const people = data.people.map((p) => ({ value: p.id, label: p.name }));
  const seats = SEAT_CATEGORIES.map((s) => ({ value: s, label: all(`membership.seats.${s}`) }));
  const selects: Partial<Record<FieldName, { options: Option[]; empty?: string }>> = {
    personId: { options: people, empty: m("choose") },
    seat: { options: seats },
    role: { options: MEMBERSHIP_ROLES.map((r) => ({ value: r, label: all(`membership.roles.${r}`) })) },
    partyId: { options: data.parties.map((p) => ({ value: p.id, label: localize(lang, p.name, p.nameNb) })), empty: m("noChoice") },
    side: { options: (["MUNICIPAL", "SPECIALIST"] as const).map((s) => ({ value: s, label: m(`sides.${s}`) })), empty: m("noChoice") },
    principalId: { options: principals, empty: m("noChoice") },
    deputyPersonId: { options: people, empty: m("noChoice") },
    deputySeat: { options: seats, empty: m("noChoice") },
    replacesId: { options: principals, empty: m("noChoice") },
  };
  return names.map((name) => {
    const select = selects[name];
    return (
      <FormField key={name} id={fieldId(name)} label={m(`fields.${name}`)} error={err(name)}>
        {(c) =>
          select ? (
            <select {...c} className="ds-input max-w-full" {...register(name)}>
              <Options options={select.options} empty={select.empty} />
            </select>
          ) : name === "termStart" || name === "termEnd" || name === "lastDay" ? (
            <input {...c} type="date" className="ds-input max-w-56" {...register(name)} />
          ) : (
            <input {...c} className="ds-input" {...register(name)} />
          )
        }
      </FormField>
    );
  });
}

function ResultMessage({ lang, result, count = 0 }: { lang: Locale; result: MembershipActionResult | null; count?: number }) {
  const m = useTranslations("membershipForm");
  const all = useTranslations();
  const ref = useRef<HTMLDivElement>(null);
  // A refusal is the form's error summary: focus moves to it, so a screen reader reads the rule that was broken.
  // A save's outcome – success or refusal – takes the focus (WCAG 2.4.3), so it is what a screen reader reads next.
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  if (!result) return null;
  if (result.ok) {
    return (
      <div ref={ref} tabIndex={-1} role="status" className="ds-alert" data-color={result.warnings.length ? "warning" : "success"} data-testid="membership-saved" data-count={count}>
        <p>{result.warnings.length ? m("results.savedWithWarnings") : m("results.saved")}</p>
        {result.warnings.length ? (
          <ul className="mt-2 list-disc pl-5">
            {result.warnings.map((w) => (
              <li key={`${w.bodyId}-${w.findingId}`}>{formatRuleMessage(all, lang, w.message)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (result.error === "RULES_BROKEN") {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className="ds-alert" data-color="danger" data-testid="membership-refused" data-count={count}>
        <p>{m("results.refused")}</p>
        <ul className="mt-2 list-disc pl-5">
          {result.breaches.map((b) => (
            <li key={`${b.bodyId}-${b.findingId}`}>
              {formatRuleMessage(all, lang, b.message)} {b.fix ? formatRuleMessage(all, lang, b.fix) : null}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="ds-alert" data-color="danger" data-testid="membership-error" data-count={count}>
      <p>{m(`results.${result.error === "INVALID" && result.fieldErrors ? "INVALID_FIELDS" : result.error}`)}</p>
    </div>
  );
}

const APPOINT_FIELDS = ["personId", "seat", "role", "partyId", "side", "portfolio", "principalId", "deputyPersonId", "deputySeat", "replacesId", "termStart", "termEnd"] as const;
const CHANGE_FIELDS = ["personId", "seat", "role", "partyId", "side", "portfolio", "principalId", "termStart", "termEnd"] as const;

function principalsOf(seats: Translator<"membership.seats">, data: MembershipAdmin, except?: string): Option[] {
  return data.memberships
    .filter((x) => x.role !== "PERSONAL_DEPUTY" && x.id !== except)
    .map((x) => ({ value: x.id, label: `${x.personName} (${seats(x.seat)})` }));
}

export function AppointForm({ lang, data }: { lang: Locale; data: MembershipAdmin }) {
  const seats = useTranslations("membership.seats");
  const { m, form, register, err, fieldId, formProps, summary, result } = useMembershipForm<AppointMembershipInput, AppointMembership>({
    name: "appoint",
    schema: appointMembershipSchema,
    defaultValues: { bodyId: data.body.id, personId: "", seat: "MUNICIPAL", role: "MEMBER", termStart: "", termEnd: "" },
    action: appointMembershipAction,
    onSaved: (f) => f.reset(),
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      {summary}
      <ResultMessage lang={lang} result={result} />
      <MembershipFields lang={lang} data={data} principals={principalsOf(seats, data)} names={APPOINT_FIELDS} fieldId={fieldId} err={err} register={(n) => register(n as keyof AppointMembershipInput)} />
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? m("saving") : m("submitAppoint")}
        </button>
      </div>
    </form>
  );
}

export function EndForm({ lang, membership }: { lang: Locale; membership: AdminMembership }) {
  const { m, form, register, err, fieldId, formProps, summary, result } = useMembershipForm<EndMembershipInput, EndMembership>({
    name: "end",
    schema: endMembershipSchema,
    defaultValues: { membershipId: membership.id, version: membership.version, lastDay: "" },
    action: endMembershipAction,
    onSaved: () => {},
  });
  return (
    <form {...formProps} className="mt-2 grid gap-2">
      {summary}
      <ResultMessage lang={lang} result={result} />
      <div className="flex flex-wrap items-end gap-2">
        <FormField id={fieldId("lastDay")} label={m("fields.lastDay", {})} error={err("lastDay")}>
          {(c) => <input {...c} type="date" className="ds-input max-w-56" {...register("lastDay")} />}
        </FormField>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? m("saving") : m("submitEnd")}
        </button>
      </div>
    </form>
  );
}

/**
 * Change a membership: role, seat, party, side, portfolio, whose personal deputy it is, and the term. The version the
 * form was loaded with goes along, so saving over someone else's newer change is refused (CONFLICT), not overwritten.
 */
export function ChangeForm({ lang, data, membership }: { lang: Locale; data: MembershipAdmin; membership: AdminMembership }) {
  const seats = useTranslations("membership.seats");
  const { m, form, register, err, fieldId, formProps, summary, result, count } = useMembershipForm<ChangeMembershipInput, ChangeMembership>({
    name: "change",
    schema: changeMembershipSchema,
    defaultValues: {
      membershipId: membership.id,
      version: membership.version,
      personId: membership.personId,
      seat: membership.seat,
      role: membership.role,
      partyId: membership.partyId ?? "",
      side: membership.side ?? "",
      portfolio: membership.portfolio ?? "",
      principalId: membership.principalId ?? "",
      termStart: membership.termStart,
      termEnd: membership.termEnd ?? "",
    },
    action: changeMembershipAction,
    // The saved row is now one version newer; a further save from this form builds on it.
    onSaved: (f, values) => f.reset({ ...f.getValues(), version: Number(values.version) + 1 }),
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      {summary}
      <ResultMessage lang={lang} result={result} count={count} />
      <input type="hidden" {...register("membershipId")} />
      <input type="hidden" {...register("version")} />
      <MembershipFields
        lang={lang}
        data={data}
        principals={principalsOf(seats, data, membership.id)}
        names={CHANGE_FIELDS}
        fieldId={fieldId}
        err={err}
        register={(n) => register(n as keyof ChangeMembershipInput)}
      />
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? m("saving") : m("submitChange")}
        </button>
      </div>
    </form>
  );
}
