// "Det eg følgjer" (issue 16.5): what an address follows, each with a button to stop it. Used by the signed-in page
// and the page a mailed manage link opens (the token then rides along in the form).
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { PageHeader } from "@/components/layout/page-header";
import type { FollowRow } from "@/lib/follow/data";
import { stopFollowAction } from "@/lib/follow/actions";
import { type Locale, getTranslator } from "@/lib/i18n";

export function ManageList({ lang, rows, token, stopped, invalid, refusal }: { lang: Locale; rows: FollowRow[] | null; token?: string; stopped?: string; invalid?: boolean; refusal?: string }) {
  const m = getTranslator(lang, "follow");
  return (
    <>
      <PageHeader title={m("manage.title")} lead={rows ? m("manage.lead") : undefined} />
      {stopped ? (
        <OutcomeMessage tone="success" className="mt-6 max-w-3xl">
          <p className="ds-paragraph">{m("manage.stopped", { name: stopped })}</p>
        </OutcomeMessage>
      ) : null}
      {refusal ? (
        <OutcomeMessage tone="danger" className="mt-6 max-w-3xl">
          <p className="ds-paragraph">{refusal}</p>
        </OutcomeMessage>
      ) : null}
      {invalid || !rows ? (
        <OutcomeMessage tone="warning" className="mt-6 max-w-3xl">
          <p className="ds-paragraph">{m("manage.invalid")}</p>
        </OutcomeMessage>
      ) : rows.length === 0 ? (
        <p className="ds-paragraph mt-6">{m("manage.none")}</p>
      ) : (
        <ul className="mt-6 flex max-w-3xl flex-col gap-4" aria-label={m("manage.title")}>
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 border-b border-gray-300 pb-3">
              <span>
                <span className="font-semibold">{m(`target.${row.target}`)}:</span> {row.name}{" "}
                <span className="text-sm">({row.confirmed ? m(`manage.frequency.${row.frequency}`) : m("manage.pending")})</span>
              </span>
              <form action={stopFollowAction}>
                <input type="hidden" name="lang" value={lang} />
                <input type="hidden" name="followId" value={row.id} />
                <input type="hidden" name="name" value={row.name.slice(0, 200)} />
                {token ? <input type="hidden" name="token" value={token} /> : null}
                <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" aria-label={m("manage.stop", { name: row.name })}>
                  {m("manage.stop", { name: "" }).trim()}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
