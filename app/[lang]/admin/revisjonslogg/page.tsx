import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/lists/pager";
import { listAuditEntries } from "@/lib/audit/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDateTime, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { currentQuery, firstParam, pageParams, type SearchParamsRecord } from "@/lib/lists/paging";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsRecord> };
const OUTCOMES = ["OK", "DENIED", "FAILED"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/revisjonslogg", getTranslator(lang)("admin.audit.title")), robots: { index: false } };
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export default async function AuditLogPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("audit.read", lang, "/admin/revisjonslogg");
  const m = getTranslator(lang, "admin");
  const sp = await searchParams;
  const paging = pageParams(sp, 100);
  const outcome = OUTCOMES.find((o) => o === firstParam(sp.utfall));
  const action = firstParam(sp.handling).trim().slice(0, 60) || undefined;
  const { rows: entries, total } = await listAuditEntries({ skip: paging.skip, take: paging.take, filters: { outcome, action } });
  const d = getTranslator(lang, "cases.desk");
  return (
    <>
      <PageHeader title={m("audit.title")} lead={m("audit.lead")} />
      <AdminNav lang={lang} current="audit" />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" aria-label={d("filters")}>
        <div className="ds-field grid gap-1">
          <label htmlFor="audit-outcome" className="ds-label">
            {m("audit.outcome")}
          </label>
          <select id="audit-outcome" name="utfall" className="ds-input" defaultValue={outcome ?? ""}>
            <option value="">{d("all")}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field grid gap-1">
          <label htmlFor="audit-action" className="ds-label">
            {m("audit.action")}
          </label>
          <input id="audit-action" name="handling" className="ds-input" defaultValue={action ?? ""} />
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {d("filter")}
        </button>
      </form>
      <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label={m("audit.title")}>
        <table className="ds-table stack-table w-full" data-size="sm" data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">{m("audit.at")}</th>
              <th scope="col">{m("audit.actor")}</th>
              <th scope="col">{m("audit.action")}</th>
              <th scope="col">{m("audit.outcome")}</th>
              <th scope="col">{m("audit.entity")}</th>
              <th scope="col">{m("audit.change")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td data-label={m("audit.at")} className="whitespace-nowrap">{formatDateTime(lang, e.at)}</td>
                <td data-label={m("audit.actor")}>{e.actor ?? m("audit.anonymous")}</td>
                <td data-label={m("audit.action")}>{e.action}</td>
                <td data-label={m("audit.outcome")}>{e.outcome}</td>
                <td data-label={m("audit.entity")} className="break-all">{e.entity ?? ""}</td>
                <td data-label={m("audit.change")} className="break-all font-mono text-xs">
                  {e.before ? <div>− {json(e.before)}</div> : null}
                  {e.after ? <div>+ {json(e.after)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager lang={lang} path="/admin/revisjonslogg" query={currentQuery(sp, ["utfall", "handling"])} page={paging.page} pageSize={paging.pageSize} total={total} />
    </>
  );
}
