import { Details, DetailsContent, DetailsSummary, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { SignInRequired } from "@/components/membership/compliance";
import { AppointForm, EndForm } from "@/components/membership/membership-forms";
import { getViewer } from "@/lib/auth/data";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getMembershipAdmin } from "@/lib/membership/data";
import { canManageMemberships } from "@/lib/membership/policy";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { slug } = await params;
  return { ...pageMetadata(lang, `/admin/medlemskap/${slug}`, getTranslator(lang)("membershipForm.title", { body: slug })), robots: { index: false } };
}

// Admin: the secretariat appoints, changes and ends memberships of one body, checked against the retningsline.
export default async function MembershipAdminPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { slug } = await params;
  const all = getTranslator(lang);
  const m = getTranslator(lang, "membershipForm");
  const viewer = await getViewer();
  if (!canManageMemberships(viewer)) return <SignInRequired lang={lang} title={m("title", { body: slug })} signedIn={viewer.userId !== null} />;
  const data = await getMembershipAdmin(slug);
  if (!data) notFound();
  const names = new Map(data.memberships.map((x) => [x.id, x.personName]));
  const date = (iso: string) => formatDate(lang, `${iso}T12:00:00Z`, "short");
  return (
    <>
      <PageHeader title={m("title", { body: localize(lang, data.body.name, data.body.nameNb) })} lead={m("lead")} />
      <section aria-labelledby="current-heading" className="mt-8">
        <SectionHeading id="current-heading">{m("currentHeading")}</SectionHeading>
        {data.memberships.length === 0 ? <Paragraph className="mt-3">{m("none")}</Paragraph> : null}
        <ul className="mt-3 grid gap-3">
          <ClientMessages lang={lang} for="EndForm">{data.memberships.map((x) => (
            <li key={x.id} className="border-b border-neutral-border-subtle pb-3" data-membership={x.id}>
              <Heading level={3} data-size="2xs">
                {x.personName}
              </Heading>
              <Paragraph data-size="sm">
                {[
                  all(`membership.roles.${x.role}`),
                  all(`membership.seats.${x.seat}`),
                  x.partyName ? localize(lang, x.partyName, x.partyNameNb) : null,
                  x.portfolio,
                  x.principalId ? m("deputyFor", { person: names.get(x.principalId) ?? "–" }) : null,
                  m("term", { start: date(x.termStart), end: x.termEnd ? date(x.termEnd) : m("openEnded") }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Paragraph>
              <Paragraph data-size="sm">
                <Link asChild>
                  <NextLink href={href(lang, `/admin/medlemskap/${encodeURIComponent(slug)}/endre/${encodeURIComponent(x.id)}`)}>
                    {m("changeLink", { person: x.personName })}
                  </NextLink>
                </Link>
              </Paragraph>
              <Details>
                <DetailsSummary>{m("endHeading", { person: x.personName })}</DetailsSummary>
                <DetailsContent>
                  <EndForm lang={lang} membership={x} />
                </DetailsContent>
              </Details>
            </li>
          ))}</ClientMessages>
        </ul>
      </section>
      <section aria-labelledby="appoint-heading" className="mt-10">
        <SectionHeading id="appoint-heading">{m("appointHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="AppointForm"><AppointForm lang={lang} data={data} /></ClientMessages>
      </section>
    </>
  );
}
