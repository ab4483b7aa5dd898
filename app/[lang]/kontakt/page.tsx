import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getMessages, href } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getMessages(lang).contact;
  return { ...pageMetadata(lang, "/kontakt", m.title), description: m.lead };
}

export default async function ContactPage({ params }: Props) {
  const lang = await langFromParams(params);
  const m = getMessages(lang).contact;
  return (
    <article className="max-w-3xl">
      <PageHeader title={m.title} lead={m.lead} />
      <SectionHeading className="mt-10">{m.secretariatHeading}</SectionHeading>
      <Paragraph className="mt-3">{m.secretariatBody}</Paragraph>
      <Paragraph className="mt-3">
        <Link asChild>
          <NextLink href={href(lang, "/samarbeidssekretariatet")}>{m.membersLink}</NextLink>
        </Link>
      </Paragraph>
      <SectionHeading className="mt-10">{m.casesHeading}</SectionHeading>
      <Paragraph className="mt-3">{m.casesBody}</Paragraph>
      <Paragraph className="mt-3">
        <Link asChild>
          <NextLink href={href(lang, "/meld-inn-sak")}>{m.casesLink}</NextLink>
        </Link>
      </Paragraph>
      <SectionHeading className="mt-10">{m.accessibilityHeading}</SectionHeading>
      <Paragraph className="mt-3">{m.accessibilityBody}</Paragraph>
      <Paragraph className="mt-3">
        <Link asChild>
          <NextLink href={href(lang, "/tilgjengelegheit")}>{m.accessibilityLink}</NextLink>
        </Link>
      </Paragraph>
    </article>
  );
}
