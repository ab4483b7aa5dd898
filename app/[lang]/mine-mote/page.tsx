import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { CalendarSection } from "@/components/participation/calendar-section";
import { MyMeetingsSection } from "@/components/participation/my-meetings-section";
import { requirePagePermission } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/mine-mote", getTranslator(lang)("participation.page.title")), robots: { index: false } };
}

// The signed-in person's meetings (as member or called-in deputy, S6) with forfall, and their calendar subscription.
export default async function MyMeetingsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("calendar.personal", lang, "/mine-mote");
  const m = getTranslator(lang, "participation.page");
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <MyMeetingsSection lang={lang} />
      <CalendarSection lang={lang} userId={viewer.userId} />
    </>
  );
}
