import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import NextLink from "next/link";
import { connection } from "next/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { RoundForm } from "@/components/consultation/round-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { openRoundAction } from "@/lib/consultation/actions";
import { askableParties, listRounds } from "@/lib/consultation/data";
import { ADMIN_PATH, isClosed } from "@/lib/consultation/policy";
import { formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, ADMIN_PATH, getTranslator(lang)("consultation.admin.title")), robots: { index: false } };
}

// The secretariat's consultation rounds (issue 21 item 2): every round with its deadline and how many answered, and
// the form that opens a new one.
export default async function ConsultationAdminPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  await requirePagePermission("consultation.manage", lang, ADMIN_PATH);
  const c = getTranslator(lang, "consultation");
  const [rounds, parties] = await Promise.all([listRounds(), askableParties()]);
  const now = new Date();
  return (
    <>
      <PageHeader title={c("admin.title")} lead={c("admin.lead")} />
      <AdminNav lang={lang} current="consultations" />
      <section aria-labelledby="rounds-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="rounds-heading">{c("admin.listHeading")}</SectionHeading>
        {rounds.length === 0 ? <p className="ds-paragraph mt-2">{c("admin.none")}</p> : null}
        <ul className="mt-3 grid gap-3" data-testid="consultation-rounds">
          {rounds.map((r) => (
            <li key={r.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3 [overflow-wrap:anywhere]">
              <NextLink href={href(lang, `${ADMIN_PATH}/${r.id}`)} className="ds-link font-semibold">
                {r.title}
              </NextLink>
              <p className="ds-paragraph" data-size="sm">
                {c("admin.deadline", { date: formatDateTime(lang, r.deadline, null, "long") })} · {isClosed(r, now) ? c("round.closed") : c("round.open")}
              </p>
              <p className="ds-paragraph" data-size="sm">
                {c("admin.answered", { submitted: r.submitted, asked: r.asked })} · {r.isPublic ? c("admin.public") : c("admin.restricted")}
                {r.linked ? ` · ${c("admin.linked")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-round-heading" className="mt-10">
        <SectionHeading id="new-round-heading">{c("admin.newHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="RoundForm"><RoundForm lang={lang} action={openRoundAction} requestKey={randomUUID()} parties={parties.map((p) => ({ id: p.id, name: localize(lang, p.name, p.nameNb), kind: p.kind }))} /></ClientMessages>
      </section>
    </>
  );
}
