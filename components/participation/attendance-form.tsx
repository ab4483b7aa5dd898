"use client";
import { useTranslations } from "next-intl";
// The attendance register: one radio group per seat (attended / the deputy attended / not attended), saved whole
// under the register's version (a stale form gets CONFLICT). Status takes focus after a save, the summary after a failure.
import { useActionState, useEffect, useRef } from "react";
import type { ParticipationState } from "@/lib/participation/actions";

export type RegisterSeat = { id: string; legend: string; deputyName: string | null; value: "HOLDER" | "DEPUTY" | "ABSENT" };

type Props = {
  meetingId: string;
  version: number;
  seats: RegisterSeat[];
  action: (state: ParticipationState, form: FormData) => Promise<ParticipationState>;
};

export function AttendanceForm({ meetingId, version, seats, action }: Props) {
  const all = useTranslations("participation");
  const m = useTranslations("participation.admin");
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
    if (state?.ok) status.current?.focus();
  }, [state]);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  return (
    <form action={formAction} id="attendance-register" className="grid gap-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={String(version)} />
      {failed ? (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby="attendance-summary" className="ds-alert" data-color="danger">
          <h4 id="attendance-summary" className="ds-heading" data-size="2xs">
            {all("form.errorSummary")}
          </h4>
          <p>{all(`errors.general.${failed.error}`)}</p>
        </div>
      ) : null}
      {state?.ok ? (
        <p ref={status} tabIndex={-1} role="status" className="ds-alert" data-color="success" data-size="sm">
          {m("saved")}
        </p>
      ) : null}
      {seats.map((seat) => {
        const chosen = values[`seat-${seat.id}`] ?? seat.value;
        const options: { value: RegisterSeat["value"]; label: string }[] = [
          { value: "HOLDER", label: m("holder") },
          ...(seat.deputyName ? [{ value: "DEPUTY" as const, label: m("deputyAttended", { name: seat.deputyName }) }] : []),
          { value: "ABSENT", label: m("absentOption") },
        ];
        return (
          <fieldset key={seat.id} className="ds-fieldset rounded border border-neutral-border-subtle p-2">
            <legend className="ds-label px-1">{seat.legend}</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {options.map((o) => (
                <span key={o.value} className="flex items-center gap-2">
                  <input id={`seat-${seat.id}-${o.value}`} type="radio" name={`seat-${seat.id}`} value={o.value} className="ds-input" defaultChecked={chosen === o.value} />
                  <label htmlFor={`seat-${seat.id}-${o.value}`} className="ds-label" data-weight="regular">
                    {o.label}
                  </label>
                </span>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending || undefined}>
          {m("registerSubmit")}
        </button>
      </div>
    </form>
  );
}
