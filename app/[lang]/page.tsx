import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { PublishedMinutesList, UpcomingMeetingList } from "@/components/meetings/meeting-lists";
import { getMessages } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getLatestPublishedMinutes, getUpcomingMeetings } from "@/lib/meetings/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/"), title: { absolute: getMessages(lang).site.defaultTitle } };
}

// The front page reads the database on every request (never at build time).
export default async function HomePage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getMessages(lang).home;
  const [upcoming, minutes] = await Promise.all([
    getUpcomingMeetings({ limit: 5 }),
    getLatestPublishedMinutes({ limit: 5 }),
  ]);

  return (
    <>
      <PageHeader title={m.heading} lead={m.intro} />

      <div className="mt-10 grid gap-10 lg:grid-cols-2 lg:gap-8">
        <section aria-labelledby="upcoming-heading">
          <SectionHeading id="upcoming-heading" className="mb-4">{m.upcoming.heading}</SectionHeading>
          <UpcomingMeetingList lang={lang} meetings={upcoming} />
        </section>
        <section aria-labelledby="minutes-heading">
          <SectionHeading id="minutes-heading" className="mb-4">{m.minutes.heading}</SectionHeading>
          <PublishedMinutesList lang={lang} minutes={minutes} />
        </section>
      </div>
    </>
  );
}
