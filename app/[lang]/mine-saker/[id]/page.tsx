import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CaseView } from "@/components/cases/case-view";
import { OutcomeNotice, param } from "@/components/cases/outcome-notice";
import { WithdrawForm } from "@/components/cases/withdraw-form";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { caseAttachments, caseForParty } from "@/lib/cases/data";
import { canWithdraw } from "@/lib/cases/workflow";
import { href, getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { title: getTranslator(lang)("cases.follow.status") };
}

// One of the party's own cases, as its submitter sees it; the party may withdraw it while it is undecided.
export default async function OwnCasePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await connection();
  const viewer = await requirePagePermission("case.follow", lang, `/mine-saker/${id}`);
  const c = await caseForParty(id);
  if (!c || !can(viewer, "case.follow", { partyId: c.submitterPartyId })) notFound();
  const f = getTranslator(lang, "cases.follow");
  const attachments = await caseAttachments(c.id, viewer);
  return (
    <>
      <PageHeader title={f("statusTitle", { reference: c.reference })} lead={c.title} />
      <OutcomeNotice lang={lang} outcome={param((await searchParams).utfall)} okText={f("withdrawn")} />
      <CaseView lang={lang} c={c} audience="submitter" attachments={attachments} />
      {canWithdraw(c.status) ? <WithdrawForm lang={lang} version={c.version} returnTo={href(lang, `/mine-saker/${id}`)} caseId={c.id} /> : null}
    </>
  );
}
