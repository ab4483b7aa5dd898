import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { Pager } from "@/components/lists/pager";
import { listUsers } from "@/lib/auth/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDateTime, href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { USER_ROLES, type UserRole } from "@/lib/domain/vocabulary";
import { langFromParams } from "@/lib/i18n/params";
import { currentQuery, firstParam, pageParams, type SearchParamsRecord } from "@/lib/lists/paging";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/brukar", getTranslator(lang)("admin.users.heading")), robots: { index: false } };
}

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("users.manage", lang, "/admin/brukar");
  const m = getTranslator(lang, "admin");
  const sp = await searchParams;
  const paging = pageParams(sp);
  const q = firstParam(sp.q).slice(0, 100);
  const role = (USER_ROLES as readonly string[]).includes(firstParam(sp.rolle)) ? (firstParam(sp.rolle) as UserRole) : undefined;
  const { rows: users, total } = await listUsers({ skip: paging.skip, take: paging.take, q, role });
  const d = getTranslator(lang, "cases.desk");
  return (
    <>
      <PageHeader title={m("title")} />
      <AdminNav lang={lang} current="users" />
      <div className="mt-8 flex flex-wrap items-center justify-between gap-4">
        <SectionHeading>{m("users.heading")}</SectionHeading>
        <NextLink href={href(lang, "/admin/brukar/ny")} className="ds-button" data-variant="primary">
          {m("users.new")}
        </NextLink>
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4" aria-label={d("filters")}>
        <div className="ds-field grid gap-1">
          <label htmlFor="users-q" className="ds-label">
            {d("query")}
          </label>
          <input id="users-q" name="q" className="ds-input" defaultValue={q} />
        </div>
        <div className="ds-field grid gap-1">
          <label htmlFor="users-role" className="ds-label">
            {m("users.roles")}
          </label>
          <select id="users-role" name="rolle" className="ds-input" defaultValue={role ?? ""}>
            <option value="">{d("all")}</option>
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {m(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {d("filter")}
        </button>
      </form>
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={m("users.heading")}>
        <table className="ds-table stack-table w-full" data-size="sm" data-testid="users">
          <thead>
            <tr>
              <th scope="col">{m("users.name")}</th>
              <th scope="col">{m("users.email")}</th>
              <th scope="col">{m("users.roles")}</th>
              <th scope="col">{m("users.person")}</th>
              <th scope="col">{m("users.party")}</th>
              <th scope="col">{m("users.status")}</th>
              <th scope="col">{m("users.lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td data-label={m("users.name")}>
                  <NextLink href={href(lang, `/admin/brukar/${u.id}`)} className="ds-link">
                    {u.name}
                  </NextLink>
                </td>
                <td data-label={m("users.email")} className="break-all">{u.email}</td>
                <td data-label={m("users.roles")}>{u.roles.length ? u.roles.map((r) => m(`roles.${r}`)).join(", ") : m("users.none")}</td>
                <td data-label={m("users.person")}>{u.person ? `${u.person.givenName} ${u.person.familyName}` : m("users.none")}</td>
                <td data-label={m("users.party")}>{u.party?.name ?? m("users.none")}</td>
                <td data-label={m("users.status")}>{u.disabledAt ? m("users.disabled") : m("users.active")}</td>
                <td data-label={m("users.lastSignIn")}>{u.lastSignInAt ? formatDateTime(lang, u.lastSignInAt) : m("users.none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager lang={lang} path="/admin/brukar" query={currentQuery(sp, ["q", "rolle"])} page={paging.page} pageSize={paging.pageSize} total={total} />
    </>
  );
}
