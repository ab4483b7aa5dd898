import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { HOME_SECTIONS } from "@/components/workspace/home-sections";
import { getCurrentSession } from "@/lib/auth/data";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { HOME_PATH } from "@/lib/workspace/policy";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, HOME_PATH, getTranslator(lang)("workspace.title")), robots: { index: false } };
}

// The signed-in person's own page (issue 14): what they may read and what they must do, by role. Rendered per request
// for this viewer only (never cached: only public reading pages are, for readers without a session: app/anon).
export default async function HomePage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { viewer, user } = await getCurrentSession();
  if (!user || viewer.userId === null) redirect(`${href(lang, "/logg-inn")}?callbackUrl=${encodeURIComponent(href(lang, HOME_PATH))}`);
  const m = getTranslator(lang, "workspace");
  const props = { lang, viewer: { ...viewer, userId: viewer.userId }, personId: user.personId, now: new Date() };
  return (
    <>
      <PageHeader title={m("title")} lead={`${m("greeting", { name: user.name })} ${m("lead")}`} />
      <p>
        <a className="ds-link" href={href(lang, "/det-eg-folgjer")}>
          {getTranslator(lang)("follow.manage.nav")}
        </a>
      </p>
      {HOME_SECTIONS.map(({ key, Section }) => (
        <Section key={key} {...props} />
      ))}
    </>
  );
}
