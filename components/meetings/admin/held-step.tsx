// Marking the meeting as held: the last step of the "møte" phase.
import { SectionHeading } from "@/components/layout/page-header";
import { getTranslator } from "@/lib/i18n";
import { markHeldAction } from "@/lib/meetings/actions";
import { canTransition } from "@/lib/meetings/policy";
import { ActionForm } from "./action-form";
import type { SectionProps } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

export function HeldStep({ lang, meeting, state }: SectionProps) {
  const m = getTranslator(lang, "meetingAdmin");
  if (!canTransition(state, "HELD")) return null;
  return (
    <section aria-labelledby="held-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="held-heading">{m("buttons.markHeld")}</SectionHeading>
      <div className="mt-4">
        <ClientMessages lang={lang} for="ActionForm"><ActionForm
          lang={lang}
          id="mark-held"
          action={markHeldAction}
          fields={[
            { type: "hidden", name: "meetingId", value: meeting.id },
            { type: "hidden", name: "version", value: String(meeting.version) },
          ]}
          submit={m("buttons.markHeld")}
          variant="secondary"
        /></ClientMessages>
      </div>
    </section>
  );
}
