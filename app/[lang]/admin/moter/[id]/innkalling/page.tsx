import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoticePreview } from "@/components/meetings/workflow/notice-preview";
import { requirePagePermission } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getAdminMeeting } from "@/lib/meetings/data";
import { getNoticeDraft, getSentNotices } from "@/lib/meetings/notice/data";
import { siteOrigin } from "@/lib/site-url";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/admin/moter/${id}/innkalling`, getTranslator(lang)("meetingWorkflow.notice.title")), robots: { index: false } };
}

// The notice (innkalling) before it leaves: subject, text, papers and every recipient, then one confirmation (issue 15).
export default async function NoticePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await requirePagePermission("content.edit", lang, `/admin/moter/${id}/innkalling`);
  const meeting = await getAdminMeeting(id);
  if (!meeting) notFound();
  const [draft, sent] = await Promise.all([getNoticeDraft(id, siteOrigin()), getSentNotices(id)]);
  if (!draft) notFound();
  return <NoticePreview lang={lang} meeting={meeting} draft={draft} sent={sent} justSent={(await searchParams).sendt === "1"} />;
}
