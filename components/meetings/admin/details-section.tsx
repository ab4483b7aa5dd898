// The meeting's details (title, date and time in Oslo time, place): the first form of the "førebu" phase.
import { SectionHeading } from "@/components/layout/page-header";
import { osloIsoDate, getTranslator } from "@/lib/i18n";
import { renumberMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { canEditDetails } from "@/lib/meetings/policy";
import { ActionForm } from "./action-form";
import { osloTime } from "./labels";
import type { SectionProps } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

export function DetailsSection({ lang, meeting, state }: SectionProps) {
  const m = getTranslator(lang, "meetingAdmin");
  const f = getTranslator(lang, "meetingFlow");
  if (!canEditDetails(state)) return null;
  return (
    <section aria-labelledby="details-heading" className="mt-8 max-w-3xl">
      <SectionHeading id="details-heading">{m("sections.details")}</SectionHeading>
      <div className="mt-4">
        <ClientMessages lang={lang} for="ActionForm"><ActionForm
          lang={lang}
          id="meeting-details"
          action={updateMeetingAction}
          submit={m("buttons.save")}
          variant="secondary"
          fields={[
            { type: "hidden", name: "meetingId", value: meeting.id },
            { type: "hidden", name: "version", value: String(meeting.version) },
            { type: "text", name: "title", label: m("fields.title"), defaultValue: meeting.title ?? "" },
            { type: "date", name: "date", label: m("fields.date"), defaultValue: osloIsoDate(meeting.startsAt) },
            { type: "time", name: "startTime", label: m("fields.startTime"), defaultValue: osloTime(meeting.startsAt) },
            { type: "time", name: "endTime", label: m("fields.endTime"), defaultValue: meeting.endsAt ? osloTime(meeting.endsAt) : "" },
            { type: "text", name: "location", label: m("fields.location"), defaultValue: meeting.location ?? "" },
          ]}
        /></ClientMessages>
      </div>
      {meeting.number ? (
        <details className="mt-6 rounded border border-neutral-border-subtle p-3">
          <summary className="cursor-pointer font-semibold">{f("renumber")}</summary>
          <p className="ds-paragraph mt-2" data-size="sm">
            {f("renumberHint")}
          </p>
          <div className="mt-3">
            <ClientMessages lang={lang} for="ActionForm"><ActionForm
              lang={lang}
              id="renumber-meeting"
              action={renumberMeetingAction}
              submit={f("renumber")}
              variant="secondary"
              fields={[
                { type: "hidden", name: "meetingId", value: meeting.id },
                { type: "hidden", name: "version", value: String(meeting.version) },
                { type: "text", name: "number", label: f("newNumber"), defaultValue: String(meeting.number) },
                { type: "text", name: "reason", label: f("renumberReason") },
              ]}
            /></ClientMessages>
          </div>
        </details>
      ) : null}
    </section>
  );
}
