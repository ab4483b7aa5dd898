import type { Metadata } from "next";
import { connection } from "next/server";
import { param } from "@/components/cases/outcome-notice";
import { followRefusal } from "@/components/follow/refusal";
import { TokenStep } from "@/components/follow/token-step";
import { confirmFollowAction } from "@/lib/follow/actions";
import { pendingFollow } from "@/lib/follow/mutations";
import { TOKEN_PATTERN } from "@/lib/follow/schema";
import { getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The double opt-in link (issue 16.5): the follow starts only when the button is pressed. Never indexed.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getTranslator(await langFromParams(params))("follow.confirm.title"), robots: { index: false, follow: false } };
}

export default async function ConfirmFollowPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { token } = await params;
  await connection();
  const m = getTranslator(lang, "follow.confirm");
  const outcome = param((await searchParams).utfall);
  const pending = TOKEN_PATTERN.test(token) ? await pendingFollow(token, lang) : null;
  return (
    <TokenStep
      title={m("title")}
      lead={m("lead", { name: pending?.name ?? "" })}
      outcome={outcome === "ok" || outcome === "ugyldig" ? outcome : undefined}
      done={m("done")}
      invalid={m("invalid")}
      valid={pending !== null}
      action={confirmFollowAction}
      lang={lang}
      token={token}
      submit={m("submit")}
      refusal={followRefusal(lang, outcome)}
    />
  );
}
