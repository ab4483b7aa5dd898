import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { meetingPath } from "@/components/meetings/meeting-lists";
import { DocumentList } from "@/components/public/document-list";
import { BundleLinks } from "@/components/meetings/workflow/bundle-links";
import { ArchiveLinks } from "@/components/meetings/workflow/archive-links";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { MinutesVersions } from "@/components/meetings/workflow/minutes-versions";
import { getViewer } from "@/lib/auth/data";
import { MeetingAnswer } from "@/components/participation/meeting-answer";
import { bodyPath } from "@/lib/bodies/paths";
import { downloadPath } from "@/lib/documents/view";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { formatDate, formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getMeetingPage } from "@/lib/meetings/data";
import { LocalizedText } from "@/components/i18n/localized-text";

type Props = { params: Promise<{ lang: string; id: string }> };

// Per request and per viewer: a member of the body (or the secretariat) gets the restricted papers they may read,
// everyone else only their kind and legal basis (issue 14). Anonymous readers share the cached, redacted record.
// Read once per request: the metadata and the page share it (React's cache; issue 18 item 2).
const load = cache(async (id: string) => {
  await connection();
  return getMeetingPage(id, await getViewer());
});

function meetingTitle(lang: Locale, meeting: { body: { name: string; nameNb: string | null }; startsAt: Date }) {
  return `${localize(lang, meeting.body.name, meeting.body.nameNb)} ${formatDate(lang, meeting.startsAt, "long")}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  const meeting = await load(id);
  if (!meeting) return {};
  const m = getTranslator(lang);
  return {
    ...pageMetadata(lang, meetingPath(meeting.id), meetingTitle(lang, meeting)),
    description: `${m("meetingPage.agenda")}, ${m("meetingPage.documents").toLowerCase()} ${lang === "nb" ? "og" : "og"} ${m("meetingPage.minutes").toLowerCase()}: ${meetingTitle(lang, meeting)}.`,
  };
}

export default async function MeetingPage({ params }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  const meeting = await load(id);
  if (!meeting) notFound();
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "meetingPage");
  const bodyName = localize(lang, meeting.body.name, meeting.body.nameNb);
  const docsByItem = (itemId: string | null) => meeting.documents.filter((d) => d.agendaItemId === itemId);
  const looseDocs = meeting.documents.filter((d) => !d.agendaItemId || !meeting.agenda.some((a) => a.id === d.agendaItemId));

  return (
    <article>
      <PageHeader title={meetingTitle(lang, meeting)} lead={meeting.title ?? undefined} />
      <dl className="mt-6 grid max-w-3xl grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 [overflow-wrap:anywhere]">
        <dt className="font-semibold">{m("body")}</dt>
        <dd>
          <Link asChild>
            <NextLink href={href(lang, bodyPath(meeting.body))}>{bodyName}</NextLink>
          </Link>
        </dd>
        <dt className="font-semibold">{msg("meeting.when")}</dt>
        <dd>
          <time dateTime={meeting.startsAt.toISOString()}>{formatDateTime(lang, meeting.startsAt, meeting.endsAt)}</time>
        </dd>
        <dt className="font-semibold">{msg("meeting.where")}</dt>
        <dd>{meeting.location ?? msg("meeting.noLocation")}</dd>
        <dt className="font-semibold">{m("status")}</dt>
        <dd data-testid="meeting-status">{meeting.cancelledAt ? msg("body.cancelled") : msg(`labels.meetingStatus.${meeting.status}`)}</dd>
      </dl>
      {meeting.cancelledAt ? (
        <Paragraph className="mt-4 font-semibold">
          {m("cancelled")} {meeting.cancellationReason ?? ""}
        </Paragraph>
      ) : null}
      <Paragraph className="mt-4" data-size="sm">
        <Link href={`/api/kalender/${encodeURIComponent(meeting.body.slug)}.ics`}>{m("addToCalendar", { name: bodyName })}</Link>
      </Paragraph>

      <MeetingAnswer lang={lang} meetingId={meeting.id} />

      <section aria-labelledby="agenda" className="mt-10 max-w-3xl min-w-0">
        <SectionHeading id="agenda">{m("agenda")}</SectionHeading>
        {meeting.agenda.length === 0 ? <Paragraph className="mt-3">{m("agendaEmpty")}</Paragraph> : null}
        {meeting.status !== "PLANNED" ? (
          <div className="mt-3">
            <BundleLinks lang={lang} meetingId={meeting.id} />
            {/* The public edition only: the page is the same for every reader (the secretariat's is on the admin page). */}
            <ArchiveLinks lang={lang} meetingId={meeting.id} status={meeting.status} viewer={ANONYMOUS} />
          </div>
        ) : null}
        <ol className="mt-3 grid grid-cols-1 gap-4" data-testid="agenda">
          {meeting.agenda.map((item) => {
            const docs = docsByItem(item.id);
            return (
              <li key={item.id} id={`sak-${item.position}`} className="min-w-0 rounded-md border border-neutral-border-subtle p-3 [overflow-wrap:anywhere]">
                <h3 className="font-semibold">
                  {item.caseNumber && item.caseId && !meeting.cancelledAt && meeting.status !== "PLANNED" ? (
                    <NextLink href={href(lang, `/sak/${item.caseId}`)} className="ds-link mr-2 whitespace-nowrap">
                      {item.caseNumber}
                    </NextLink>
                  ) : item.caseNumber ? (
                    <span className="mr-2 whitespace-nowrap">{item.caseNumber}</span>
                  ) : null}
                  <LocalizedText lang={lang} nn={item.title} nb={item.titleNb} />
                </h3>
                {item.decision ? (
                  <div className="mt-2">
                    <span className="text-sm font-semibold">{msg(`labels.decisionKind.${item.decision.kind}`)}</span>
                    <p className="mt-1"><LocalizedText lang={lang} nn={item.decision.text} nb={item.decision.textNb} /></p>
                  </div>
                ) : null}
                {docs.length ? (
                  <div className="mt-3">
                    <DocumentList lang={lang} documents={docs} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      {looseDocs.length ? (
        <section aria-labelledby="documents" className="mt-10 max-w-3xl">
          <SectionHeading id="documents">{m("documents")}</SectionHeading>
          <div className="mt-3">
            <DocumentList lang={lang} documents={looseDocs} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="minutes" className="mt-10 max-w-3xl">
        <SectionHeading id="minutes">{m("minutes")}</SectionHeading>
        {meeting.minutes ? (
          <>
            {meeting.minutesPdf?.readable && meeting.minutesPdf.version ? (
              <Paragraph className="mt-3">
                <Link href={downloadPath(meeting.minutesPdf.version.id)} data-testid="minutes-pdf">
                  {m("minutesPdf")}
                </Link>
              </Paragraph>
            ) : null}
            {meeting.minutes.changeNote && meeting.minutes.number > 1 ? (
              <Paragraph className="mt-3" data-size="sm">
                {m("correction", { number: meeting.minutes.number, note: meeting.minutes.changeNote })}
              </Paragraph>
            ) : null}
            <div
              className="saman-prose mt-4 break-words"
              data-testid="minutes"
              // Minutes HTML is rebuilt from an allow-list (lib/html/sanitize.ts) before it reaches the page.
              dangerouslySetInnerHTML={{ __html: sanitizeHtml(meeting.minutes.html) }}
            />
            <MinutesVersions lang={lang} meetingId={meeting.id} versions={meeting.minutesVersions} />
          </>
        ) : (
          <Paragraph className="mt-3">{m("minutesNotYet")}</Paragraph>
        )}
      </section>

      <nav aria-label={m("navLabel", { name: bodyName })} className="mt-10 flex flex-wrap justify-between gap-4">
        {meeting.previous ? (
          <Link asChild>
            <NextLink href={href(lang, meetingPath(meeting.previous.id))} rel="prev">
              ← {m("previous")}: {formatDate(lang, meeting.previous.startsAt, "long")}
            </NextLink>
          </Link>
        ) : (
          <span />
        )}
        {meeting.next ? (
          <Link asChild>
            <NextLink href={href(lang, meetingPath(meeting.next.id))} rel="next">
              {m("next")}: {formatDate(lang, meeting.next.startsAt, "long")} →
            </NextLink>
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
