// The short compliance summary on a body's public page, for its members and the secretariat (the public sees the
// composition only): overall status, counts, what to do next, and a link to the full view. A reading page, so plain
// HTML with Designsystemet's CSS classes – no client bundle.
import { href, type Locale, getTranslator } from "@/lib/i18n";
import { nextStep, tally } from "@/lib/membership/next-step";
import type { RuleResult, RuleStatus } from "@/lib/membership/rules";

const COLOR: Record<RuleStatus, string> = { ok: "success", warning: "warning", breach: "danger", info: "info" };

export function ComplianceSummary({ lang, slug, shortName, results }: { lang: Locale; slug: string; shortName: string; results: RuleResult[] }) {
  const m = getTranslator(lang, "compliance");
  const { breaches, warnings, status } = tally(results);
  const step = nextStep(lang, results);
  return (
    <section aria-labelledby="compliance-summary" className="mt-10 max-w-3xl" data-testid="compliance-summary" data-status={status}>
      <h2 id="compliance-summary" className="ds-heading saman-section-title" data-size="sm">
        {m("bodySummaryHeading")}
      </h2>
      <p className="ds-paragraph mt-3 flex flex-wrap items-center gap-2">
        <span className="ds-tag" data-color={COLOR[status]} data-size="sm">
          {m(`status.${status}`)}
        </span>
        <span>{m("summary", { breaches, warnings })}</span>
      </p>
      <p className="ds-paragraph mt-2">{step ? m("nextStep", { text: step }) : m("nothingToDo")}</p>
      <p className="ds-paragraph mt-2">
        <a className="ds-link" href={href(lang, `/samsvar/${encodeURIComponent(slug)}`)}>
          {m("details", { body: shortName })}
        </a>
      </p>
      <p className="ds-paragraph mt-2 text-neutral-text-subtle" data-size="sm">
        {m("bodySummaryAudience")}
      </p>
    </section>
  );
}
