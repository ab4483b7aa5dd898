import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { SignInRequired } from "@/components/membership/compliance";
import { ChangeForm } from "@/components/membership/membership-forms";
import { getViewer } from "@/lib/auth/data";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getMembershipAdmin } from "@/lib/membership/data";
import { canManageMemberships } from "@/lib/membership/policy";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { slug, id } = await params;
  const title = getTranslator(lang)("membershipForm.changeMetaTitle");
  return { ...pageMetadata(lang, `/admin/medlemskap/${slug}/endre/${id}`, title), robots: { index: false } };
}

// Admin: change one membership (the "Endre" page of a row on /admin/medlemskap/<body>).
export default async function ChangeMembershipPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { slug, id } = await params;
  const m = getTranslator(lang, "membershipForm");
  const viewer = await getViewer();
  if (!canManageMemberships(viewer)) return <SignInRequired lang={lang} title={m("title", { body: slug })} signedIn={viewer.userId !== null} />;
  const data = await getMembershipAdmin(slug);
  const membership = data?.memberships.find((x) => x.id === id);
  if (!data || !membership) notFound();
  const bodyName = localize(lang, data.body.name, data.body.nameNb);
  return (
    <>
      <Paragraph>
        <Link asChild>
          <NextLink href={href(lang, `/admin/medlemskap/${encodeURIComponent(slug)}`)}>{m("backToBody", { body: bodyName })}</NextLink>
        </Link>
      </Paragraph>
      <PageHeader title={m("changeTitle", { person: membership.personName })} lead={m("changeLead")} />
      <ClientMessages lang={lang} for="ChangeForm"><ChangeForm lang={lang} data={data} membership={membership} /></ClientMessages>
    </>
  );
}
