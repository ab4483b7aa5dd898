"use client";
import { useTranslations } from "next-intl";
// The secretariat's indicator form (create and edit): errors per field from the server action, tied to their fields
// (aria-describedby) and summarised in a focused list of links; a failed save keeps what was typed.
import { useActionState } from "react";
import { FormErrorSummary, summaryOf } from "@/components/forms/error-summary";
import { FormField } from "@/components/forms/field";
import { Choice, ChoiceGroup, Options } from "@/components/forms/choices";
import type { IndicatorState } from "@/lib/indicators/actions";
import { INDICATOR_LEVELS, PERIOD_KINDS, SMALL_COUNT_LIMIT } from "@/lib/indicators/policy";
import { type Locale } from "@/lib/i18n";

export type IndicatorValues = Record<string, string | string[]>;
type MeasureOption = { id: string; label: string };

const TEXT_FIELDS = ["slug", "name", "nameNb", "definition", "definitionNb", "unit", "unitNb", "source"] as const;
const ALL_FIELDS = [...TEXT_FIELDS, "priorityGroup", "level", "periodKind", "decimals", "measureIds"] as const;

export function IndicatorForm({
  lang,
  action,
  initial,
  measures,
  groups,
  levelFixed,
}: {
  lang: Locale;
  action: (state: IndicatorState, form: FormData) => Promise<IndicatorState>;
  initial: IndicatorValues;
  measures: MeasureOption[];
  /** The priority groups valid this year (and the indicator's own), with their names (issue 20 item 3). */
  groups: { value: string; label: string }[];
  levelFixed: boolean;
}) {
  const messages = useTranslations();
  const m = useTranslations("indicators.admin");
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? initial;
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const errorOf = (k: string) => (failed?.fieldErrors?.[k] ? m(`fieldErrors.${failed.fieldErrors[k]}`) : null);
  const label = (k: (typeof ALL_FIELDS)[number]) => (k === "measureIds" ? m("fields.measures") : m(`fields.${k}`));
  const summary = summaryOf(ALL_FIELDS, errorOf, (f) => `indicator-${f}`, label);
  const chosen = new Set(Array.isArray(values.measureIds) ? values.measureIds : []);
  const suppress = failed ? values.suppressSmallCounts === "on" : str("suppressSmallCounts") === "on";
  return (
    <form action={formAction} className="mt-4 grid max-w-2xl gap-4" noValidate key={failed?.at ?? "initial"}>
      <FormErrorSummary id="indicator-errors" heading={m("errorSummary")} errors={summary} generalError={failed && failed.error !== "INVALID" ? m(`errors.${failed.error}`) : undefined} focusKey={failed?.at ?? 0} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="id" value={str("id")} />
      <input type="hidden" name="version" value={str("version")} />
      {TEXT_FIELDS.map((k) => (
        <FormField key={k} id={`indicator-${k}`} label={m(`fields.${k}`)} hint={k === "slug" ? m("fields.slugHint") : undefined} error={errorOf(k)}>
          {(c) =>
            k === "definition" || k === "definitionNb" ? (
              <textarea {...c} name={k} className="ds-input" rows={3} defaultValue={str(k)} />
            ) : (
              <input {...c} name={k} className="ds-input" defaultValue={str(k)} required={!k.endsWith("Nb")} />
            )
          }
        </FormField>
      ))}
      <FormField id="indicator-priorityGroup" label={m("fields.priorityGroup")} error={errorOf("priorityGroup")}>
        {(c) => (
          <select {...c} name="priorityGroup" className="ds-input max-w-full" defaultValue={str("priorityGroup")}>
            <Options empty={m("fields.noGroup")} options={groups} />
          </select>
        )}
      </FormField>
      <FormField id="indicator-level" label={m("fields.level")} hint={levelFixed ? m("fields.levelFixed") : undefined} error={errorOf("level")}>
        {(c) => (
          <select {...c} name="level" className="ds-input max-w-full" defaultValue={str("level") || "HELSEFELLESSKAP"} disabled={levelFixed}>
            <Options options={INDICATOR_LEVELS.map((l) => ({ value: l, label: messages(`indicators.level.${l}`) }))} />
          </select>
        )}
      </FormField>
      {levelFixed ? <input type="hidden" name="level" value={str("level")} /> : null}
      <FormField id="indicator-periodKind" label={m("fields.periodKind")} error={errorOf("periodKind")}>
        {(c) => (
          <select {...c} name="periodKind" className="ds-input max-w-full" defaultValue={str("periodKind") || "YEAR"} disabled={levelFixed}>
            <Options options={PERIOD_KINDS.map((p) => ({ value: p, label: messages(`indicators.periodKind.${p}`) }))} />
          </select>
        )}
      </FormField>
      {levelFixed ? <input type="hidden" name="periodKind" value={str("periodKind")} /> : null}
      <FormField id="indicator-decimals" label={m("fields.decimals")} error={errorOf("decimals")}>
        {(c) => <input {...c} name="decimals" type="number" min={0} max={3} className="ds-input max-w-24" defaultValue={str("decimals") || "0"} />}
      </FormField>
      <Choice id="indicator-suppress" name="suppressSmallCounts" label={m("fields.suppress", { n: SMALL_COUNT_LIMIT })} defaultChecked={suppress} />
      {measures.length ? (
        <ChoiceGroup id="indicator-measureIds" legend={m("fields.measures")} error={errorOf("measureIds")}>
          {measures.map((me) => (
            <Choice key={me.id} id={`measure-${me.id}`} name="measureIds" value={me.id} label={me.label} defaultChecked={chosen.has(me.id)} />
          ))}
        </ChoiceGroup>
      ) : null}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {m("fields.save")}
        </button>
      </div>
    </form>
  );
}
