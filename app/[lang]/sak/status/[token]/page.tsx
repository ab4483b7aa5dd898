import type { Metadata } from "next";
import { connection } from "next/server";
import { CaseView } from "@/components/cases/case-view";
import { OutcomeNotice, param } from "@/components/cases/outcome-notice";
import { WithdrawForm } from "@/components/cases/withdraw-form";
import { PageHeader } from "@/components/layout/page-header";
import { getViewer } from "@/lib/auth/data";
import { caseAttachments, caseByStatusToken } from "@/lib/cases/data";
import { canWithdraw } from "@/lib/cases/workflow";
import { href, getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The private status link: whoever holds the token (only its sha256 is stored) sees status, history, route and
// decision – never internal fields – and may withdraw the case. Never indexed.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { title: getTranslator(lang)("cases.follow.status"), robots: { index: false, follow: false } };
}

export default async function CaseStatusPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { token } = await params;
  await connection();
  const f = getTranslator(lang, "cases.follow");
  const c = await caseByStatusToken(token);
  if (!c) {
    return (
      <div data-testid="case-status-missing">
        <PageHeader title={f("notFoundTitle")} lead={f("notFoundBody")} />
      </div>
    );
  }
  // The link alone does not open the attachments: they download for the submitting party and the secretariat.
  const attachments = await caseAttachments(c.id, await getViewer());
  return (
    <>
      <PageHeader title={f("statusTitle", { reference: c.reference })} lead={c.title} />
      <OutcomeNotice lang={lang} outcome={param((await searchParams).utfall)} okText={f("withdrawn")} />
      <CaseView lang={lang} c={c} audience="submitter" attachments={attachments} />
      {canWithdraw(c.status) ? <WithdrawForm lang={lang} version={c.version} returnTo={href(lang, `/sak/status/${token}`)} token={token} /> : null}
    </>
  );
}
