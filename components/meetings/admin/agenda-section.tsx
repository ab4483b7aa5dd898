// The saksliste section of a meeting's admin page: items in order, moving and removing them, adding case and
// standing items. Each write is a small ActionForm carrying the row's version where one exists.
import { SectionHeading } from "@/components/layout/page-header";
import { getTranslator } from "@/lib/i18n";
import { addCaseItemAction, addStandingItemAction, moveItemAction, removeItemAction } from "@/lib/meetings/actions";
import { canEditAgenda } from "@/lib/meetings/policy";
import { STANDING_KINDS } from "@/lib/meetings/schema";
import { ActionForm, type FieldSpec } from "./action-form";
import { AgendaMove } from "./agenda-move";
import { type SectionProps, itemLabel } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

export function AgendaSection({ lang, meeting, state }: SectionProps) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const editable = canEditAgenda(state);
  // Every agenda write carries the version and the lines this page showed: a save after another person's change is
  // refused with what they changed (issue 15: two secretaries on one agenda).
  const seen = JSON.stringify(meeting.agendaItems.map((i) => [i.id, itemLabel(lang, i)]));
  const guard: FieldSpec[] = [
    { type: "hidden", name: "meetingId", value: meeting.id },
    { type: "hidden", name: "version", value: String(meeting.version) },
    { type: "hidden", name: "seen", value: seen },
  ];
  const hidden = (itemId: string): FieldSpec[] => [...guard, { type: "hidden", name: "itemId", value: itemId }];
  return (
    <section aria-labelledby="agenda-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="agenda-heading">{m("sections.agenda")}</SectionHeading>
      {meeting.agendaItems.length === 0 ? <p className="ds-paragraph mt-3">{m("agendaEmpty")}</p> : null}
      <ol className="mt-3 grid gap-3" data-testid="admin-agenda">
        <ClientMessages lang={lang} for={["AgendaMove", "ActionForm"]}>{meeting.agendaItems.map((item, index) => {
          const title = itemLabel(lang, item);
          return (
            <li key={item.id} className="rounded-md border border-neutral-border-subtle p-3">
              <p className="font-semibold break-words">
                {index + 1}. {title}
              </p>
              <p className="ds-paragraph text-neutral-text-subtle" data-size="sm">
                {item.kind === "CASE" && item.caseNumber
                  ? m("caseStatus", { status: all(`labels.caseStatus.${item.caseNumber.case.status}`) })
                  : m(`standingKinds.${item.kind as (typeof STANDING_KINDS)[number]}`)}
                {item.decision ? ` · ${m("hasDecision")}` : ""}
              </p>
              {editable ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  <AgendaMove
                    lang={lang}
                    action={moveItemAction}
                    hidden={{ meetingId: meeting.id, itemId: item.id, version: String(meeting.version), seen }}
                    itemId={item.id}
                    title={title}
                    index={index}
                    count={meeting.agendaItems.length}
                  />
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
                          <span aria-hidden="true">{m("remove")}</span>
                          <span className="sr-only">{m("removeItem", { title })}</span>
                        </>
                      }
                    />
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}</ClientMessages>
      </ol>
      <ClientMessages lang={lang} for="ActionForm">{editable ? (
        <>
          <p className="ds-paragraph mt-2" data-size="sm">
            {m("removeHint")}
          </p>
          <details className="mt-6 rounded border border-neutral-border-subtle p-3" open={meeting.agendaItems.length === 0}>
            <summary className="cursor-pointer font-semibold">{m("sections.addCase")}</summary>
            <div className="mt-4">
              <ActionForm
                lang={lang}
                id="add-case"
                action={addCaseItemAction}
                submit={m("buttons.addCase")}
                fields={[
                  ...guard,
                  { type: "text", name: "title", label: m("fields.caseTitle") },
                  { type: "text", name: "titleNb", label: m("fields.caseTitleNb") },
                  { type: "textarea", name: "description", label: m("fields.description"), rows: 3 },
                ]}
              />
            </div>
          </details>
          <details className="mt-3 rounded border border-neutral-border-subtle p-3">
            <summary className="cursor-pointer font-semibold">{m("sections.addStanding")}</summary>
            <div className="mt-4">
              <ActionForm
                lang={lang}
                id="add-standing"
                action={addStandingItemAction}
                submit={m("buttons.addItem")}
                fields={[
                  ...guard,
                  { type: "select", name: "kind", label: m("fields.kind"), options: STANDING_KINDS.map((k) => ({ value: k, label: m(`standingKinds.${k}`) })) },
                  { type: "text", name: "title", label: m("fields.itemTitle") },
                  { type: "text", name: "titleNb", label: m("fields.itemTitleNb") },
                ]}
              />
            </div>
          </details>
        </>
      ) : null}</ClientMessages>
    </section>
  );
}
