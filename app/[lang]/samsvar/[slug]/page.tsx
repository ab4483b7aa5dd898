import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { AsOfForm, BodyCompliance, compliancePath, SignInRequired } from "@/components/membership/compliance";
import { getViewer } from "@/lib/auth/data";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { parseAsOf } from "@/lib/membership/as-of";
import { getBodyBySlug, getComplianceReport } from "@/lib/membership/data";
import { canViewBodyCompliance } from "@/lib/membership/policy";

type Props = {
  params: Promise<{ lang: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { slug } = await params;
  const body = await getBodyBySlug(slug);
  const title = body ? getTranslator(lang)("compliance.bodyTitle", { body: body.shortName }) : getTranslator(lang)("compliance.title");
  return { ...pageMetadata(lang, compliancePath(slug), title), robots: { index: false } };
}

export default async function BodyCompliancePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { slug } = await params;
  const m = getTranslator(lang, "compliance");
  const body = await getBodyBySlug(slug);
  if (!body) notFound();
  const title = m("bodyTitle", { body: localize(lang, body.name, body.nameNb) });
  const viewer = await getViewer();
  if (!canViewBodyCompliance(viewer, body.id)) return <SignInRequired lang={lang} title={title} signedIn={viewer.userId !== null} />;

  const { asOf, value, invalid } = parseAsOf((await searchParams).dato);
  const data = await getComplianceReport(asOf);
  const report = data.report.bodies.find((b) => b.body.id === body.id);
  if (!report) notFound();
  return (
    <>
      <Paragraph>
        <Link asChild>
          <NextLink href={href(lang, `${compliancePath()}${invalid ? "" : `?dato=${value}`}`)}>{m("back")}</NextLink>
        </Link>
      </Paragraph>
      <PageHeader title={title} />
      <AsOfForm lang={lang} path={compliancePath(slug)} value={value} invalid={invalid} />
      <Paragraph className="mt-4">
        {m("asOf", { date: formatDate(lang, asOf, "long") })}{" "}
        {data.ruleSet ? m("ruleSet", { name: localize(lang, data.ruleSet.name, data.ruleSet.nameNb) }) : m("noRuleSet")}
      </Paragraph>
      <BodyCompliance lang={lang} body={report} warnings={data.warnings.filter((w) => w.bodyId === body.id)} />
    </>
  );
}
