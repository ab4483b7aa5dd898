import { Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { AsOfForm, SignInRequired, StructureCompliance } from "@/components/membership/compliance";
import { getViewer } from "@/lib/auth/data";
import { formatDate, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { parseAsOf } from "@/lib/membership/as-of";
import { getComplianceReport } from "@/lib/membership/data";
import { canViewStructureCompliance } from "@/lib/membership/policy";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/samsvar", getTranslator(lang)("compliance.title")), robots: { index: false } };
}

export default async function CompliancePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "compliance");
  const viewer = await getViewer();
  if (!canViewStructureCompliance(viewer)) return <SignInRequired lang={lang} title={m("title")} signedIn={viewer.userId !== null} />;

  const { asOf, value, invalid } = parseAsOf((await searchParams).dato);
  const data = await getComplianceReport(asOf);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AsOfForm lang={lang} path="/samsvar" value={value} invalid={invalid} />
      <Paragraph className="mt-4">
        {m("asOf", { date: formatDate(lang, asOf, "long") })}{" "}
        {data.ruleSet ? m("ruleSet", { name: localize(lang, data.ruleSet.name, data.ruleSet.nameNb) }) : m("noRuleSet")}
      </Paragraph>
      <StructureCompliance lang={lang} data={data} query={invalid || !value ? "" : `?dato=${value}`} />
    </>
  );
}
