// The sections of a meeting's admin page (server components): saksliste, documents, decisions and minutes. Each
// write is a small ActionForm carrying the row's version where one exists.
import { SectionHeading } from "@/components/layout/page-header";
import { downloadPath } from "@/lib/documents/view";
import { DOCUMENT_KINDS, VISIBILITIES } from "@/lib/domain/vocabulary";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { fill, formatDate, formatDateTime, getMessages, localize, type Locale } from "@/lib/i18n";
import {
  addCaseItemAction,
  addStandingItemAction,
  approveMinutesAction,
  correctMinutesAction,
  moveItemAction,
  publishMinutesAction,
  recordDecisionAction,
  removeItemAction,
  saveMinutesDraftAction,
  uploadDocumentAction,
} from "@/lib/meetings/actions";
import type { AdminMeeting } from "@/lib/meetings/data";
import { htmlToMarkup } from "@/lib/meetings/markup";
import {
  canCorrectMinutes,
  canEditAgenda,
  canEditDocuments,
  canEditMinutesDraft,
  canRecordDecision,
  canTransition,
  type MeetingState,
} from "@/lib/meetings/policy";
import { STANDING_KINDS } from "@/lib/meetings/schema";
import { ActionForm, type FieldSpec } from "./action-form";
import { caseNumberText, fileSize } from "./labels";

type SectionProps = { lang: Locale; meeting: AdminMeeting; state: MeetingState };

const ACCEPT = ".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.gif,.webp,application/pdf";

function itemLabel(lang: Locale, item: AdminMeeting["agendaItems"][number]) {
  const number = caseNumberText(item.caseNumber);
  return `${number ? `${number} ` : ""}${localize(lang, item.title, item.titleNb)}`;
}

