// The papers section of a meeting's admin page: documents with their versions, uploading new ones and new versions.
import { SectionHeading } from "@/components/layout/page-header";
import { downloadPath } from "@/lib/documents/view";
import { DOCUMENT_KINDS, VISIBILITIES } from "@/lib/domain/vocabulary";
import { formatDateTime, localize, osloIsoDate, type Locale, getTranslator } from "@/lib/i18n";
import { uploadDocumentAction } from "@/lib/meetings/actions";
import type { AdminMeeting } from "@/lib/meetings/data";
import { canEditDocuments } from "@/lib/meetings/policy";
import { ActionForm, type FieldSpec } from "./action-form";
import { BundleLinks } from "@/components/meetings/workflow/bundle-links";
import { DocumentAdminMarks } from "@/components/meetings/workflow/document-admin-marks";
import { fileSize, osloTime } from "./labels";
import { type SectionProps, ACCEPT, itemLabel } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

function documentFields(lang: Locale, meeting: AdminMeeting, doc?: AdminMeeting["documents"][number]): FieldSpec[] {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  return [
    { type: "hidden", name: "meetingId", value: meeting.id },
    ...(doc
      ? ([
          { type: "hidden", name: "documentId", value: doc.id },
          { type: "hidden", name: "version", value: String(doc.version) },
        ] as FieldSpec[])
      : []),
    { type: "file", name: "file", label: m("fields.file"), accept: ACCEPT },
    { type: "text", name: "title", label: m("fields.docTitle"), defaultValue: doc?.title ?? "" },
    { type: "text", name: "titleNb", label: m("fields.docTitleNb"), defaultValue: doc?.titleNb ?? "" },
    {
      type: "select",
      name: "kind",
      label: m("fields.docKind"),
      options: DOCUMENT_KINDS.filter((k) => k !== "MINUTES").map((k) => ({ value: k, label: all(`labels.documentKind.${k}`) })),
      defaultValue: doc?.kind ?? "CASE_PAPER",
    },
    {
      type: "select",
      name: "agendaItemId",
      label: m("fields.agendaItemId"),
      options: [{ value: "", label: m("wholeMeeting") }, ...meeting.agendaItems.map((i) => ({ value: i.id, label: itemLabel(lang, i) }))],
      defaultValue: doc?.agendaItemId ?? meeting.agendaItems.at(-1)?.id ?? "",
    },
    { type: "select", name: "visibility", label: m("fields.visibility"), options: VISIBILITIES.map((v) => ({ value: v, label: m(`visibility.${v}`) })), defaultValue: doc?.visibility ?? "PUBLIC" },
    { type: "text", name: "legalBasis", label: m("fields.legalBasis"), hint: m("hints.legalBasis"), defaultValue: doc?.legalBasis ?? "" },
    { type: "date", name: "publicFrom", label: m("fields.publicFrom"), defaultValue: doc?.publicFrom ? osloIsoDate(doc.publicFrom) : "" },
    { type: "time", name: "publicFromTime", label: all("meetingFlow.publicFromTime"), defaultValue: doc?.publicFrom ? osloTime(doc.publicFrom) : "" },
    ...(doc ? ([{ type: "text", name: "changeNote", label: all("meetingWorkflow.documents.correctionNote"), hint: all("meetingWorkflow.documents.correctHint") }] as FieldSpec[]) : []),
  ];
}

export function DocumentsSection({ lang, meeting, state }: SectionProps) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const editable = canEditDocuments(state);
  const docs = meeting.documents;
  return (
    <section aria-labelledby="documents-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="documents-heading">{m("sections.documents")}</SectionHeading>
      {docs.length === 0 ? <p className="ds-paragraph mt-3">{all("documents.none")}</p> : null}
      <div className="mt-3">
        <BundleLinks lang={lang} meetingId={meeting.id} members />
      </div>
      <ul className="mt-3 grid gap-3" data-testid="admin-documents">
        <ClientMessages lang={lang} for="ActionForm">{docs.map((doc) => (
          <li key={doc.id} className="rounded-md border border-neutral-border-subtle p-3">
            <p className="font-semibold break-words">
              {localize(lang, doc.title, doc.titleNb)} <span className="font-normal">({all(`labels.documentKind.${doc.kind}`)})</span>
            </p>
            <p className="ds-paragraph" data-size="sm">
              {doc.visibility === "PUBLIC" ? m("visibility.PUBLIC") : m("restricted", { visibility: m(`visibility.${doc.visibility}`), basis: doc.legalBasis ?? (doc.publicFrom ? formatDateTime(lang, doc.publicFrom, null, "short") : "") })}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer">{m("versions")}</summary>
              <ul className="mt-2 grid gap-1">
                {doc.versions.map((v) => (
                  <li key={v.id} className="break-words">
                    <a className="ds-link" href={downloadPath(v.id)}>
                      {m("versionLine", { number: v.number, file: v.fileName, size: fileSize(v.size), date: formatDateTime(lang, v.uploadedAt) })}
                    </a>
                    {v.changeNote ? ` – ${v.changeNote}` : ""}
                  </li>
                ))}
              </ul>
            </details>
            <DocumentAdminMarks lang={lang} meetingId={meeting.id} doc={doc} cancelled={state.cancelled} />
            {!state.cancelled && !doc.withdrawnAt && doc.kind !== "MINUTES" ? (
              <details className="mt-2">
                <summary className="cursor-pointer">{m("newVersionOf", { title: localize(lang, doc.title, doc.titleNb) })}</summary>
                <div className="mt-3">
                  <ActionForm lang={lang} id={`version-${doc.id}`} action={uploadDocumentAction} submit={m("buttons.upload")} fields={documentFields(lang, meeting, doc)} />
                </div>
              </details>
            ) : null}
          </li>
        ))}</ClientMessages>
      </ul>
      {editable ? (
        <details className="mt-6 rounded border border-neutral-border-subtle p-3" open={docs.length === 0 && meeting.agendaItems.length > 0}>
          <summary className="cursor-pointer font-semibold">{m("sections.upload")}</summary>
          <div className="mt-4">
            <ClientMessages lang={lang} for="ActionForm"><ActionForm lang={lang} id="upload" action={uploadDocumentAction} submit={m("buttons.upload")} fields={documentFields(lang, meeting)} testId="upload-form" /></ClientMessages>
          </div>
        </details>
      ) : null}
    </section>
  );
}
