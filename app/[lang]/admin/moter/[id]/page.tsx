import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { MeetingPhase } from "@/components/meetings/admin/meeting-phase";
import { PhaseNav } from "@/components/meetings/admin/phase-nav";
import { StatusSummary } from "@/components/meetings/admin/status-summary";
import { ArchiveLinks } from "@/components/meetings/workflow/archive-links";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getAdminMeeting, getMeasureOptions } from "@/lib/meetings/data";
import { meetingPath } from "@/lib/meetings/paths";
import { defaultPhase, parsePhase } from "@/lib/meetings/phases";
import type { MeetingState } from "@/lib/meetings/policy";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ fase?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/admin/moter/${id}`, getTranslator(lang)("meetingAdmin.title")), robots: { index: false } };
}

// One meeting's workspace in phases (førebu, innkall, møte, referat); `?fase=` picks the phase shown.
export default async function MeetingAdminPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  const viewer = await requirePagePermission("content.edit", lang, `/admin/moter/${id}`);
  const meeting = await getAdminMeeting(id);
  if (!meeting) notFound();
  const m = getTranslator(lang, "meetingAdmin");
  const state: MeetingState = { status: meeting.status, cancelled: meeting.cancelledAt !== null };
  const phase = parsePhase((await searchParams).fase) ?? defaultPhase(state);
  const measures = phase === "mote" ? await getMeasureOptions(Number(osloIsoDate(meeting.startsAt).slice(0, 4))) : [];
  const bodyName = localize(lang, meeting.body.name, meeting.body.nameNb);

  return (
    <>
      <PageHeader title={`${bodyName} ${formatDate(lang, meeting.startsAt, "long")}`} lead={meeting.title ?? undefined} />
      <AdminNav lang={lang} current="meetings" />
      <p className="ds-paragraph mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <NextLink className="ds-link" href={href(lang, "/admin/moter")}>
          {m("back")}
        </NextLink>
        <NextLink className="ds-link" href={href(lang, meetingPath(meeting.id))}>
          {m("publicPage")}
        </NextLink>
      </p>
      <StatusSummary lang={lang} meeting={meeting} />
      <PhaseNav lang={lang} meetingId={meeting.id} state={state} shown={phase} />
      <MeetingPhase lang={lang} meeting={meeting} state={state} phase={phase} measures={measures} now={new Date()} />
      <section aria-labelledby="archive-heading" className="mt-10 max-w-3xl">
        <SectionHeading id="archive-heading">{getTranslator(lang)("meetingWorkflow.archive.heading")}</SectionHeading>
        <div className="mt-3">
          <ArchiveLinks lang={lang} meetingId={meeting.id} status={meeting.status} viewer={viewer} />
        </div>
      </section>
    </>
  );
}
