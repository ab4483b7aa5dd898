import { Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDateTime, getMessages } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { listOutbox } from "@/lib/mail/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/utboks", getMessages(lang).admin.outbox.title), robots: { index: false } };
}

export default async function OutboxPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("outbox.read", lang, "/admin/utboks");
  const m = getMessages(lang).admin;
  const mails = await listOutbox();
  return (
    <>
      <PageHeader title={m.outbox.title} lead={m.outbox.lead} />
      <AdminNav lang={lang} current="outbox" />
      {mails.length === 0 ? <Paragraph className="mt-8">{m.outbox.empty}</Paragraph> : null}
      <ul className="mt-8 flex flex-col gap-4" data-testid="outbox">
        {mails.map((mail) => (
          <li key={mail.id}>
            <details className="rounded border border-neutral-border-subtle p-3">
              <summary className="cursor-pointer font-medium break-words">
                {mail.subject} – {mail.to}
              </summary>
              <div className="mt-3">
                <dl className="grid gap-1 text-sm">
                  <div>
                    <dt className="inline font-semibold">{m.outbox.createdAt}: </dt>
                    <dd className="inline">{formatDateTime(lang, mail.createdAt)}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">{m.outbox.sent}: </dt>
                    <dd className="inline">{mail.sentAt ? formatDateTime(lang, mail.sentAt) : m.outbox.notSent}</dd>
                  </div>
                </dl>
                <pre className="mt-3 text-sm break-words whitespace-pre-wrap">{mail.text}</pre>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
