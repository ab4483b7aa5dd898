// One page for a mailed follow link (confirm, unsubscribe): what the link does and a button that does it – a GET never
// acts, since mail scanners open links – or, after the post, the outcome (it takes the focus).
import type { ReactNode } from "react";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { PageHeader } from "@/components/layout/page-header";

type Props = {
  title: string;
  lead: string;
  outcome: "ok" | "ugyldig" | undefined;
  done: string;
  invalid: string;
  valid: boolean;
  action: (form: FormData) => Promise<void>;
  lang: string;
  token: string;
  submit: string;
  /** Why the last post changed nothing (a fault, a limit): shown above the button, which stays to try again. */
  refusal?: string;
  after?: ReactNode;
};

export function TokenStep({ title, lead, outcome, done, invalid, valid, action, lang, token, submit, refusal, after }: Props) {
  return (
    <>
      <PageHeader title={title} lead={outcome || !valid ? undefined : lead} />
      {outcome === "ok" ? (
        <OutcomeMessage tone="success" className="mt-6 max-w-3xl">
          <p className="ds-paragraph">{done}</p>
        </OutcomeMessage>
      ) : outcome === "ugyldig" || !valid ? (
        <OutcomeMessage tone="warning" className="mt-6 max-w-3xl">
          <p className="ds-paragraph">{invalid}</p>
        </OutcomeMessage>
      ) : (
        <>
          {refusal ? (
            <OutcomeMessage tone="danger" className="mt-6 max-w-3xl">
              <p className="ds-paragraph">{refusal}</p>
            </OutcomeMessage>
          ) : null}
          <form action={action} className="mt-6">
            <input type="hidden" name="lang" value={lang} />
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="ds-button">
              {submit}
            </button>
          </form>
        </>
      )}
      {after}
    </>
  );
}
