// The decisions section of a meeting's admin page: a decision per agenda item (G6), linked to action-plan measures.
import { SectionHeading } from "@/components/layout/page-header";
import { localize, getTranslator } from "@/lib/i18n";
import { recordDecisionAction } from "@/lib/meetings/actions";
import { canRecordDecision } from "@/lib/meetings/policy";
import { ActionForm, type FieldSpec } from "./action-form";
import { type SectionProps, itemLabel } from "./section-props";
import { ClientMessages } from "@/components/i18n/client-messages";

type MeasureOption = { id: string; code: string; title: string; titleNb: string | null; part: { plan: { year: number } } };

export function DecisionsSection({ lang, meeting, state, measures }: SectionProps & { measures: MeasureOption[] }) {
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const open = canRecordDecision(state);
  const forwardable = meeting.body.kind !== "STRATEGIC_COMMITTEE";
  return (
    <section aria-labelledby="decisions-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="decisions-heading">{m("sections.decisions")}</SectionHeading>
      {!open ? <p className="ds-paragraph mt-3">{m("decisionsClosed")}</p> : null}
      {meeting.agendaItems.length === 0 ? <p className="ds-paragraph mt-3">{m("noDecisionItems")}</p> : null}
      <ul className="mt-3 grid gap-4">
        <ClientMessages lang={lang} for="ActionForm">{meeting.agendaItems.map((item) => {
          const d = item.decision;
          const label = itemLabel(lang, item);
          return (
            <li key={item.id} className="rounded-md border border-neutral-border-subtle p-3">
              <h3 className="ds-heading" data-size="2xs">
                {label}
              </h3>
              {d ? (
                <p className="mt-1" data-testid="admin-decision">
                  <strong>{all(`labels.decisionKind.${d.kind}`)}:</strong> {localize(lang, d.text, d.textNb)}
                </p>
              ) : (
                <p className="ds-paragraph mt-1">{m("noDecision")}</p>
              )}
              {open ? (
                <details className="mt-2" open={!d}>
                  <summary className="cursor-pointer">{m("decisionFor", { item: label })}</summary>
                  <div className="mt-3">
                    <ActionForm
                      lang={lang}
                      id={`decision-${item.id}`}
                      action={recordDecisionAction}
                      submit={m("buttons.saveDecision")}
                      fields={[
                        { type: "hidden", name: "meetingId", value: meeting.id },
                        { type: "hidden", name: "agendaItemId", value: item.id },
                        { type: "hidden", name: "version", value: String(d?.version ?? 0) },
                        {
                          type: "radio",
                          name: "kind",
                          label: m("fields.decisionKind"),
                          options: (["CONSENSUS", "DISAGREEMENT"] as const).map((k) => ({ value: k, label: all(`labels.decisionKind.${k}`) })),
                          defaultValue: d?.kind ?? "CONSENSUS",
                        },
                        { type: "textarea", name: "text", label: m("fields.text"), defaultValue: d?.text ?? "", rows: 3 },
                        { type: "textarea", name: "textNb", label: m("fields.textNb"), defaultValue: d?.textNb ?? "", rows: 3 },
                        { type: "textarea", name: "disagreementNote", label: m("fields.disagreementNote"), defaultValue: d?.disagreementNote ?? "", rows: 2 },
                        ...(forwardable && item.caseNumber
                          ? ([{ type: "checkbox", name: "forwardToSsu", label: m("fields.forwardToSsu"), defaultChecked: Boolean(d?.forwardedToBodyId) }] as FieldSpec[])
                          : []),
                        {
                          type: "checkboxes",
                          name: "measureIds",
                          label: m("fields.measureIds"),
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
        })}</ClientMessages>
      </ul>
    </section>
  );
}
