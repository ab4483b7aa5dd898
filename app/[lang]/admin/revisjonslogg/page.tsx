import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { listAuditEntries } from "@/lib/audit/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDateTime, getMessages } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/revisjonslogg", getMessages(lang).admin.audit.title), robots: { index: false } };
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export default async function AuditLogPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("audit.read", lang, "/admin/revisjonslogg");
  const m = getMessages(lang).admin;
  const entries = await listAuditEntries({ limit: 300 });
  return (
    <>
      <PageHeader title={m.audit.title} lead={m.audit.lead} />
      <AdminNav lang={lang} current="audit" />
      <div className="mt-8 overflow-x-auto" tabIndex={0} role="region" aria-label={m.audit.title}>
        <table className="ds-table w-full" data-size="sm" data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">{m.audit.at}</th>
              <th scope="col">{m.audit.actor}</th>
              <th scope="col">{m.audit.action}</th>
              <th scope="col">{m.audit.outcome}</th>
              <th scope="col">{m.audit.entity}</th>
              <th scope="col">{m.audit.change}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap">{formatDateTime(lang, e.at)}</td>
                <td>{e.actor ?? m.audit.anonymous}</td>
                <td>{e.action}</td>
                <td>{e.outcome}</td>
                <td className="break-all">{e.entity ?? ""}</td>
                <td className="break-all font-mono text-xs">
                  {e.before ? <div>− {json(e.before)}</div> : null}
                  {e.after ? <div>+ {json(e.after)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
