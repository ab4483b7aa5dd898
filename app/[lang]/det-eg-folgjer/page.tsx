import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { param } from "@/components/cases/outcome-notice";
import { ManageList } from "@/components/follow/manage-list";
import { followRefusal } from "@/components/follow/refusal";
import { getCurrentSession } from "@/lib/auth/data";
import { followsOf } from "@/lib/follow/data";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/det-eg-folgjer", getTranslator(lang)("follow.manage.title")), robots: { index: false } };
}

// "Det eg følgjer" for a signed-in user (issue 16.5): the follows of the account's address. Without an account the
// page is reached from a mail's link (/det-eg-folgjer/<token>); here a visitor is asked to sign in.
export default async function ManagePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { user } = await getCurrentSession();
  const email = user?.email.toLowerCase() ?? null;
  if (!email) redirect(`${href(lang, "/logg-inn")}?callbackUrl=${encodeURIComponent(href(lang, "/det-eg-folgjer"))}`);
  const query = await searchParams;
  return <ManageList lang={lang} rows={await followsOf(email, lang)} stopped={param(query.stoppa)} invalid={param(query.utfall) === "ugyldig"} refusal={followRefusal(lang, param(query.utfall))} />;
}
