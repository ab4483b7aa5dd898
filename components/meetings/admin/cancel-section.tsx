// Cancelling the meeting (with a reason, shown publicly, and a confirmation), at the end of the "førebu" phase.
import { SectionHeading } from "@/components/layout/page-header";
import { getTranslator } from "@/lib/i18n";
import { cancelMeetingAction } from "@/lib/meetings/actions";
import { canCancel } from "@/lib/meetings/policy";
import { ActionForm } from "./action-form";
import type { SectionProps } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

export function CancelSection({ lang, meeting, state }: SectionProps) {
  const m = getTranslator(lang, "meetingAdmin");
  if (!canCancel(state)) return null;
  return (
    <section aria-labelledby="cancel-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="cancel-heading">{m("sections.cancel")}</SectionHeading>
      <div className="mt-4">
        <ClientMessages lang={lang} for="ActionForm"><ActionForm
          lang={lang}
          id="cancel-meeting"
          action={cancelMeetingAction}
          submit={m("buttons.cancel")}
          danger
          variant="secondary"
          fields={[
            { type: "hidden", name: "meetingId", value: meeting.id },
            { type: "hidden", name: "version", value: String(meeting.version) },
            { type: "textarea", name: "reason", label: m("fields.reason"), hint: m("hints.reason"), rows: 3 },
            { type: "checkbox", name: "confirm", label: m("fields.confirmCancel") },
          ]}
        /></ClientMessages>
      </div>
    </section>
  );
}
