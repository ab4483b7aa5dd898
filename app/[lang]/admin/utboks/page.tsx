import { Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { Pager } from "@/components/lists/pager";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, getTranslator, href, type MessageKey } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { currentQuery, firstParam, pageParams, type SearchParamsRecord } from "@/lib/lists/paging";
import { requeueMailAction } from "@/lib/mail/actions";
import { listOutbox, OUTBOX_FILTERS, outboxCounts, type OutboxFilter } from "@/lib/mail/data";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/utboks", getTranslator(lang)("admin.outbox.title")), robots: { index: false } };
}

export default async function OutboxPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const viewer = await requirePagePermission("outbox.read", lang, "/admin/utboks");
  const m = getTranslator(lang, "admin");
  const o = getTranslator(lang, "outbox");
  const actionErrors = getTranslator(lang, "faults.actionErrors");
  const sp = await searchParams;
  const query = { status: firstParam(sp.status), utfall: firstParam(sp.utfall) };
  const filter = (OUTBOX_FILTERS as readonly string[]).includes(query.status) ? (query.status as OutboxFilter) : undefined;
  const paging = pageParams(sp);
  const [mails, counts] = await Promise.all([listOutbox({ status: filter, skip: paging.skip, take: paging.take }), outboxCounts()]);
  const total = filter ? counts[filter] : OUTBOX_FILTERS.reduce((sum, s) => sum + counts[s], 0);
  const mayResend = can(viewer, "outbox.resend");
  const outcome =
    query.utfall === "resent" ? { tone: "success" as const, text: o("resent") }
    : query.utfall === "notFound" ? { tone: "danger" as const, text: o("notFound") }
    : query.utfall && actionErrors.has(query.utfall as MessageKey<"faults.actionErrors">) ? { tone: "danger" as const, text: actionErrors(query.utfall as MessageKey<"faults.actionErrors">) }
    : null;
  const link = (status?: OutboxFilter) => `${href(lang, "/admin/utboks")}${status ? `?status=${status}` : ""}`;
  return (
    <>
      <PageHeader title={m("outbox.title")} lead={m("outbox.lead")} />
      <AdminNav lang={lang} current="outbox" />
      {outcome ? (
        <OutcomeMessage tone={outcome.tone} className="mt-6" testId="outbox-outcome">
          {outcome.text}
        </OutcomeMessage>
      ) : null}
      {process.env.SMTP_URL ? null : <Paragraph className="mt-6">{o("noSmtp")}</Paragraph>}
      <nav aria-label={o("filterLabel")} className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <NextLink className="ds-link" href={link()} aria-current={filter ? undefined : "page"}>
              {o("all")}
            </NextLink>
          </li>
          {OUTBOX_FILTERS.map((s) => (
            <li key={s}>
              <NextLink className="ds-link" href={link(s)} aria-current={filter === s ? "page" : undefined}>
                {o(`status.${s}`)} ({counts[s]})
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>
      {mails.length === 0 ? <Paragraph className="mt-8">{m("outbox.empty")}</Paragraph> : null}
      <ul className="mt-8 flex flex-col gap-4" data-testid="outbox">
        {mails.map((mail) => (
          <li key={mail.id} data-status={mail.status}>
            <details className="rounded border border-neutral-border-subtle p-3">
              <summary className="cursor-pointer font-medium break-words">
                <span className="ds-tag mr-2" data-color={mail.status === "FAILED" ? "danger" : mail.status === "SENT" ? "success" : "neutral"} data-size="sm">
                  {o(`status.${mail.status}`)}
                </span>
                {mail.subject} – {mail.to}
              </summary>
              <div className="mt-3">
                <dl className="grid gap-1 text-sm">
                  <div>
                    <dt className="inline font-semibold">{m("outbox.createdAt")}: </dt>
                    <dd className="inline">{formatDateTime(lang, mail.createdAt)}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">{m("outbox.sent")}: </dt>
                    <dd className="inline">{mail.sentAt ? formatDateTime(lang, mail.sentAt) : m("outbox.notSent")}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">{o("attempts")}: </dt>
                    <dd className="inline">{mail.attempts}</dd>
                  </div>
                  {mail.status === "PENDING" && mail.attempts > 0 ? (
                    <div>
                      <dt className="inline font-semibold">{o("nextAttempt")}: </dt>
                      <dd className="inline">{formatDateTime(lang, mail.nextAttemptAt)}</dd>
                    </div>
                  ) : null}
                  {mail.failedAt ? (
                    <div>
                      <dt className="inline font-semibold">{o("failedAt")}: </dt>
                      <dd className="inline">{formatDateTime(lang, mail.failedAt)}</dd>
                    </div>
                  ) : null}
                  {mail.lastError ? (
                    <div>
                      <dt className="inline font-semibold">{o("lastError")}: </dt>
                      <dd className="inline break-words">{mail.lastError}</dd>
                    </div>
                  ) : null}
                </dl>
                <pre className="mt-3 text-sm break-words whitespace-pre-wrap">{mail.text}</pre>
                {mayResend && mail.status !== "PENDING" ? (
                  <form action={requeueMailAction} className="mt-3">
                    <input type="hidden" name="id" value={mail.id} />
                    <input type="hidden" name="lang" value={lang} />
                    <input type="hidden" name="filter" value={filter ?? ""} />
                    <button type="submit" className="ds-button" data-variant="secondary" data-size="sm">
                      {o("resend")}
                    </button>
                  </form>
                ) : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
      <Pager lang={lang} path="/admin/utboks" query={currentQuery(sp, ["status"])} page={paging.page} pageSize={paging.pageSize} total={total} />
    </>
  );
}
