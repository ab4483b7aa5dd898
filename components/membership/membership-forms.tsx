"use client";
// The admin membership forms: appoint (with an optional personal deputy) and end. react-hook-form with the same
// zod schema as the server action; errors in the user's language, linked to their fields and gathered in a summary.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useForm, type FieldErrors, type UseFormRegisterReturn } from "react-hook-form";
import { MEMBERSHIP_ROLES, SEAT_CATEGORIES } from "@/lib/domain/vocabulary";
import { fill, getMessages, localize, type Locale } from "@/lib/i18n";
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

type M = ReturnType<typeof getMessages>["membershipForm"];

function errorText(m: M, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return m.errors[key as FormErrorKey] ?? m.errors.required;
}

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      {children(error ? errorId : undefined)}
      {error ? (
        <p id={errorId} className="ds-validation-message" data-color="danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Select({
  id,
  reg,
  describedBy,
  options,
  empty,
}: {
  id: string;
  reg: UseFormRegisterReturn;
  describedBy?: string;
  options: { value: string; label: string }[];
  empty?: string;
}) {
  return (
    <select id={id} className="ds-input max-w-full" aria-describedby={describedBy} aria-invalid={describedBy ? true : undefined} {...reg}>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** True once React has hydrated the form: input before that would not reach react-hook-form (tests wait for it). */
const noSubscription = () => () => {};
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

function ErrorSummary({ m, errors, ids, show }: { m: M; errors: FieldErrors; ids: Record<string, string>; show: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, e]) => e?.message);
  useEffect(() => {
    if (show && entries.length) ref.current?.focus();
    // Focus moves to the summary once per failed submit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [show]);
  if (!entries.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby={`${ids.form}-summary`} className="ds-alert" data-color="danger">
      <h2 id={`${ids.form}-summary`} className="ds-heading" data-size="xs">
        {m.errorSummary}
      </h2>
      <ul className="mt-2 grid gap-1">
        {entries.map(([name, e]) => (
          <li key={name}>
            <a className="ds-link" href={`#${ids[name] ?? ids.form}`}>
              {(m.fields as Record<string, string>)[name] ?? name}: {errorText(m, String(e?.message))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ResultMessage({ lang, result, count = 0 }: { lang: Locale; result: MembershipActionResult | null; count?: number }) {
  const m = getMessages(lang).membershipForm;
  const ref = useRef<HTMLDivElement>(null);
  // A refusal is the form's error summary: focus moves to it, so a screen reader reads the rule that was broken.
  useEffect(() => {
    if (result && !result.ok) ref.current?.focus();
  }, [result]);
  if (!result) return null;
  if (result.ok) {
    return (
      <div role="status" className="ds-alert" data-color={result.warnings.length ? "warning" : "success"} data-testid="membership-saved" data-count={count}>
        <p>{result.warnings.length ? m.results.savedWithWarnings : m.results.saved}</p>
        {result.warnings.length ? (
          <ul className="mt-2 list-disc pl-5">
            {result.warnings.map((w) => (
              <li key={`${w.bodyId}-${w.findingId}`}>{formatRuleMessage(lang, w.message)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (result.error === "RULES_BROKEN") {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className="ds-alert" data-color="danger" data-testid="membership-refused" data-count={count}>
        <p>{m.results.refused}</p>
        <ul className="mt-2 list-disc pl-5">
          {result.breaches.map((b) => (
            <li key={`${b.bodyId}-${b.findingId}`}>
              {formatRuleMessage(lang, b.message)} {b.fix ? formatRuleMessage(lang, b.fix) : null}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="ds-alert" data-color="danger" data-testid="membership-error" data-count={count}>
      <p>{m.results[result.error]}</p>
    </div>
  );
}

export function AppointForm({ lang, data }: { lang: Locale; data: MembershipAdmin }) {
  const all = getMessages(lang);
  const m = all.membershipForm;
  const router = useRouter();
  const base = useId();
  const fieldNames = ["personId", "seat", "role", "partyId", "side", "portfolio", "principalId", "deputyPersonId", "deputySeat", "replacesId", "termStart", "termEnd"] as const;
  const ids: Record<string, string> = { form: `${base}-appoint` };
  for (const name of fieldNames) ids[name] = `${base}-${name}`;
  const [result, setResult] = useState<MembershipActionResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  const hydrated = useHydrated();
  const form = useForm<AppointMembershipInput, unknown, AppointMembership>({
    resolver: zodResolver(appointMembershipSchema),
    // Focus goes to the error summary, which links to each field.
    shouldFocusError: false,
    defaultValues: { bodyId: data.body.id, personId: "", seat: "MUNICIPAL", role: "MEMBER", termStart: "", termEnd: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const err = (name: keyof AppointMembershipInput) => errorText(m, formState.errors[name]?.message);
  const people = data.people.map((p) => ({ value: p.id, label: p.name }));
  const principals = data.memberships.filter((x) => x.role !== "PERSONAL_DEPUTY").map((x) => ({ value: x.id, label: `${x.personName} (${all.membership.seats[x.seat]})` }));

  const onSubmit = handleSubmit(
    async (values) => {
      const r = await appointMembershipAction(values);
      setResult(r);
      if (!r.ok && r.error === "VALIDATION") {
        for (const [name, key] of Object.entries(r.fieldErrors)) setError(name as keyof AppointMembershipInput, { message: key });
        setAttempt((n) => n + 1);
      }
      if (r.ok) {
        form.reset();
        router.refresh();
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <form id={ids.form} onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" data-hydrated={hydrated || undefined}>
      <ErrorSummary m={m} errors={formState.errors} ids={ids} show={attempt} />
      <ResultMessage lang={lang} result={result} />
      <Field id={ids.personId!} label={m.fields.personId} error={err("personId")}>
        {(d) => <Select id={ids.personId!} reg={register("personId")} describedBy={d} options={people} empty={m.choose} />}
      </Field>
      <Field id={ids.seat!} label={m.fields.seat} error={err("seat")}>
        {(d) => <Select id={ids.seat!} reg={register("seat")} describedBy={d} options={SEAT_CATEGORIES.map((s) => ({ value: s, label: all.membership.seats[s] }))} />}
      </Field>
      <Field id={ids.role!} label={m.fields.role} error={err("role")}>
        {(d) => <Select id={ids.role!} reg={register("role")} describedBy={d} options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: all.membership.roles[r] }))} />}
      </Field>
      <Field id={ids.partyId!} label={m.fields.partyId} error={err("partyId")}>
        {(d) => (
          <Select
            id={ids.partyId!}
            reg={register("partyId")}
            describedBy={d}
            empty={m.noChoice}
            options={data.parties.map((p) => ({ value: p.id, label: localize(lang, p.name, p.nameNb) }))}
          />
        )}
      </Field>
      <Field id={ids.side!} label={m.fields.side} error={err("side")}>
        {(d) => (
          <Select
            id={ids.side!}
            reg={register("side")}
            describedBy={d}
            empty={m.noChoice}
            options={(["MUNICIPAL", "SPECIALIST"] as const).map((s) => ({ value: s, label: m.sides[s] }))}
          />
        )}
      </Field>
      <Field id={ids.portfolio!} label={m.fields.portfolio} error={err("portfolio")}>
        {(d) => <input id={ids.portfolio} className="ds-input" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("portfolio")} />}
      </Field>
      <Field id={ids.principalId!} label={m.fields.principalId} error={err("principalId")}>
        {(d) => <Select id={ids.principalId!} reg={register("principalId")} describedBy={d} empty={m.noChoice} options={principals} />}
      </Field>
      <Field id={ids.deputyPersonId!} label={m.fields.deputyPersonId} error={err("deputyPersonId")}>
        {(d) => <Select id={ids.deputyPersonId!} reg={register("deputyPersonId")} describedBy={d} empty={m.noChoice} options={people} />}
      </Field>
      <Field id={ids.deputySeat!} label={m.fields.deputySeat} error={err("deputySeat")}>
        {(d) => (
          <Select
            id={ids.deputySeat!}
            reg={register("deputySeat")}
            describedBy={d}
            empty={m.noChoice}
            options={SEAT_CATEGORIES.map((s) => ({ value: s, label: all.membership.seats[s] }))}
          />
        )}
      </Field>
      <Field id={ids.replacesId!} label={m.fields.replacesId} error={err("replacesId")}>
        {(d) => <Select id={ids.replacesId!} reg={register("replacesId")} describedBy={d} empty={m.noChoice} options={principals} />}
      </Field>
      <Field id={ids.termStart!} label={m.fields.termStart} error={err("termStart")}>
        {(d) => <input id={ids.termStart} type="date" className="ds-input max-w-56" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("termStart")} />}
      </Field>
      <Field id={ids.termEnd!} label={m.fields.termEnd} error={err("termEnd")}>
        {(d) => <input id={ids.termEnd} type="date" className="ds-input max-w-56" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("termEnd")} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.saving : m.submitAppoint}
        </button>
      </div>
    </form>
  );
}

export function EndForm({ lang, membership }: { lang: Locale; membership: AdminMembership }) {
  const m = getMessages(lang).membershipForm;
  const router = useRouter();
  const base = useId();
  const ids = { form: `${base}-end`, lastDay: `${base}-lastDay` };
  const [result, setResult] = useState<MembershipActionResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  const hydrated = useHydrated();
  const { register, handleSubmit, formState } = useForm<EndMembershipInput, unknown, EndMembership>({
    resolver: zodResolver(endMembershipSchema),
    shouldFocusError: false,
    defaultValues: { membershipId: membership.id, version: membership.version, lastDay: "" },
  });
  const onSubmit = handleSubmit(
    async (values) => {
      const r = await endMembershipAction(values);
      setResult(r);
      if (r.ok) router.refresh();
    },
    () => setAttempt((n) => n + 1),
  );
  const error = errorText(m, formState.errors.lastDay?.message);
  return (
    <form id={ids.form} onSubmit={onSubmit} noValidate className="mt-2 grid gap-2" data-hydrated={hydrated || undefined}>
      <ErrorSummary m={m} errors={formState.errors} ids={ids} show={attempt} />
      <ResultMessage lang={lang} result={result} />
      <div className="flex flex-wrap items-end gap-2">
        <Field id={ids.lastDay} label={fill(m.fields.lastDay, {})} error={error}>
          {(d) => <input id={ids.lastDay} type="date" className="ds-input max-w-56" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("lastDay")} />}
        </Field>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.saving : m.submitEnd}
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
  const all = getMessages(lang);
  const m = all.membershipForm;
  const router = useRouter();
  const base = useId();
  const fieldNames = ["personId", "seat", "role", "partyId", "side", "portfolio", "principalId", "termStart", "termEnd"] as const;
  const ids: Record<string, string> = { form: `${base}-change` };
  for (const name of fieldNames) ids[name] = `${base}-${name}`;
  const [result, setResult] = useState<MembershipActionResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  const hydrated = useHydrated();
  // How many results this form has shown: each save's message is told apart from the last one's (data-count).
  const [count, setCount] = useState(0);
  const form = useForm<ChangeMembershipInput, unknown, ChangeMembership>({
    resolver: zodResolver(changeMembershipSchema),
    shouldFocusError: false,
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
  });
  const { register, handleSubmit, formState, setError } = form;
  const err = (name: keyof ChangeMembershipInput) => errorText(m, formState.errors[name]?.message);
  const people = data.people.map((p) => ({ value: p.id, label: p.name }));
  const principals = data.memberships
    .filter((x) => x.role !== "PERSONAL_DEPUTY" && x.id !== membership.id)
    .map((x) => ({ value: x.id, label: `${x.personName} (${all.membership.seats[x.seat]})` }));

  const onSubmit = handleSubmit(
    async (values) => {
      const r = await changeMembershipAction(values);
      setResult(r);
      setCount((n) => n + 1);
      if (!r.ok && r.error === "VALIDATION") {
        for (const [name, key] of Object.entries(r.fieldErrors)) setError(name as keyof ChangeMembershipInput, { message: key });
        setAttempt((n) => n + 1);
      }
      if (r.ok) {
        // The saved row is now one version newer; a further save from this form builds on it.
        form.reset({ ...form.getValues(), version: Number(values.version) + 1 });
        router.refresh();
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <form id={ids.form} onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" data-hydrated={hydrated || undefined}>
      <ErrorSummary m={m} errors={formState.errors} ids={ids} show={attempt} />
      <ResultMessage lang={lang} result={result} count={count} />
      <input type="hidden" {...register("membershipId")} />
      <input type="hidden" {...register("version")} />
      <Field id={ids.personId!} label={m.fields.personId} error={err("personId")}>
        {(d) => <Select id={ids.personId!} reg={register("personId")} describedBy={d} options={people} empty={m.choose} />}
      </Field>
      <Field id={ids.seat!} label={m.fields.seat} error={err("seat")}>
        {(d) => <Select id={ids.seat!} reg={register("seat")} describedBy={d} options={SEAT_CATEGORIES.map((s) => ({ value: s, label: all.membership.seats[s] }))} />}
      </Field>
      <Field id={ids.role!} label={m.fields.role} error={err("role")}>
        {(d) => <Select id={ids.role!} reg={register("role")} describedBy={d} options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: all.membership.roles[r] }))} />}
      </Field>
      <Field id={ids.partyId!} label={m.fields.partyId} error={err("partyId")}>
        {(d) => (
          <Select
            id={ids.partyId!}
            reg={register("partyId")}
            describedBy={d}
            empty={m.noChoice}
            options={data.parties.map((p) => ({ value: p.id, label: localize(lang, p.name, p.nameNb) }))}
          />
        )}
      </Field>
      <Field id={ids.side!} label={m.fields.side} error={err("side")}>
        {(d) => (
          <Select
            id={ids.side!}
            reg={register("side")}
            describedBy={d}
            empty={m.noChoice}
            options={(["MUNICIPAL", "SPECIALIST"] as const).map((s) => ({ value: s, label: m.sides[s] }))}
          />
        )}
      </Field>
      <Field id={ids.portfolio!} label={m.fields.portfolio} error={err("portfolio")}>
        {(d) => <input id={ids.portfolio} className="ds-input" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("portfolio")} />}
      </Field>
      <Field id={ids.principalId!} label={m.fields.principalId} error={err("principalId")}>
        {(d) => <Select id={ids.principalId!} reg={register("principalId")} describedBy={d} empty={m.noChoice} options={principals} />}
      </Field>
      <Field id={ids.termStart!} label={m.fields.termStart} error={err("termStart")}>
        {(d) => <input id={ids.termStart} type="date" className="ds-input max-w-56" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("termStart")} />}
      </Field>
      <Field id={ids.termEnd!} label={m.fields.termEnd} error={err("termEnd")}>
        {(d) => <input id={ids.termEnd} type="date" className="ds-input max-w-56" aria-describedby={d} aria-invalid={d ? true : undefined} {...register("termEnd")} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? m.saving : m.submitChange}
        </button>
      </div>
    </form>
  );
}
