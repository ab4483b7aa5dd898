import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { SavedNotice } from "@/components/editors/editor-parts";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/lists/pager";
import { requirePagePermission } from "@/lib/auth/guard";
import { setFeedbackHandledAction } from "@/lib/contact/actions";
import { listFeedback } from "@/lib/contact/data";
import { formatDateTime, href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { currentQuery, firstParam, pageParams, type SearchParamsRecord } from "@/lib/lists/paging";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/tilbakemeldingar", getTranslator(lang)("feedback.inbox.title")), robots: { index: false } };
}

const STATES = { open: true, handsama: false } as const;

// The secretariat's inbox of accessibility feedback (issue 14.8): unhandled first by default, paged.
export default async function FeedbackInboxPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("feedback.read", lang, "/admin/tilbakemeldingar");
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "feedback.inbox");
  const sp = await searchParams;
  const state = firstParam(sp.vis);
  const open = state === "alle" ? undefined : state === "handsama" ? STATES.handsama : STATES.open;
  const paging = pageParams(sp, 25);
  const { rows, total } = await listFeedback({ skip: paging.skip, take: paging.take, open });
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="feedback" />
      <SavedNotice show={sp.lagra === "1"}>{m("saved")}</SavedNotice>
      <form method="get" action={href(lang, "/admin/tilbakemeldingar")} className="mt-6 flex flex-wrap items-end gap-4">
        <div className="ds-field grid gap-1">
          <label htmlFor="feedback-state" className="ds-label">
            {m("filter")}
          </label>
          <select id="feedback-state" name="vis" className="ds-input" defaultValue={state === "alle" || state === "handsama" ? state : ""}>
            <option value="">{m("open")}</option>
            <option value="handsama">{m("handled")}</option>
            <option value="alle">{m("all")}</option>
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {messages("cases.desk.filter")}
        </button>
      </form>
      <ClientMessages lang={lang} for="EditorForm">{rows.length === 0 ? (
        <p className="mt-6">{m("empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4" data-testid="feedback-inbox">
          {rows.map((r) => (
            <li key={r.id} className="rounded-md border border-neutral-border-subtle p-4">
              <p className="text-sm text-neutral-text-subtle">
                {m("received")} {formatDateTime(lang, r.createdAt)} · {m("from")}: {r.name ?? m("anonymous")}
                {r.email ? ` <${r.email}>` : ""} · {r.handledAt ? m("handled") : m("open")}
              </p>
              {r.page ? (
                <p className="mt-1 break-words text-sm">
                  {m("page")}: {r.page}
                </p>
              ) : null}
              <p className="mt-2 break-words whitespace-pre-line">{r.message}</p>
              <EditorForm
                id={`feedback-${r.id}`}
                action={setFeedbackHandledAction}
                lang={lang}
                hidden={{ feedbackId: r.id, handled: r.handledAt ? "false" : "true" }}
                fields={[]}
                submitLabel={r.handledAt ? m("reopen") : m("markHandled")}
                submitVariant="secondary"
              />
            </li>
          ))}
        </ul>
      )}</ClientMessages>
      <Pager lang={lang} path="/admin/tilbakemeldingar" query={currentQuery(sp, ["vis"])} page={paging.page} pageSize={paging.pageSize} total={total} />
    </>
  );
}
