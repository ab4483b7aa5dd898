// What the secretariat should do next for a body, from the rules' results: the first breach's fix, else a warning's,
// else the note of what falls due next (S7, O5 …). Pure; shared by the compliance view and the body pages' summary.
import { getTranslator, type Locale } from "@/lib/i18n";
import { formatRuleMessage } from "./format";
import type { RuleResult, RuleStatus } from "./rules/types";

export function nextStep(lang: Locale, results: RuleResult[]): string | null {
  for (const status of ["breach", "warning"] as const) {
    const finding = results.find((r) => r.status === status)?.findings[0];
    if (finding) return formatRuleMessage(getTranslator(lang), lang, finding.fix ?? finding.message);
  }
  const due = results.filter((r) => r.due && r.notes.length).sort((a, b) => a.due!.localeCompare(b.due!))[0];
  return due ? formatRuleMessage(getTranslator(lang), lang, due.notes[0]!) : null;
}

/** Breaches and warnings (counted per finding) and the body's overall status. */
export function tally(results: RuleResult[]): { breaches: number; warnings: number; status: RuleStatus } {
  const count = (status: RuleStatus) => results.filter((r) => r.status === status).reduce((n, r) => n + r.findings.length, 0);
  const breaches = count("breach");
  const warnings = count("warning");
  return { breaches, warnings, status: breaches ? "breach" : warnings ? "warning" : "ok" };
}
