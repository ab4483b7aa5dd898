import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { ActionForm } from "@/components/meetings/admin/action-form";
import { requirePagePermission } from "@/lib/auth/guard";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { leaderApprovalAction } from "@/lib/meetings/minutes/actions";
import { getMinutesForApproval, leadsBody } from "@/lib/meetings/minutes/data";
import { canTransition } from "@/lib/meetings/policy";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/mote/${id}/referat/godkjenn`, getTranslator(lang)("meetingWorkflow.minutes.leaderPageTitle")), robots: { index: false } };
}

// The meeting leader reads the minutes draft and approves it (issue 15 item 5). Signed-in members only; the approval
// itself requires the LEADER seat of the meeting's body (checked again in the mutation).
export default async function LeaderApprovalPage({ params }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await connection();
  const viewer = await requirePagePermission("minutes.approve", lang, `/mote/${id}/referat/godkjenn`);
  const meeting = await getMinutesForApproval(id);
  if (!meeting) notFound();
  const m = getTranslator(lang, "meetingWorkflow.minutes");
  const bodyName = localize(lang, meeting.body.name, meeting.body.nameNb);
  const title = `${bodyName} ${formatDate(lang, meeting.startsAt, "long")}`;
  const leader = await leadsBody(viewer.userId, meeting.bodyId);
  const latest = meeting.minutes?.versions[0] ?? null;
  const open = canTransition({ status: meeting.status, cancelled: meeting.cancelledAt !== null }, "MINUTES_APPROVED") && latest && !latest.approvedAt;
  return (
    <>
      <PageHeader title={m("leaderHeading", { meeting: title })} lead={leader && open ? m("leaderLead", { body: bodyName }) : undefined} />
      <p className="ds-paragraph mt-4">
        <NextLink className="ds-link" href={href(lang, `/mote/${id}`)}>
          {title}
        </NextLink>
      </p>
      <div className="mt-6 max-w-3xl">
        {!leader ? (
          <p className="ds-paragraph" data-testid="leader-approval-state">
            {m("leaderNotYou")}
          </p>
        ) : latest?.approvedAt ? (
          <p className="ds-alert" data-color="success" data-testid="leader-approval-state">
            {m("leaderAlready")}
          </p>
        ) : !open || !latest ? (
          <p className="ds-paragraph" data-testid="leader-approval-state">
            {m("leaderNothing")}
          </p>
        ) : (
          <>
            <div className="saman-prose rounded-md border border-neutral-border-subtle p-3 break-words" lang="nn" data-testid="leader-draft" dangerouslySetInnerHTML={{ __html: sanitizeHtml(latest.html) }} />
            <div className="mt-6">
              <ClientMessages lang={lang} for="ActionForm"><ActionForm
                lang={lang}
                id="leader-approval"
                action={leaderApprovalAction}
                submit={m("leaderApprove")}
                fields={[
                  { type: "hidden", name: "meetingId", value: meeting.id },
                  { type: "hidden", name: "version", value: String(meeting.minutes?.version ?? 0) },
                ]}
              /></ClientMessages>
            </div>
          </>
        )}
      </div>
    </>
  );
}
