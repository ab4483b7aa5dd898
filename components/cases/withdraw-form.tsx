// Withdrawal by the submitter: a plain form (works without JavaScript) posting to the withdraw action, with either
// the private status token or the case id (a signed-in partner contact of the party).
import { withdrawCaseAction } from "@/lib/cases/actions";
import { type Locale, getTranslator } from "@/lib/i18n";

export function WithdrawForm({ lang, version, returnTo, token, caseId }: { lang: Locale; version: number; returnTo: string; token?: string; caseId?: string }) {
  const f = getTranslator(lang, "cases.follow");
  return (
    <section aria-labelledby="withdraw-heading" className="mt-10 max-w-3xl">
      <h2 id="withdraw-heading" className="ds-heading" data-size="xs">
        {f("withdrawHeading")}
      </h2>
      <p className="ds-paragraph mt-2">{f("withdrawBody")}</p>
      <form action={withdrawCaseAction} className="mt-4 grid gap-3">
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <input type="hidden" name="lang" value={lang} />
        {token ? <input type="hidden" name="token" value={token} /> : null}
        {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
        <div className="ds-field grid gap-1">
          <label htmlFor="withdraw-reason" className="ds-label">
            {f("withdrawReason")}
          </label>
          <textarea id="withdraw-reason" name="reason" rows={3} className="ds-input" required />
        </div>
        {/* Irreversible (issue 15 item 4): a reason and a ticked confirmation, checked on the server too. */}
        <div className="ds-field">
          <span className="flex items-center gap-2">
            <input id="withdraw-confirm" type="checkbox" name="confirm" value="on" className="ds-input" required />
            <label htmlFor="withdraw-confirm" className="ds-label" data-weight="regular">
              {f("withdrawConfirm")}
            </label>
          </span>
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {f("withdraw")}
          </button>
        </div>
      </form>
    </section>
  );
}
