import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { compiledPublicRounds } from "@/lib/consultation/data";
import { compiledPath } from "@/lib/consultation/policy";
import { formatDateTime, href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/hoyringar", getTranslator(lang)("consultation.compiled.listTitle"));
}

// The public list of compiled consultation rounds (issue 21 item 2): public rounds whose deadline has passed.
export default async function CompiledConsultationsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const c = getTranslator(lang, "consultation");
  const rounds = await compiledPublicRounds();
  return (
    <>
      <PageHeader title={c("compiled.listTitle")} lead={c("compiled.listLead")} />
      {rounds.length === 0 ? <p className="ds-paragraph mt-6">{c("compiled.none")}</p> : null}
      <ul className="mt-6 grid max-w-3xl gap-3">
        {rounds.map((r) => (
          <li key={r.id} className="min-w-0 [overflow-wrap:anywhere]">
            <NextLink href={href(lang, compiledPath(r.id))} className="ds-link font-semibold">
              {c("compiled.title", { title: r.title })}
            </NextLink>
            <p className="ds-paragraph" data-size="sm">
              {c("own.deadline", { date: formatDateTime(lang, r.deadline, null, "long") })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
