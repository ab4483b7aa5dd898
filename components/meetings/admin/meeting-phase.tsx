// The content of one phase of a meeting's admin page. Each phase is a short list of small sections (one file per
// section); new sections of a phase are added here. Only the phase shown is rendered, so the page stays short.
import type { ReactNode } from "react";
import { ParticipationAdminSection } from "@/components/participation/admin-section";
import { getTranslator } from "@/lib/i18n";
import type { Phase } from "@/lib/meetings/phases";
import { hasStarted } from "@/lib/meetings/policy";
import { startText } from "@/lib/meetings/refusal-text";
import { AgendaSection } from "./agenda-section";
import { CancelSection } from "./cancel-section";
import { DecisionsSection } from "./decisions-section";
import { DetailsSection } from "./details-section";
import { DocumentsSection } from "./documents-section";
import { HeldStep } from "./held-step";
import { MinutesSection } from "./minutes-section";
import { NoticeStep } from "./notice-step";
import type { SectionProps } from "./section-props";

type MeasureOption = Parameters<typeof DecisionsSection>[0]["measures"][number];

export function MeetingPhase({ phase, measures, now, ...props }: SectionProps & { phase: Phase; measures: MeasureOption[]; now: Date }) {
  const f = getTranslator(props.lang, "meetingFlow");
  // Issue 15 item 3: before the start, the phases that presume the meeting has happened say from when they open.
  const waits = !props.state.cancelled && !hasStarted(props.meeting.startsAt, now) ? startText(props.lang, props.meeting.startsAt) : null;
  const sections: Record<Phase, ReactNode> = {
    forebu: (
      <>
        <DetailsSection {...props} />
        <AgendaSection {...props} />
        <DocumentsSection {...props} />
        <CancelSection {...props} />
      </>
    ),
    innkall: <NoticeStep {...props} />,
    mote: (
      <>
        {waits ? (
          <p className="ds-alert mt-6 max-w-3xl" data-color="info" data-testid="phase-waits">
            {f("notStartedYet", { date: waits })}
          </p>
        ) : null}
        {/* Who comes (forfall, deputies) and the attendance register come first: decisions are made by those present. */}
        <ParticipationAdminSection lang={props.lang} meetingId={props.meeting.id} />
        <DecisionsSection {...props} measures={measures} />
        <HeldStep {...props} />
      </>
    ),
    referat: (
      <>
        {waits ? (
          <p className="ds-alert mt-6 max-w-3xl" data-color="info" data-testid="phase-waits">
            {f("minutesWait", { date: waits })}
          </p>
        ) : null}
        <MinutesSection {...props} />
      </>
    ),
  };
  return (
    <div id="phase" data-testid={`phase-${phase}`} className="mt-6">
      <p className="ds-paragraph max-w-3xl" data-size="sm">
        {f(`phaseLeads.${phase}`)}
      </p>
      {sections[phase]}
    </div>
  );
}
