import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { caseNumberText } from "@/components/cases/case-view";
import { param } from "@/components/cases/outcome-notice";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/lists/pager";
import { requirePagePermission } from "@/lib/auth/guard";
import { isStaff } from "@/lib/auth/viewer";
import { deskInbox, forwardTargets } from "@/lib/cases/data";
import { CASE_STATUSES, type CaseStatus } from "@/lib/domain/vocabulary";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { currentQuery, pageParams } from "@/lib/lists/paging";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/saksbehandling", getTranslator(lang)("cases.desk.title"));
}

// The case desk's inbox: the secretariat sees every body's cases, a prioritising group member their bodies'.
// Filters are a plain GET form (works without JavaScript, shareable address).
export default async function CaseDeskPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("case.triage", lang, "/saksbehandling");
  const m = getTranslator(lang);
  const d = getTranslator(lang, "cases.desk");
  const sp = await searchParams;
  const allowed = isStaff(viewer) ? null : (viewer.prioritisingBodyIds ?? []);
  const bodies = (await forwardTargets()).filter((b) => !allowed || allowed.includes(b.id));
  const bodyId = param(sp.organ);
  const status = param(sp.status);
  const group = param(sp.gruppe);
  const q = param(sp.q)?.slice(0, 100) ?? "";
  // Every priority group, also those no longer valid: older cases keep theirs (issue 20 item 3).
  const groups = await priorityGroupCatalog();
  const filters = {
    bodyId: bodies.some((b) => b.id === bodyId) ? bodyId : undefined,
    status: (CASE_STATUSES as readonly string[]).includes(status ?? "") ? (status as CaseStatus) : undefined,
    priorityGroup: groups.some((g) => g.code === group) ? group : undefined,
    q: q || undefined,
  };
  const paging = pageParams(sp);
  const inbox = await deskInbox(filters, allowed, paging);
  const cases = inbox.rows;
  return (
    <>
      <PageHeader title={d("title")} lead={d("lead")} />
      <form method="get" className="mt-6 grid max-w-5xl gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end" aria-label={d("filters")}>
        <div className="ds-field grid gap-1">
          <label htmlFor="desk-organ" className="ds-label">
            {d("body")}
          </label>
          <select id="desk-organ" name="organ" className="ds-input" defaultValue={filters.bodyId ?? ""}>
            <option value="">{d("all")}</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {localize(lang, b.name, b.nameNb)}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field grid gap-1">
          <label htmlFor="desk-status" className="ds-label">
            {d("status")}
          </label>
          <select id="desk-status" name="status" className="ds-input" defaultValue={filters.status ?? ""}>
            <option value="">{d("all")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {m(`labels.caseStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field grid gap-1">
          <label htmlFor="desk-gruppe" className="ds-label">
            {d("priorityGroup")}
          </label>
          <select id="desk-gruppe" name="gruppe" className="ds-input" defaultValue={filters.priorityGroup ?? ""}>
            <option value="">{d("all")}</option>
            {groups.map((g) => (
              <option key={g.code} value={g.code}>
                {localize(lang, g.name, g.nameNb)}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field grid gap-1">
          <label htmlFor="desk-q" className="ds-label">
            {d("query")}
          </label>
          <input id="desk-q" name="q" className="ds-input" defaultValue={q} />
        </div>
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {d("filter")}
          </button>
        </div>
      </form>
      <p className="ds-paragraph mt-6" role="status">
        {d("count", { count: inbox.total })}
      </p>
      {cases.length === 0 ? (
        <p className="ds-paragraph mt-2">{d("empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={d("title")}>
          <table className="ds-table stack-table" data-testid="desk-inbox">
            <thead>
              <tr>
                <th scope="col">{d("reference")}</th>
                <th scope="col">{d("caseTitle")}</th>
                <th scope="col">{d("status")}</th>
                <th scope="col">{d("body")}</th>
                <th scope="col">{d("party")}</th>
                <th scope="col">{d("assignee")}</th>
                <th scope="col">{d("priority")}</th>
                <th scope="col">{d("submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td data-label={d("reference")}>
                    <NextLink className="ds-link" href={href(lang, `/saksbehandling/${c.id}`)}>
                      {c.reference}
                    </NextLink>
                    {c.numbers[0] ? <div className="text-sm">{caseNumberText(c.numbers[0])}</div> : null}
                  </td>
                  <td data-label={d("caseTitle")}>{c.title}</td>
                  <td data-label={d("status")}>{m(`labels.caseStatus.${c.status}`)}</td>
                  <td data-label={d("body")}>{localize(lang, c.currentBody.name, c.currentBody.nameNb)}</td>
                  <td data-label={d("party")}>{c.submitterParty ? localize(lang, c.submitterParty.name, c.submitterParty.nameNb) : "–"}</td>
                  <td data-label={d("assignee")}>{c.assignedTo?.name ?? "–"}</td>
                  <td data-label={d("priority")}>{c.priority ?? "–"}</td>
                  <td data-label={d("submitted")}>{formatDate(lang, c.submittedAt, "short")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager lang={lang} path="/saksbehandling" query={currentQuery(sp, ["organ", "status", "gruppe", "q"])} page={paging.page} pageSize={paging.pageSize} total={inbox.total} />
    </>
  );
}
