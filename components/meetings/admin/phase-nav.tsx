// The phases of a meeting's admin page as a stepped list of links (?fase=…): works without JavaScript, each phase
// can be linked, the phase shown is marked with aria-current="step", and each step says its status in words.
import NextLink from "next/link";
import { href, type Locale, getTranslator } from "@/lib/i18n";
import type { MeetingState } from "@/lib/meetings/policy";
import { PHASES, phaseStatus, type Phase } from "@/lib/meetings/phases";

const TONE = { done: "bg-success-surface-tinted", current: "bg-accent-surface-tinted", upcoming: "", closed: "" } as const;

export function PhaseNav({ lang, meetingId, state, shown }: { lang: Locale; meetingId: string; state: MeetingState; shown: Phase }) {
  const f = getTranslator(lang, "meetingFlow");
  return (
    <nav aria-label={f("phasesLabel")} className="mt-6">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="meeting-phases">
        {PHASES.map((phase, i) => {
          const status = phaseStatus(phase, state);
          const current = phase === shown;
          return (
            <li key={phase} className="min-w-0">
              <NextLink
                href={href(lang, `/admin/moter/${meetingId}?fase=${phase}`)}
                aria-current={current ? "step" : undefined}
                className={`flex h-full flex-col rounded-md border-2 p-2 no-underline ${current ? "border-accent-base-default" : "border-neutral-border-subtle"} ${TONE[status]}`}
              >
                <span className="text-sm">{f("phaseOf", { n: i + 1, total: PHASES.length })}</span>
                <span className={`break-words ${current ? "font-bold underline" : "font-semibold"}`}>{f(`phases.${phase}`)}</span>
                <span className="text-sm">{f(`phaseStatus.${status}`)}</span>
              </NextLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
