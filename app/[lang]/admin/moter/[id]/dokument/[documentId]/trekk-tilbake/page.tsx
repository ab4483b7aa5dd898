import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { ActionForm } from "@/components/meetings/admin/action-form";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { withdrawDocumentAction } from "@/lib/meetings/documents/actions";
import { getMeetingDocument } from "@/lib/meetings/documents/data";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string; documentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id, documentId } = await params;
  return { ...pageMetadata(lang, `/admin/moter/${id}/dokument/${documentId}/trekk-tilbake`, getTranslator(lang)("meetingWorkflow.documents.withdrawTitle")), robots: { index: false } };
}

// The confirmation step of withdrawing a paper: what it is, what withdrawing means, the public reason, one button.
// A page of its own, so the step works the same without JavaScript (issue 15 item 4).
export default async function WithdrawDocumentPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id, documentId } = await params;
  await requirePagePermission("content.edit", lang, `/admin/moter/${id}/dokument/${documentId}/trekk-tilbake`);
  const doc = await getMeetingDocument(id, documentId);
  if (!doc) notFound();
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingWorkflow.documents");
  const title = localize(lang, doc.title, doc.titleNb);
  const done = (await searchParams).trekt === "1";
  return (
    <>
      <PageHeader title={m("withdrawHeading", { title })} lead={doc.withdrawnAt ? undefined : m("withdrawLead")} />
      <AdminNav lang={lang} current="meetings" />
      <p className="ds-paragraph mt-4">
        <NextLink className="ds-link" href={href(lang, `/admin/moter/${id}`)}>
          {all("meetingWorkflow.notice.back")}
        </NextLink>
      </p>
      <div className="mt-6 max-w-3xl">
        <p className="ds-paragraph">
          {all(`labels.documentKind.${doc.kind}`)}
          {doc.versions[0] ? `: ${doc.versions[0].fileName} (${all("documents.version", { number: doc.versions[0].number })})` : ""}
        </p>
        {doc.withdrawnAt ? (
          <div className="ds-alert mt-4" data-color={done ? "success" : "info"} role={done ? "status" : undefined} data-testid="withdrawn-state">
            <p className="ds-paragraph">{m("alreadyWithdrawn", { date: formatDate(lang, doc.withdrawnAt, "long"), reason: doc.withdrawalReason ?? "" })}</p>
          </div>
        ) : (
          <div className="mt-4">
            <ClientMessages lang={lang} for="ActionForm"><ActionForm
              lang={lang}
              id="withdraw-document"
              action={withdrawDocumentAction}
              submit={m("confirmWithdraw")}
              danger
              testId="withdraw-document"
              fields={[
                { type: "hidden", name: "meetingId", value: id },
                { type: "hidden", name: "documentId", value: doc.id },
                { type: "hidden", name: "version", value: String(doc.version) },
                { type: "textarea", name: "reason", label: m("reason"), hint: m("reasonHint"), rows: 3 },
              ]}
            /></ClientMessages>
          </div>
        )}
      </div>
    </>
  );
}
