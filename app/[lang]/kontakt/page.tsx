import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getViewer } from "@/lib/auth/data";
import { can } from "@/lib/auth/permissions";
import { getContactDetails } from "@/lib/contact/data";
import { contentLang, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "contact");
  return { ...pageMetadata(lang, "/kontakt", m("title")), description: m("lead") };
}

export default async function ContactPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "contact");
  const c = getTranslator(lang, "feedback.contact");
  // The secretariat's details are data it edits (/admin/kontakt, issue 14.8).
  const [details, viewer] = await Promise.all([getContactDetails(), getViewer()]);
  return (
    <article className="max-w-3xl">
      <PageHeader title={m("title")} lead={m("lead")} />
      {details ? (
        <section aria-labelledby="contact-heading" className="mt-10" data-testid="contact-details">
          <SectionHeading id="contact-heading">{c("heading")}</SectionHeading>
          <address className="mt-3 not-italic">
            <p className="font-semibold" lang={contentLang(lang, details.nameNb)}>
              {localize(lang, details.name, details.nameNb)}
            </p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{c("address")}</dt>
              <dd className="break-words">{details.address}</dd>
              <dt className="font-semibold">{c("email")}</dt>
              <dd className="break-all">
                <Link href={`mailto:${details.email}`}>{details.email}</Link>
              </dd>
              <dt className="font-semibold">{c("phone")}</dt>
              <dd>
                <Link href={`tel:${details.phone.replace(/[^\d+]/g, "")}`}>{details.phone}</Link>
              </dd>
              {details.openingHours ? (
                <>
                  <dt className="font-semibold">{c("openingHours")}</dt>
                  <dd lang={contentLang(lang, details.openingHoursNb)}>{localize(lang, details.openingHours, details.openingHoursNb)}</dd>
                </>
              ) : null}
            </dl>
          </address>
          {can(viewer, "content.edit") ? (
            <Paragraph className="mt-3">
              <Link asChild>
                <NextLink href={href(lang, "/admin/kontakt")}>{c("edit")}</NextLink>
              </Link>
            </Paragraph>
          ) : null}
        </section>
      ) : null}
      <SectionHeading className="mt-10">{m("secretariatHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("secretariatBody")}</Paragraph>
      <Paragraph className="mt-3">
        <Link asChild>
          <NextLink href={href(lang, "/samarbeidssekretariatet")}>{m("membersLink")}</NextLink>
        </Link>
      </Paragraph>
      <SectionHeading className="mt-10">{m("casesHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("casesBody")}</Paragraph>
      <Paragraph className="mt-3">
        <Link asChild>
          <NextLink href={href(lang, "/meld-inn-sak")}>{m("casesLink")}</NextLink>
        </Link>
      </Paragraph>
      <SectionHeading className="mt-10">{m("accessibilityHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("accessibilityBody")}</Paragraph>
      <Paragraph className="mt-3">
        <Link asChild>
          <NextLink href={href(lang, "/tilgjengelegheit")}>{m("accessibilityLink")}</NextLink>
        </Link>
      </Paragraph>
    </article>
  );
}
