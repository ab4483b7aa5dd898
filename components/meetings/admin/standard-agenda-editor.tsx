// A body's standard saksliste: the lines in order, each movable by keyboard (real buttons, focus kept, new position
// announced), editable (type, nynorsk and bokmål title) and removable; a form to add a line at the end.
import { SectionHeading } from "@/components/layout/page-header";
import { localize, type Locale, getTranslator } from "@/lib/i18n";
import { addStandardItemAction, moveStandardItemAction, removeStandardItemAction, updateStandardItemAction } from "@/lib/meetings/actions";
import { STANDING_KINDS } from "@/lib/meetings/schema";
import type { AgendaItemKind } from "@/lib/domain/vocabulary";
import { ActionForm, type FieldSpec } from "./action-form";
import { AgendaMove } from "./agenda-move";
import { ClientMessages } from "@/components/i18n/client-messages";

type Item = { id: string; position: number; kind: AgendaItemKind; title: string; titleNb: string };

export function StandardAgendaEditor({ lang, bodyId, bodyName, items }: { lang: Locale; bodyId: string; bodyName: string; items: Item[] }) {
  const m = getTranslator(lang, "meetingAdmin");
  const f = getTranslator(lang, "meetingFlow");
  const kinds = STANDING_KINDS.map((k) => ({ value: k, label: m(`standingKinds.${k}`) }));
  const fields = (item?: Item): FieldSpec[] => [
    { type: "hidden", name: "bodyId", value: bodyId },
    ...(item ? ([{ type: "hidden", name: "itemId", value: item.id }] as FieldSpec[]) : []),
    { type: "select", name: "kind", label: m("fields.kind"), options: kinds, defaultValue: item?.kind ?? "ORIENTATION" },
    { type: "text", name: "title", label: f("titleNn"), defaultValue: item?.title ?? "" },
    { type: "text", name: "titleNb", label: f("titleNb"), defaultValue: item?.titleNb ?? "" },
  ];
  return (
    <section aria-labelledby="standard-heading" className="mt-8 max-w-3xl">
      <SectionHeading id="standard-heading">{bodyName}</SectionHeading>
      {items.length === 0 ? <p className="ds-paragraph mt-3">{f("standardEmpty")}</p> : null}
      <ol className="mt-3 grid gap-3" data-testid="standard-agenda">
        <ClientMessages lang={lang} for={["AgendaMove", "ActionForm"]}>{items.map((item, index) => {
          const title = localize(lang, item.title, item.titleNb);
          return (
            <li key={item.id} className="rounded-md border border-neutral-border-subtle p-3">
              <p className="font-semibold break-words">
                {index + 1}. {title}
              </p>
              <p className="ds-paragraph text-neutral-text-subtle" data-size="sm">
                {m(`standingKinds.${item.kind as (typeof STANDING_KINDS)[number]}`)}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <AgendaMove lang={lang} action={moveStandardItemAction} hidden={{ bodyId, itemId: item.id }} itemId={item.id} title={title} index={index} count={items.length} />
                <ActionForm
                  lang={lang}
                  id={`remove-std-${item.id}`}
                  inline
                  variant="tertiary"
                  danger
                  action={removeStandardItemAction}
                  fields={[
                    { type: "hidden", name: "bodyId", value: bodyId },
                    { type: "hidden", name: "itemId", value: item.id },
                  ]}
                  submit={
                    <>
                      <span aria-hidden="true">{m("remove")}</span>
                      <span className="sr-only">{m("removeItem", { title })}</span>
                    </>
                  }
                />
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer">{f("standardEdit", { title })}</summary>
                <div className="mt-3">
                  <ActionForm lang={lang} id={`edit-std-${item.id}`} action={updateStandardItemAction} submit={m("buttons.save")} variant="secondary" fields={fields(item)} />
                </div>
              </details>
            </li>
          );
        })}</ClientMessages>
      </ol>
      <details className="mt-6 rounded border border-neutral-border-subtle p-3" open={items.length === 0}>
        <summary className="cursor-pointer font-semibold">{f("standardAdd")}</summary>
        <div className="mt-4">
          <ClientMessages lang={lang} for="ActionForm"><ActionForm lang={lang} id="add-standard" action={addStandardItemAction} submit={m("buttons.addItem")} fields={fields()} /></ClientMessages>
        </div>
      </details>
    </section>
  );
}
