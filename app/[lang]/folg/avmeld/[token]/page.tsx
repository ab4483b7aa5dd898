import type { Metadata } from "next";
import { connection } from "next/server";
import { param } from "@/components/cases/outcome-notice";
import { followRefusal } from "@/components/follow/refusal";
import { TokenStep } from "@/components/follow/token-step";
import { unsubscribeAction } from "@/lib/follow/actions";
import { emailOfToken } from "@/lib/follow/data";
import { TOKEN_PATTERN } from "@/lib/follow/schema";
import { href, getTranslator } from "@/lib/i18n";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Where a GET of a mail's unsubscribe address lands (issue 16.5): a button, since mail scanners prefetch links; mail
// programs use the one-click POST (app/api/folg/avmeld). Never indexed.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getTranslator(await langFromParams(params))("follow.unsubscribe.title"), robots: { index: false, follow: false } };
}

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { token } = await params;
  await connection();
  const m = getTranslator(lang, "follow.unsubscribe");
  const outcome = param((await searchParams).utfall);
  const valid = TOKEN_PATTERN.test(token) && (await emailOfToken(token)) !== null;
  return (
    <TokenStep
      title={m("title")}
      lead={m("lead")}
      outcome={outcome === "ok" || outcome === "ugyldig" ? outcome : undefined}
      done={m("done")}
      invalid={m("invalid")}
      valid={valid}
      action={unsubscribeAction}
      lang={lang}
      token={token}
      submit={m("submit")}
      refusal={followRefusal(lang, outcome)}
      after={
        valid ? (
          <p className="ds-paragraph mt-6">
            <a className="ds-link" href={href(lang, `/det-eg-folgjer/${token}`)}>
              {m("manage")}
            </a>
          </p>
        ) : null
      }
    />
  );
}