export function AgendaSection({ lang, meeting, state }: SectionProps) {
  const all = getMessages(lang);
  const m = all.meetingAdmin;
  const editable = canEditAgenda(state);
  const hidden = (itemId: string): FieldSpec[] => [
    { type: "hidden", name: "meetingId", value: meeting.id },
    { type: "hidden", name: "itemId", value: itemId },
  ];
  return (
    <section aria-labelledby="agenda-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="agenda-heading">{m.sections.agenda}</SectionHeading>
      {meeting.agendaItems.length === 0 ? <p className="ds-paragraph mt-3">{m.agendaEmpty}</p> : null}
      <ol className="mt-3 grid gap-3" data-testid="admin-agenda">
        {meeting.agendaItems.map((item, index) => {
          const title = itemLabel(lang, item);
          return (
            <li key={item.id} className="rounded-md border border-neutral-border-subtle p-3">
              <p className="font-semibold break-words">
                {index + 1}. {title}
              </p>
              <p className="ds-paragraph text-neutral-text-subtle" data-size="sm">
                {item.kind === "CASE" && item.caseNumber
                  ? fill(m.caseStatus, { status: all.labels.caseStatus[item.caseNumber.case.status] })
                  : m.standingKinds[item.kind as (typeof STANDING_KINDS)[number]]}
                {item.decision ? ` · ${m.hasDecision}` : ""}
              </p>
              {editable ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  {index > 0 ? (
                    <ActionForm
                      lang={lang}
                      id={`up-${item.id}`}
                      inline
                      variant="tertiary"
                      action={moveItemAction}
                      fields={[...hidden(item.id), { type: "hidden", name: "direction", value: "up" }]}
                      submit={
                        <>
                          {m.moveUp}
                          <span className="sr-only">: {title}</span>
                        </>
                      }
                    />
                  ) : null}
                  {index < meeting.agendaItems.length - 1 ? (
                    <ActionForm
                      lang={lang}
                      id={`down-${item.id}`}
                      inline
                      variant="tertiary"
                      action={moveItemAction}
                      fields={[...hidden(item.id), { type: "hidden", name: "direction", value: "down" }]}
                      submit={
                        <>
                          {m.moveDown}
                          <span className="sr-only">: {title}</span>
                        </>
                      }
                    />
                  ) : null}
                  {!item.decision ? (
                    <ActionForm
                      lang={lang}
                      id={`remove-${item.id}`}
                      inline
                      variant="tertiary"
                      danger
                      action={removeItemAction}
                      fields={hidden(item.id)}
                      submit={
                        <>
                          {m.remove}
                          <span className="sr-only">: {title}</span>
                        </>
                      }
                    />
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable ? (
        <>
          <p className="ds-paragraph mt-2" data-size="sm">
            {m.removeHint}
          </p>
          <details className="mt-6 rounded border border-neutral-border-subtle p-3" open={meeting.agendaItems.length === 0}>
            <summary className="cursor-pointer font-semibold">{m.sections.addCase}</summary>
            <div className="mt-4">
              <ActionForm
                lang={lang}
                id="add-case"
                action={addCaseItemAction}
                submit={m.buttons.addCase}
                fields={[
                  { type: "hidden", name: "meetingId", value: meeting.id },
                  { type: "text", name: "title", label: m.fields.caseTitle },
                  { type: "text", name: "titleNb", label: m.fields.caseTitleNb },
                  { type: "textarea", name: "description", label: m.fields.description, rows: 3 },
                ]}
              />
            </div>
          </details>
          <details className="mt-3 rounded border border-neutral-border-subtle p-3">
            <summary className="cursor-pointer font-semibold">{m.sections.addStanding}</summary>
            <div className="mt-4">
              <ActionForm
                lang={lang}
                id="add-standing"
                action={addStandingItemAction}
                submit={m.buttons.addItem}
                fields={[
                  { type: "hidden", name: "meetingId", value: meeting.id },
                  { type: "select", name: "kind", label: m.fields.kind, options: STANDING_KINDS.map((k) => ({ value: k, label: m.standingKinds[k] })) },
                  { type: "text", name: "title", label: m.fields.itemTitle },
                  { type: "text", name: "titleNb", label: m.fields.itemTitleNb },
                ]}
              />
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}

function documentFields(lang: Locale, meeting: AdminMeeting, doc?: AdminMeeting["documents"][number]): FieldSpec[] {
  const all = getMessages(lang);
  const m = all.meetingAdmin;
  return [
    { type: "hidden", name: "meetingId", value: meeting.id },
    ...(doc
      ? ([
          { type: "hidden", name: "documentId", value: doc.id },
          { type: "hidden", name: "version", value: String(doc.version) },
        ] as FieldSpec[])
      : []),
    { type: "file", name: "file", label: m.fields.file, accept: ACCEPT },
    { type: "text", name: "title", label: m.fields.docTitle, defaultValue: doc?.title ?? "" },
    { type: "text", name: "titleNb", label: m.fields.docTitleNb, defaultValue: doc?.titleNb ?? "" },
    {
      type: "select",
      name: "kind",
      label: m.fields.docKind,
      options: DOCUMENT_KINDS.filter((k) => k !== "MINUTES").map((k) => ({ value: k, label: all.labels.documentKind[k] })),
      defaultValue: doc?.kind ?? "CASE_PAPER",
    },
    {
      type: "select",
      name: "agendaItemId",
      label: m.fields.agendaItemId,
      options: [{ value: "", label: m.wholeMeeting }, ...meeting.agendaItems.map((i) => ({ value: i.id, label: itemLabel(lang, i) }))],
      defaultValue: doc?.agendaItemId ?? meeting.agendaItems.at(-1)?.id ?? "",
    },
    { type: "select", name: "visibility", label: m.fields.visibility, options: VISIBILITIES.map((v) => ({ value: v, label: m.visibility[v] })), defaultValue: doc?.visibility ?? "PUBLIC" },
    { type: "text", name: "legalBasis", label: m.fields.legalBasis, hint: m.hints.legalBasis, defaultValue: doc?.legalBasis ?? "" },
    { type: "date", name: "publicFrom", label: m.fields.publicFrom, defaultValue: doc?.publicFrom ? doc.publicFrom.toISOString().slice(0, 10) : "" },
    ...(doc ? ([{ type: "text", name: "changeNote", label: m.fields.changeNote }] as FieldSpec[]) : []),
  ];
}

export function DocumentsSection({ lang, meeting, state }: SectionProps) {
  const all = getMessages(lang);
  const m = all.meetingAdmin;
  const editable = canEditDocuments(state);
  const docs = meeting.documents;
  return (
    <section aria-labelledby="documents-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="documents-heading">{m.sections.documents}</SectionHeading>
      {docs.length === 0 ? <p className="ds-paragraph mt-3">{all.documents.none}</p> : null}
      <ul className="mt-3 grid gap-3" data-testid="admin-documents">
        {docs.map((doc) => (
          <li key={doc.id} className="rounded-md border border-neutral-border-subtle p-3">
            <p className="font-semibold break-words">
              {localize(lang, doc.title, doc.titleNb)} <span className="font-normal">({all.labels.documentKind[doc.kind]})</span>
            </p>
            <p className="ds-paragraph" data-size="sm">
              {doc.visibility === "PUBLIC" ? m.visibility.PUBLIC : fill(m.restricted, { visibility: m.visibility[doc.visibility], basis: doc.legalBasis ?? (doc.publicFrom ? formatDate(lang, doc.publicFrom, "short") : "") })}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer">{m.versions}</summary>
              <ul className="mt-2 grid gap-1">
                {doc.versions.map((v) => (
                  <li key={v.id} className="break-words">
                    <a className="ds-link" href={downloadPath(v.id)}>
                      {fill(m.versionLine, { number: v.number, file: v.fileName, size: fileSize(v.size), date: formatDateTime(lang, v.uploadedAt) })}
                    </a>
                    {v.changeNote ? ` – ${v.changeNote}` : ""}
                  </li>
                ))}
              </ul>
            </details>
            {editable && doc.kind !== "MINUTES" ? (
              <details className="mt-2">
                <summary className="cursor-pointer">{fill(m.newVersionOf, { title: localize(lang, doc.title, doc.titleNb) })}</summary>
                <div className="mt-3">
                  <ActionForm lang={lang} id={`version-${doc.id}`} action={uploadDocumentAction} submit={m.buttons.upload} fields={documentFields(lang, meeting, doc)} />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <details className="mt-6 rounded border border-neutral-border-subtle p-3" open={docs.length === 0 && meeting.agendaItems.length > 0}>
          <summary className="cursor-pointer font-semibold">{m.sections.upload}</summary>
          <div className="mt-4">
            <ActionForm lang={lang} id="upload" action={uploadDocumentAction} submit={m.buttons.upload} fields={documentFields(lang, meeting)} testId="upload-form" />
          </div>
        </details>
      ) : null}
    </section>
  );
}

type MeasureOption = { id: string; code: string; title: string; titleNb: string | null; part: { plan: { year: number } } };

export function DecisionsSection({ lang, meeting, state, measures }: SectionProps & { measures: MeasureOption[] }) {
  const all = getMessages(lang);
  const m = all.meetingAdmin;
  const open = canRecordDecision(state);
  const forwardable = meeting.body.kind !== "STRATEGIC_COMMITTEE";
  return (
    <section aria-labelledby="decisions-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="decisions-heading">{m.sections.decisions}</SectionHeading>
      {!open ? <p className="ds-paragraph mt-3">{m.decisionsClosed}</p> : null}
      {meeting.agendaItems.length === 0 ? <p className="ds-paragraph mt-3">{m.noDecisionItems}</p> : null}
      <ul className="mt-3 grid gap-4">
        {meeting.agendaItems.map((item) => {
          const d = item.decision;
          const label = itemLabel(lang, item);
          return (
            <li key={item.id} className="rounded-md border border-neutral-border-subtle p-3">
              <h3 className="ds-heading" data-size="2xs">
                {label}
              </h3>
              {d ? (
                <p className="mt-1" data-testid="admin-decision">
                  <strong>{all.labels.decisionKind[d.kind]}:</strong> {localize(lang, d.text, d.textNb)}
                </p>
              ) : (
                <p className="ds-paragraph mt-1">{m.noDecision}</p>
              )}
              {open ? (
                <details className="mt-2" open={!d}>
                  <summary className="cursor-pointer">{fill(m.decisionFor, { item: label })}</summary>
                  <div className="mt-3">
                    <ActionForm
                      lang={lang}
                      id={`decision-${item.id}`}
                      action={recordDecisionAction}
                      submit={m.buttons.saveDecision}
                      fields={[
                        { type: "hidden", name: "meetingId", value: meeting.id },
                        { type: "hidden", name: "agendaItemId", value: item.id },
                        { type: "hidden", name: "version", value: String(d?.version ?? 0) },
                        {
                          type: "radio",
                          name: "kind",
                          label: m.fields.decisionKind,
                          options: (["CONSENSUS", "DISAGREEMENT"] as const).map((k) => ({ value: k, label: all.labels.decisionKind[k] })),
                          defaultValue: d?.kind ?? "CONSENSUS",
                        },
                        { type: "textarea", name: "text", label: m.fields.text, defaultValue: d?.text ?? "", rows: 3 },
                        { type: "textarea", name: "textNb", label: m.fields.textNb, defaultValue: d?.textNb ?? "", rows: 3 },
                        { type: "textarea", name: "disagreementNote", label: m.fields.disagreementNote, defaultValue: d?.disagreementNote ?? "", rows: 2 },
                        ...(forwardable && item.caseNumber
                          ? ([{ type: "checkbox", name: "forwardToSsu", label: m.fields.forwardToSsu, defaultChecked: Boolean(d?.forwardedToBodyId) }] as FieldSpec[])
                          : []),
                        {
                          type: "checkboxes",
                          name: "measureIds",
                          label: m.fields.measureIds,
                          options: measures.map((x) => ({ value: x.id, label: `${x.part.plan.year} ${x.code} ${localize(lang, x.title, x.titleNb)}` })),
                          defaultValues: d?.measures.map((x) => x.measureId) ?? [],
                        },
                      ]}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function MinutesSection({ lang, meeting, state }: SectionProps) {
  const all = getMessages(lang);
  const m = all.meetingAdmin;
  const versions = meeting.minutes?.versions ?? [];
  const latest = versions[0];
  const minutesVersion = String(meeting.minutes?.version ?? 0);
  const step: FieldSpec[] = [
    { type: "hidden", name: "meetingId", value: meeting.id },
    { type: "hidden", name: "version", value: String(meeting.version) },
  ];
  const stateText = !latest
    ? m.minutesState.none
    : latest.publishedAt
      ? fill(m.minutesState.published, { date: formatDateTime(lang, latest.publishedAt), number: latest.number })
      : latest.approvedAt
        ? fill(m.minutesState.approved, { date: formatDateTime(lang, latest.approvedAt), number: latest.number })
        : fill(m.minutesState.draft, { number: latest.number });
  return (
    <section aria-labelledby="minutes-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="minutes-heading">{m.sections.minutes}</SectionHeading>
      <p className="ds-paragraph mt-3" data-testid="admin-minutes-state">
        {stateText}
      </p>
      {!canEditMinutesDraft(state) && !latest ? <p className="ds-paragraph mt-1">{m.minutesClosed}</p> : null}
      {latest ? (
        <div className="mt-4 rounded-md border border-neutral-border-subtle p-3">
          <h3 className="ds-heading" data-size="2xs">
            {m.preview}
          </h3>
          {latest.html ? (
            // Stored minutes HTML is rebuilt from the sanitiser's allow-list before it reaches the page.
            <div className="saman-prose mt-2 break-words" data-testid="minutes-preview" dangerouslySetInnerHTML={{ __html: sanitizeHtml(latest.html) }} />
          ) : (
            <p className="ds-paragraph mt-2">{m.previewEmpty}</p>
          )}
        </div>
      ) : null}
      {canEditMinutesDraft(state) ? (
        <div className="mt-4">
          <ActionForm
            lang={lang}
            id="minutes-draft"
            action={saveMinutesDraftAction}
            submit={m.buttons.saveDraft}
            variant="secondary"
            fields={[
              { type: "hidden", name: "meetingId", value: meeting.id },
              { type: "hidden", name: "version", value: minutesVersion },
              { type: "textarea", name: "body", label: m.fields.minutesBody, hint: m.hints.markup, rows: 12, defaultValue: latest && !latest.approvedAt ? htmlToMarkup(latest.html) : "" },
              { type: "file", name: "file", label: m.fields.minutesFile, accept: ACCEPT },
            ]}
          />
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-4">
        {canTransition(state, "MINUTES_APPROVED") && latest && !latest.approvedAt ? (
          <ActionForm lang={lang} id="approve-minutes" action={approveMinutesAction} fields={step} submit={m.buttons.approve} />
        ) : null}
        {canTransition(state, "MINUTES_PUBLISHED") ? <ActionForm lang={lang} id="publish-minutes" action={publishMinutesAction} fields={step} submit={m.buttons.publish} /> : null}
      </div>
      {canCorrectMinutes(state) && latest ? (
        <details className="mt-6 rounded border border-neutral-border-subtle p-3">
          <summary className="cursor-pointer font-semibold">{m.correctionHeading}</summary>
          <div className="mt-4">
            <ActionForm
              lang={lang}
              id="correct-minutes"
              action={correctMinutesAction}
              submit={m.buttons.correct}
              fields={[
                { type: "hidden", name: "meetingId", value: meeting.id },
                { type: "hidden", name: "version", value: minutesVersion },
                { type: "textarea", name: "body", label: m.fields.minutesBody, hint: m.hints.markup, rows: 12, defaultValue: htmlToMarkup(latest.html) },
                { type: "text", name: "changeNote", label: m.fields.correctionNote },
              ]}
            />
          </div>
        </details>
      ) : null}
      {versions.length > 1 ? (
        <details className="mt-4">
          <summary className="cursor-pointer">{m.history}</summary>
          <ul className="mt-2 grid gap-1">
            {versions.map((v) => (
              <li key={v.id}>
                {fill(m.historyLine, { number: v.number })}: {formatDateTime(lang, v.createdAt)}
                {v.changeNote ? ` – ${v.changeNote}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
