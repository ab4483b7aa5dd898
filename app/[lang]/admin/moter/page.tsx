import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { meetingNumberText } from "@/components/meetings/admin/labels";
import { getAdminBodies, getAdminMeetings } from "@/lib/meetings/data";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ organ?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/moter", getTranslator(lang)("meetingAdmin.title")), robots: { index: false } };
}

// The secretariat's meetings: one body's (or every body's) meetings, newest first, with their workflow status.
export default async function MeetingsAdminPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/moter");
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const { organ } = await searchParams;
  const bodies = await getAdminBodies();
  const body = bodies.find((b) => b.slug === organ) ?? null;
  const meetings = await getAdminMeetings(body?.id ?? null);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="meetings" />
      <div className="mt-8 flex flex-wrap items-end justify-between gap-4">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="ds-field flex flex-col gap-1">
            <label htmlFor="organ" className="ds-label" data-weight="medium">
              {m("filterBody")}
            </label>
            <select id="organ" name="organ" className="ds-input max-w-full" defaultValue={body?.slug ?? ""}>
              <option value="">{m("allBodies")}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.slug}>
                  {localize(lang, b.name, b.nameNb)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {m("show")}
          </button>
        </form>
        <span className="flex flex-wrap items-center gap-4">
          <NextLink href={href(lang, `/admin/moter/standardsaksliste${body ? `?organ=${body.slug}` : ""}`)} className="ds-link">
            {all("meetingFlow.standardTitle")}
          </NextLink>
          <NextLink href={href(lang, `/admin/moter/ny${body ? `?organ=${body.slug}` : ""}`)} className="ds-button" data-variant="primary">
            {m("newMeeting")}
          </NextLink>
        </span>
      </div>
      {meetings.length === 0 ? <p className="ds-paragraph mt-6">{m("none")}</p> : null}
      {/* On a narrow screen the table scrolls inside its own region (reachable by keyboard), not the page. */}
      <div className="mt-6 max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={m("title")}>
        <table className="ds-table w-full" data-testid="admin-meetings">
          <thead>
            <tr>
              <th scope="col">{m("columns.date")}</th>
              <th scope="col">{m("columns.body")}</th>
              <th scope="col">{m("columns.status")}</th>
              <th scope="col">{m("columns.items")}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td>
                  <NextLink className="ds-link" href={href(lang, `/admin/moter/${meeting.id}`)}>
                    {formatDate(lang, meeting.startsAt, "short")}
                    {meeting.title ? ` – ${meeting.title}` : ""}
                  </NextLink>
                </td>
                <td>{meetingNumberText(lang, meeting) ?? meeting.body.shortName}</td>
                <td>{meeting.cancelledAt ? m("cancelled") : all(`labels.meetingStatus.${meeting.status}`)}</td>
                <td>{meeting._count.agendaItems}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
