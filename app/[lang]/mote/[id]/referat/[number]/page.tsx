import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { sanitizeHtml } from "@/lib/html/sanitize";
import { formatDate, formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getBundleMeeting } from "@/lib/meetings/bundle/data";
import { getPublishedMinutesVersions } from "@/lib/meetings/minutes/data";

type Props = { params: Promise<{ lang: string; id: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id, number } = await params;
  return pageMetadata(lang, `/mote/${id}/referat/${number}`, getTranslator(lang)("meetingWorkflow.minutes.versionPageTitle", { number }));
}

// One published version of a meeting's minutes, kept readable after a correction (issue 15 item 5). Published minutes
// are public, so every earlier published version is too; drafts and unpublished versions never show here.
export default async function MinutesVersionPage({ params }: Props) {
  const lang = await langFromParams(params);
  const { id, number } = await params;
  await connection();
  const [versions, meeting] = await Promise.all([getPublishedMinutesVersions(id), getBundleMeeting(id)]);
  const version = versions.find((v) => String(v.number) === number);
  if (!version || !meeting) notFound();
  const w = getTranslator(lang, "meetingWorkflow.minutes");
  const current = versions[0]!;
  const title = `${localize(lang, meeting.body.name, meeting.body.nameNb)} ${formatDate(lang, meeting.startsAt, "long")}`;
  return (
    <article>
      <PageHeader title={w("versionPageTitle", { number: version.number })} lead={title} />
      <p className="ds-paragraph mt-4">
        <NextLink className="ds-link" href={href(lang, `/mote/${id}`)}>
          {title}
        </NextLink>
      </p>
      <p className="ds-paragraph mt-4" data-size="sm">
        {w("versionLine", { number: version.number, date: formatDateTime(lang, version.publishedAt!) })}
        {version.changeNote ? ` – ${version.changeNote}` : ""}
      </p>
      {version.number !== current.number ? (
        <p className="ds-alert mt-4 max-w-3xl" data-color="warning" data-testid="minutes-old-version">
          {w("versionOld", { number: current.number })}{" "}
          <NextLink className="ds-link" href={href(lang, `/mote/${id}`)}>
            {title}
          </NextLink>
        </p>
      ) : null}
      <div
        className="saman-prose mt-6 max-w-3xl break-words"
        lang="nn"
        data-testid="minutes-version"
        // Minutes HTML is rebuilt from an allow-list (lib/html/sanitize.ts) before it reaches the page.
        dangerouslySetInnerHTML={{ __html: sanitizeHtml(version.html) }}
      />
    </article>
  );
}
