import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CaseView } from "@/components/cases/case-view";
import { FollowSection } from "@/components/follow/follow-section";
import { PageHeader } from "@/components/layout/page-header";
import { publicCase } from "@/lib/cases/data";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; id: string }> };

// The public page of a case: only once it is on the agenda of a meeting whose notice has gone out, and only
// title, bodies, case number, route and decision (the follow shape, shown for the public audience).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  const c = await publicCase(id);
  return pageMetadata(lang, `/sak/${id}`, c ? c.title : undefined);
}

export default async function PublicCasePage({ params }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await connection();
  const c = await publicCase(id);
  if (!c) notFound();
  const f = getTranslator(lang, "cases.follow");
  return (
    <article data-testid="public-case">
      <PageHeader title={c.title} lead={f("publicTitle", { reference: c.reference })} />
      <CaseView lang={lang} c={c} audience="public" />
      {/* A public case's status changes by e-mail (issue 16.5). */}
      <FollowSection lang={lang} target="CASE" targetId={c.id} />
    </article>
  );
}
