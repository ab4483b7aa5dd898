// The meeting's details (title, date and time in Oslo time, place): the first form of the "førebu" phase.
import { SectionHeading } from "@/components/layout/page-header";
import { getMessages, osloIsoDate } from "@/lib/i18n";
import { updateMeetingAction } from "@/lib/meetings/actions";
import { canEditDetails } from "@/lib/meetings/policy";
import { ActionForm } from "./action-form";
import { osloTime } from "./labels";
import type { SectionProps } from "./section-props";

export function DetailsSection({ lang, meeting, state }: SectionProps) {
  const m = getMessages(lang).meetingAdmin;
  if (!canEditDetails(state)) return null;
  return (
    <section aria-labelledby="details-heading" className="mt-8 max-w-3xl">
      <SectionHeading id="details-heading">{m.sections.details}</SectionHeading>
      <div className="mt-4">
        <ActionForm
          lang={lang}
          id="meeting-details"
          action={updateMeetingAction}
          submit={m.buttons.save}
          variant="secondary"
          fields={[
            { type: "hidden", name: "meetingId", value: meeting.id },
            { type: "hidden", name: "version", value: String(meeting.version) },
            { type: "text", name: "title", label: m.fields.title, defaultValue: meeting.title ?? "" },
            { type: "date", name: "date", label: m.fields.date, defaultValue: osloIsoDate(meeting.startsAt) },
            { type: "time", name: "startTime", label: m.fields.startTime, defaultValue: osloTime(meeting.startsAt) },
            { type: "time", name: "endTime", label: m.fields.endTime, defaultValue: meeting.endsAt ? osloTime(meeting.endsAt) : "" },
            { type: "text", name: "location", label: m.fields.location, defaultValue: meeting.location ?? "" },
          ]}
        />
      </div>
    </section>
  );
}
