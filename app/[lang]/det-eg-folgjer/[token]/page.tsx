import type { Metadata } from "next";
import { connection } from "next/server";
import { param } from "@/components/cases/outcome-notice";
import { ManageList } from "@/components/follow/manage-list";
import { followRefusal } from "@/components/follow/refusal";
import { emailOfToken, followsOf } from "@/lib/follow/data";
import { TOKEN_PATTERN } from "@/lib/follow/schema";
import { getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// "Det eg følgjer" without an account (issue 16.5): a mailed link's token stands for the address. Never indexed.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getTranslator(await langFromParams(params))("follow.manage.title"), robots: { index: false, follow: false } };
}

export default async function ManageByTokenPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { token } = await params;
  await connection();
  const query = await searchParams;
  const email = TOKEN_PATTERN.test(token) ? await emailOfToken(token) : null;
  const rows = email ? await followsOf(email, lang) : null;
  return <ManageList lang={lang} rows={rows} token={token} stopped={param(query.stoppa)} invalid={param(query.utfall) === "ugyldig"} refusal={followRefusal(lang, param(query.utfall))} />;
}
