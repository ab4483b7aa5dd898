import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { BackLink, SavedNotice } from "@/components/editors/editor-parts";
import { measureFields } from "@/components/editors/plan-fields";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { linkDecisionAction, recordStatusAction, unlinkDecisionAction, updateMeasureAction } from "@/lib/action-plan/actions";
import { bodyOptions, decisionOptions, getMeasureForEditor, linkedDecisions } from "@/lib/action-plan/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { MEASURE_STATUSES } from "@/lib/domain/vocabulary";
import { formatDate, href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/admin/handlingsplan/tiltak/${id}`, getTranslator(lang)("editors.measure.editHeading")), robots: { index: false } };
}

export default async function MeasureEditorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await requirePagePermission("content.edit", lang, `/admin/handlingsplan/tiltak/${id}`);
  const [measure, bodies, decisions, linked, catalog] = await Promise.all([getMeasureForEditor(id), bodyOptions(), decisionOptions(), linkedDecisions(id), priorityGroupCatalog()]);
  if (!measure) notFound();
  const messages = getTranslator(lang);
  const e = getTranslator(lang, "editors");
  const m = getTranslator(lang, "editors.measure");
  const year = measure.part.plan.year;
  const linkedIds = new Set(linked.map((d) => d.id));
  const label = (d: { label: string; labelNb: string; decidedAt: Date }) => `${lang === "nb" ? d.labelNb : d.label} (${formatDate(lang, d.decidedAt, "short")})`;
  return (
    <>
      <PageHeader title={`${m("editTitle", { code: measure.code })}: ${localize(lang, measure.title, measure.titleNb)}`} />
      <AdminNav lang={lang} current="actionPlan" />
      <BackLink to={href(lang, `/admin/handlingsplan/${year}`)}>{m("back", { year })}</BackLink>
      <p>
        <NextLink href={href(lang, `/handlingsplan/tiltak/${measure.id}`)} className="ds-link">
          {e("publicPage")}
        </NextLink>
      </p>
      <SavedNotice show={(await searchParams).lagra === "1"}>{e("saved")}</SavedNotice>

      <section aria-labelledby="status-heading" className="mt-8">
        <SectionHeading id="status-heading">{m("statusHeading")}</SectionHeading>
        <p className="mt-2 max-w-3xl">{m("statusLead")}</p>
        <p className="mt-2 font-semibold" data-testid="current-status">
          {m("current", { status: messages(`labels.measureStatus.${measure.status}`), progress: measure.progress })}
        </p>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="status"
          action={recordStatusAction}
          lang={lang}
          hidden={{ measureId: measure.id, version: measure.version }}
          fields={[
            { name: "status", label: m("status"), kind: "select", options: MEASURE_STATUSES.map((s) => ({ value: s, label: messages(`labels.measureStatus.${s}`) })), defaultValue: measure.status },
            { name: "progress", label: m("progress"), kind: "number", hint: m("progressHint"), defaultValue: String(measure.progress) },
            { name: "note", label: m("note"), kind: "textarea", rows: 3, defaultValue: "" },
          ]}
          submitLabel={m("statusSubmit")}
        /></ClientMessages>
        <h3 className="ds-heading mt-6" data-size="2xs">
          {m("historyHeading")}
        </h3>
        {measure.statusUpdates.length === 0 ? <p className="mt-2">{m("historyEmpty")}</p> : null}
        <ol className="mt-2 grid gap-2" data-testid="editor-history">
          {measure.statusUpdates.map((u) => (
            <li key={u.id} className="border-l-4 border-accent-border-subtle pl-3">
              <time dateTime={osloIsoDate(u.at)} className="block text-sm">
                {formatDate(lang, u.at, "long")}
              </time>
              <span className="font-semibold">
                {messages(`labels.measureStatus.${u.status}`)}, {u.progress} %
              </span>
              {u.note ? <span className="block">{u.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="measure-heading" className="mt-10">
        <SectionHeading id="measure-heading">{m("editHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="measure"
          action={updateMeasureAction}
          lang={lang}
          hidden={{ measureId: measure.id, version: measure.version }}
          fields={measureFields(lang, measure.part.plan.parts, bodies, measure, { year: measure.part.plan.year, catalog })}
          submitLabel={m("save")}
        /></ClientMessages>
      </section>

      <section aria-labelledby="decisions-heading" className="mt-10">
        <SectionHeading id="decisions-heading">{m("decisionsHeading")}</SectionHeading>
        {linked.length === 0 ? <p className="mt-2">{m("decisionsEmpty")}</p> : null}
        <ul className="mt-2 grid gap-3" data-testid="linked-decisions">
          <ClientMessages lang={lang} for="EditorForm">{linked.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-3">
              <span>{label(d)}</span>
              <EditorForm
                id={`unlink-${d.id}`}
                action={unlinkDecisionAction}
                lang={lang}
                hidden={{ measureId: measure.id, decisionId: d.id }}
                fields={[]}
                submitLabel={m("unlink", { decision: lang === "nb" ? d.labelNb : d.label })}
                submitVariant="secondary"
              />
            </li>
          ))}</ClientMessages>
        </ul>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="link"
          action={linkDecisionAction}
          lang={lang}
          hidden={{ measureId: measure.id }}
          fields={[
            {
              name: "decisionId",
              label: m("decision"),
              kind: "select",
              hint: m("decisionHint"),
              options: [{ value: "", label: e("noChoice") }, ...decisions.filter((d) => !linkedIds.has(d.id)).map((d) => ({ value: d.id, label: label(d) }))],
              defaultValue: "",
            },
          ]}
          submitLabel={m("linkSubmit")}
          submitVariant="secondary"
        /></ClientMessages>
      </section>
    </>
  );
}
