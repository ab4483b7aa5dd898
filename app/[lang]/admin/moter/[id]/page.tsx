import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { ActionForm } from "@/components/meetings/admin/action-form";
import { AgendaSection, DecisionsSection, DocumentsSection, MinutesSection } from "@/components/meetings/admin/sections";
import { NoticeLink } from "@/components/meetings/workflow/notice-link";
import { osloTime } from "@/components/meetings/admin/labels";
import { requirePagePermission } from "@/lib/auth/guard";
import { fill, formatDate, formatDateTime, getMessages, href, localize, osloIsoDate } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { cancelMeetingAction, markHeldAction, updateMeetingAction } from "@/lib/meetings/actions";
import { getAdminMeeting, getMeasureOptions } from "@/lib/meetings/data";
import { meetingPath } from "@/lib/meetings/paths";
import { canCancel, canEditDetails, canTransition, type MeetingState } from "@/lib/meetings/policy";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/admin/moter/${id}`, getMessages(lang).meetingAdmin.title), robots: { index: false } };
}

// One meeting's workspace: details, workflow, saksliste, papers, decisions and minutes, each a small form.
export default async function MeetingAdminPage({ params }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await requirePagePermission("content.edit", lang, `/admin/moter/${id}`);
  const meeting = await getAdminMeeting(id);
  if (!meeting) notFound();
  const all = getMessages(lang);
  const m = all.meetingAdmin;
  const state: MeetingState = { status: meeting.status, cancelled: meeting.cancelledAt !== null };
  const year = Number(osloIsoDate(meeting.startsAt).slice(0, 4));
  const measures = await getMeasureOptions(year);
  const bodyName = localize(lang, meeting.body.name, meeting.body.nameNb);
  const step = () => [
    { type: "hidden" as const, name: "meetingId", value: meeting.id },
    { type: "hidden" as const, name: "version", value: String(meeting.version) },
  ];

  return (
    <>
      <PageHeader title={`${bodyName} ${formatDate(lang, meeting.startsAt, "long")}`} lead={meeting.title ?? undefined} />
      <AdminNav lang={lang} current="meetings" />
      <p className="ds-paragraph mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <NextLink className="ds-link" href={href(lang, "/admin/moter")}>
          {m.back}
        </NextLink>
        <NextLink className="ds-link" href={href(lang, meetingPath(meeting.id))}>
          {m.publicPage}
        </NextLink>
      </p>

      <section aria-labelledby="status-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="status-heading">{m.sections.status}</SectionHeading>
        <p className="ds-paragraph mt-3">
          {m.status}: <strong data-testid="admin-meeting-status">{meeting.cancelledAt ? m.cancelled : all.labels.meetingStatus[meeting.status]}</strong>
        </p>
        <p className="ds-paragraph mt-1">{meeting.cancelledAt ? fill(m.cancelledNotice, { reason: meeting.cancellationReason ?? "" }) : m.stepHelp[meeting.status]}</p>
        {meeting.noticeSentAt ? <p className="ds-paragraph mt-1">{fill(m.noticeSentAt, { date: formatDateTime(lang, meeting.noticeSentAt) })}</p> : null}
        {meeting.status === "PLANNED" && !meeting.cancelledAt ? <p className="ds-paragraph mt-1">{m.draftNotice}</p> : null}
        <div className="mt-4 flex flex-wrap gap-4">
          {canTransition(state, "NOTICE_SENT") || meeting.noticeSentAt ? <NoticeLink lang={lang} meetingId={meeting.id} sent={meeting.noticeSentAt !== null} /> : null}
          {canTransition(state, "HELD") ? (
            <ActionForm lang={lang} id="mark-held" action={markHeldAction} fields={step()} submit={m.buttons.markHeld} variant="secondary" />
          ) : null}
        </div>
      </section>

      {canEditDetails(state) ? (
        <section aria-labelledby="details-heading" className="mt-10 max-w-3xl">
          <SectionHeading id="details-heading">{m.sections.details}</SectionHeading>
          <div className="mt-4">
            <ActionForm
              lang={lang}
              id="meeting-details"
              action={updateMeetingAction}
              submit={m.buttons.save}
              variant="secondary"
              fields={[
                ...step(),
                { type: "text", name: "title", label: m.fields.title, defaultValue: meeting.title ?? "" },
                { type: "date", name: "date", label: m.fields.date, defaultValue: osloIsoDate(meeting.startsAt) },
                { type: "time", name: "startTime", label: m.fields.startTime, defaultValue: osloTime(meeting.startsAt) },
                { type: "time", name: "endTime", label: m.fields.endTime, defaultValue: meeting.endsAt ? osloTime(meeting.endsAt) : "" },
                { type: "text", name: "location", label: m.fields.location, defaultValue: meeting.location ?? "" },
              ]}
            />
          </div>
        </section>
      ) : null}

      <AgendaSection lang={lang} meeting={meeting} state={state} />
      <DocumentsSection lang={lang} meeting={meeting} state={state} />
      <DecisionsSection lang={lang} meeting={meeting} state={state} measures={measures} />
      <MinutesSection lang={lang} meeting={meeting} state={state} />

      {canCancel(state) ? (
        <section aria-labelledby="cancel-heading" className="mt-10 max-w-3xl">
          <SectionHeading id="cancel-heading">{m.sections.cancel}</SectionHeading>
          <div className="mt-4">
            <ActionForm
              lang={lang}
              id="cancel-meeting"
              action={cancelMeetingAction}
              submit={m.buttons.cancel}
              danger
              variant="secondary"
              fields={[...step(), { type: "textarea", name: "reason", label: m.fields.reason, hint: m.hints.reason, rows: 3 }]}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
