"use client";
import { useTranslations } from "next-intl";
// Make, renew or delete the secret calendar address. The address is shown once, right after it is made: only its
// sha256 is stored, so nobody (not even the portal) can show it again.
import { useActionState, useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/i18n/dates";
import { type Locale } from "@/lib/i18n/config";
import type { CalendarState } from "@/lib/participation/actions";

type Props = {
  lang: Locale;
  origin: string;
  since: string | null;
  renew: (state: CalendarState, form: FormData) => Promise<CalendarState>;
  revoke: (state: CalendarState, form: FormData) => Promise<CalendarState>;
};

export function CalendarControls({ lang, origin, since, renew, revoke }: Props) {
  const m = useTranslations("participation.calendar");
  const [made, renewAction, renewing] = useActionState(renew, null);
  const [revoked, revokeAction, revoking] = useActionState(revoke, null);
  const outcome = useRef<HTMLDivElement>(null);
  const token = made?.ok ? made.token : null;
  // The newest of the two outcomes wins (a revoke after a renew hides the address again).
  const showToken = token && !(revoked?.ok && revoked.at > (made?.at ?? 0));
  const showRevoked = revoked?.ok && !(made?.ok && made.at > revoked.at);
  useEffect(() => {
    if (showToken || showRevoked) outcome.current?.focus();
  }, [showToken, showRevoked, made, revoked]);
  const https = token ? `${origin}/api/kalender/personleg/${token}.ics` : "";
  const webcal = https.replace(/^https?:\/\//, "webcal://");
  const exists = showToken || (since !== null && !showRevoked);

  return (
    <div className="mt-3 grid gap-4">
      <div ref={outcome} tabIndex={-1} role="status" className="grid gap-2">
        {showToken ? (
          <div className="ds-field flex flex-col gap-1">
            <label htmlFor="calendar-address" className="ds-label" data-weight="medium">
              {m("address")}
            </label>
            <p id="calendar-address-hint" className="ds-paragraph text-neutral-text-subtle" data-size="sm">
              {m("addressHint")}
            </p>
            <input id="calendar-address" className="ds-input font-mono" readOnly value={webcal} aria-describedby="calendar-address-hint" data-testid="calendar-address" />
            <p className="ds-paragraph" data-size="sm">
              <a className="ds-link" href={webcal}>
                {m("open")}
              </a>
            </p>
          </div>
        ) : showRevoked ? (
          <p className="ds-alert" data-color="success" data-size="sm">
            {m("revoked")}
          </p>
        ) : null}
      </div>
      {!showToken ? <p className="ds-paragraph">{since && !showRevoked ? m("since", { date: formatDateTime(lang, since) }) : m("none")}</p> : null}
      <div className="flex flex-wrap gap-3">
        <form action={renewAction}>
          <button type="submit" className="ds-button" data-variant={exists ? "secondary" : "primary"} aria-disabled={renewing || undefined}>
            {exists ? m("renew") : m("create")}
          </button>
        </form>
        {exists ? (
          <form action={revokeAction}>
            <button type="submit" className="ds-button" data-variant="tertiary" data-color="danger" aria-disabled={revoking || undefined}>
              {m("revoke")}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
