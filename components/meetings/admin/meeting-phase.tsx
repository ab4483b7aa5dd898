// The content of one phase of a meeting's admin page. Each phase is a short list of small sections (one file per
// section); new sections of a phase are added here. Only the phase shown is rendered, so the page stays short.
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n";
import type { Phase } from "@/lib/meetings/phases";
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

export function MeetingPhase({ phase, measures, ...props }: SectionProps & { phase: Phase; measures: MeasureOption[] }) {
  const f = getMessages(props.lang).meetingFlow;
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
        {/* Attendance (oppmøte/forfall) goes first in this phase: the participation work adds its section here. */}
        <DecisionsSection {...props} measures={measures} />
        <HeldStep {...props} />
      </>
    ),
    referat: <MinutesSection {...props} />,
  };
  return (
    <div id="phase" data-testid={`phase-${phase}`} className="mt-6">
      <p className="ds-paragraph max-w-3xl" data-size="sm">
        {f.phaseLeads[phase]}
      </p>
      {sections[phase]}
    </div>
  );
}
