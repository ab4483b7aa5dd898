// The approval step of the minutes in the meeting admin (issue 15 item 5): who approved, how and when; while the
// draft waits, the two ways to approve it – the leader in the portal (a link to send them), or the body at a later
// meeting, recorded here by the secretariat.
import { ActionForm } from "@/components/meetings/admin/action-form";
import { formatDate, formatDateTime, href, type Locale, getTranslator } from "@/lib/i18n";
import { recordBodyApprovalAction } from "@/lib/meetings/minutes/actions";
import { getLaterMeetings, getMinutesApprovals } from "@/lib/meetings/minutes/data";
import { canTransition, type MeetingState } from "@/lib/meetings/policy";
import { siteOrigin } from "@/lib/site-url";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { lang: Locale; meeting: { id: string; version: number }; state: MeetingState; hasDraft: boolean };

export async function MinutesApproval({ lang, meeting, state, hasDraft }: Props) {
  const m = getTranslator(lang, "meetingWorkflow.minutes");
  const [approvals, later] = await Promise.all([getMinutesApprovals(meeting.id), getLaterMeetings(meeting.id)]);
  const waiting = canTransition(state, "MINUTES_APPROVED") && hasDraft;
  if (!approvals.length && !waiting) return null;
  return (
    <div className="mt-4 grid gap-3" data-testid="minutes-approval">
      <h3 className="ds-heading" data-size="2xs">
        {m("approvalHeading")}
      </h3>
      {approvals.length ? (
        <ul className="grid gap-1">
          {approvals.map((a) => (
            <li key={a.number}>
              {a.approvalMethod === "LEADER" && a.approvedBy
                ? m("approvedBy", { name: a.approvedBy.name, date: formatDateTime(lang, a.approvedAt!) })
                : a.approvalMethod === "BODY_AT_MEETING" && a.approvedAtMeeting
                  ? m("approvedAtMeeting", { date: formatDate(lang, a.approvedAtMeeting.startsAt, "long") })
                  : m("approvedPlain", { date: formatDateTime(lang, a.approvedAt!) })}
            </li>
          ))}
        </ul>
      ) : null}
      <ClientMessages lang={lang} for="ActionForm">{waiting ? (
        <>
          <div>
            <p className="ds-paragraph font-semibold">{m("byLeader")}</p>
            <p className="ds-paragraph break-all" data-size="sm">
              {m("leaderLink", { link: `${siteOrigin()}${href(lang, `/mote/${meeting.id}/referat/godkjenn`)}` })}
            </p>
          </div>
          <div>
            <p className="ds-paragraph font-semibold">{m("byBody")}</p>
            {later.length ? (
              <ActionForm
                lang={lang}
                id="body-approval"
                action={recordBodyApprovalAction}
                submit={m("recordBodyApproval")}
                variant="secondary"
                fields={[
                  { type: "hidden", name: "meetingId", value: meeting.id },
                  { type: "hidden", name: "version", value: String(meeting.version) },
                  {
                    type: "select",
                    name: "atMeetingId",
                    label: m("approvalMeeting"),
                    options: later.map((x) => ({ value: x.id, label: `${formatDate(lang, x.startsAt, "long")}${x.title ? ` – ${x.title}` : ""}` })),
                  },
                ]}
              />
            ) : (
              <p className="ds-paragraph" data-size="sm">
                {m("noLaterMeeting")}
              </p>
            )}
          </div>
        </>
      ) : null}</ClientMessages>
    </div>
  );
}
