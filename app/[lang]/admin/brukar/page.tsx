import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { listUsers } from "@/lib/auth/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDateTime, getMessages, href } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/brukar", getMessages(lang).admin.users.heading), robots: { index: false } };
}

export default async function AdminUsersPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("users.manage", lang, "/admin/brukar");
  const m = getMessages(lang).admin;
  const users = await listUsers();
  return (
    <>
      <PageHeader title={m.title} />
      <AdminNav lang={lang} current="users" />
      <div className="mt-8 flex flex-wrap items-center justify-between gap-4">
        <SectionHeading>{m.users.heading}</SectionHeading>
        <NextLink href={href(lang, "/admin/brukar/ny")} className="ds-button" data-variant="primary">
          {m.users.new}
        </NextLink>
      </div>
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={m.users.heading}>
        <table className="ds-table w-full" data-size="sm">
          <thead>
            <tr>
              <th scope="col">{m.users.name}</th>
              <th scope="col">{m.users.email}</th>
              <th scope="col">{m.users.roles}</th>
              <th scope="col">{m.users.person}</th>
              <th scope="col">{m.users.party}</th>
              <th scope="col">{m.users.status}</th>
              <th scope="col">{m.users.lastSignIn}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <NextLink href={href(lang, `/admin/brukar/${u.id}`)} className="ds-link">
                    {u.name}
                  </NextLink>
                </td>
                <td className="break-all">{u.email}</td>
                <td>{u.roles.length ? u.roles.map((r) => m.roles[r]).join(", ") : m.users.none}</td>
                <td>{u.person ? `${u.person.givenName} ${u.person.familyName}` : m.users.none}</td>
                <td>{u.party?.name ?? m.users.none}</td>
                <td>{u.disabledAt ? m.users.disabled : m.users.active}</td>
                <td>{u.lastSignInAt ? formatDateTime(lang, u.lastSignInAt) : m.users.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
