// The fields of the action plan editors, built from the same names as the zod schemas in lib/action-plan/schema.ts.
import type { FieldSpec } from "@/components/editors/editor-form";
import { getTranslator, localize, osloIsoDate, type Locale } from "@/lib/i18n";
import { groupOptions, groupsOfferedIn, type PriorityGroupEntry } from "@/lib/structure/priority-groups";

type Body = { id: string; kind: string; name: string; nameNb: string | null; shortName: string };

export function bodyChoices(lang: Locale, bodies: Body[]) {
  return bodies.map((b) => ({ value: b.id, label: localize(lang, b.name, b.nameNb) }));
}

export function planFields(
  lang: Locale,
  bodies: Body[],
  plan: { year: number; title: string; titleNb: string | null; adoptedOn: Date | null; adoptedByBodyId: string | null; parts: { number: number; title: string; titleNb: string | null }[] } | null,
  newYear?: number,
): FieldSpec[] {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.plan");
  const part = (n: number) => plan?.parts.find((p) => p.number === n);
  const ssu = bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE");
  const fields: FieldSpec[] = [
    { name: "title", label: m("titleNn"), kind: "text", defaultValue: plan?.title ?? m("defaultTitle", { year: newYear ?? "" }) },
    { name: "titleNb", label: m("titleNb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: plan?.titleNb ?? m("defaultTitleNb", { year: newYear ?? "" }) },
    { name: "adoptedOn", label: m("adoptedOn"), kind: "date", hint: m("adoptedOnHint"), defaultValue: plan?.adoptedOn ? osloIsoDate(plan.adoptedOn) : "" },
    {
      name: "adoptedByBodyId",
      label: m("adoptedBy"),
      kind: "select",
      options: [{ value: "", label: messages("editors.noChoice") }, ...bodyChoices(lang, bodies)],
      defaultValue: plan ? (plan.adoptedByBodyId ?? "") : (ssu?.id ?? ""),
    },
    { name: "part1Title", label: m("part1"), kind: "text", defaultValue: part(1)?.title ?? m("defaultPart1") },
    { name: "part1TitleNb", label: m("part1Nb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: part(1)?.titleNb ?? m("defaultPart1Nb") },
    { name: "part2Title", label: m("part2"), kind: "text", defaultValue: part(2)?.title ?? m("defaultPart2") },
    { name: "part2TitleNb", label: m("part2Nb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: part(2)?.titleNb ?? m("defaultPart2Nb") },
  ];
  return plan ? fields : [{ name: "year", label: m("year"), kind: "number", narrow: true, defaultValue: String(newYear ?? "") }, ...fields];
}

type MeasureDefaults = {
  partId: string;
  code: string;
  title: string;
  titleNb: string | null;
  description: string | null;
  descriptionNb: string | null;
  priorityGroups: string[];
  responsibleBodyId: string;
  ownerName: string | null;
  deadline: Date | null;
};

export function measureFields(
  lang: Locale,
  parts: { id: string; number: number; title: string; titleNb: string | null }[],
  bodies: Body[],
  measure: MeasureDefaults | null,
  /** The plan's year and the priority groups (all of them): the form offers those valid in that year (issue 20 item 3). */
  groups: { year: number; catalog: readonly PriorityGroupEntry[] },
): FieldSpec[] {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "editors.measure");
  const ssu = bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE");
  return [
    {
      name: "partId",
      label: m("part"),
      kind: "select",
      options: parts.map((p) => ({ value: p.id, label: messages("plan.partTitle", { number: p.number, title: localize(lang, p.title, p.titleNb) }) })),
      defaultValue: measure?.partId ?? parts[0]?.id ?? "",
    },
    { name: "code", label: m("code"), kind: "text", hint: m("codeHint"), narrow: true, defaultValue: measure?.code ?? "" },
    { name: "title", label: m("titleNn"), kind: "text", defaultValue: measure?.title ?? "" },
    { name: "titleNb", label: m("titleNb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: measure?.titleNb ?? "" },
    { name: "description", label: m("description"), kind: "textarea", defaultValue: measure?.description ?? "" },
    { name: "descriptionNb", label: m("descriptionNb"), kind: "textarea", hint: messages("editors.nbHint"), defaultValue: measure?.descriptionNb ?? "" },
    {
      name: "priorityGroups",
      label: m("priorityGroups"),
      kind: "checkboxes",
      hint: m("priorityGroupsHint", { year: groups.year }),
      options: groupOptions(groupsOfferedIn(groups.catalog, groups.year, measure?.priorityGroups), lang),
      defaultValue: measure?.priorityGroups ?? [],
    },
    { name: "responsibleBodyId", label: m("responsibleBody"), kind: "select", options: bodyChoices(lang, bodies), defaultValue: measure?.responsibleBodyId ?? ssu?.id ?? "" },
    { name: "ownerName", label: m("ownerName"), kind: "text", hint: m("ownerNameHint"), defaultValue: measure?.ownerName ?? "" },
    { name: "deadline", label: m("deadline"), kind: "date", defaultValue: measure?.deadline ? osloIsoDate(measure.deadline) : "" },
  ];
}
