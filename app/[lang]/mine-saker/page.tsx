import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/lists/pager";
import { requirePagePermission } from "@/lib/auth/guard";
import { casesOfParty, partyName } from "@/lib/cases/data";
import { CASE_STATUSES, type CaseStatus } from "@/lib/domain/vocabulary";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { currentQuery, firstParam, pageParams, type SearchParamsRecord } from "@/lib/lists/paging";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/mine-saker", getTranslator(lang)("cases.follow.ownTitle", { party: "" }).trim());
}

// The partner contact's list: the cases of their own party, with status (never internal fields).
export default async function OwnCasesPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("case.follow", lang, "/mine-saker");
  const m = getTranslator(lang);
  const f = getTranslator(lang, "cases.follow");
  const partyId = viewer.partyId;
  const sp = await searchParams;
  const paging = pageParams(sp);
  const status = (CASE_STATUSES as readonly string[]).includes(firstParam(sp.status)) ? (firstParam(sp.status) as CaseStatus) : undefined;
  const [list, party] = partyId ? await Promise.all([casesOfParty(partyId, paging, status), partyName(partyId)]) : [{ rows: [], total: 0 }, null];
  const cases = list.rows;
  return (
    <>
      <PageHeader title={f("ownTitle", { party: party ? localize(lang, party.name, party.nameNb) : "" })} lead={f("ownLead")} />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" aria-label={m("cases.desk.filters")}>
        <div className="ds-field grid gap-1">
          <label htmlFor="own-status" className="ds-label">
            {f("status")}
          </label>
          <select id="own-status" name="status" className="ds-input" defaultValue={status ?? ""}>
            <option value="">{m("cases.desk.all")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {m(`labels.caseStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {m("cases.desk.filter")}
        </button>
      </form>
      {cases.length === 0 ? (
        <p className="ds-paragraph mt-6">{f("ownEmpty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label={f("ownLead")}>
          <table className="ds-table stack-table" data-testid="own-cases">
            <thead>
              <tr>
                <th scope="col">{f("reference")}</th>
                <th scope="col">{f("caseTitle")}</th>
                <th scope="col">{f("status")}</th>
                <th scope="col">{f("body")}</th>
                <th scope="col">{f("submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td data-label={f("reference")}>
                    <NextLink className="ds-link" href={href(lang, `/mine-saker/${c.id}`)}>
                      {c.reference}
                    </NextLink>
                  </td>
                  <td data-label={f("caseTitle")}>{c.title}</td>
                  <td data-label={f("status")}>{m(`labels.caseStatus.${c.status}`)}</td>
                  <td data-label={f("body")}>{localize(lang, c.currentBody.name, c.currentBody.nameNb)}</td>
                  <td data-label={f("submitted")}>{formatDate(lang, c.submittedAt, "short")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager lang={lang} path="/mine-saker" query={currentQuery(sp, ["status"])} page={paging.page} pageSize={paging.pageSize} total={list.total} />
    </>
  );
}
