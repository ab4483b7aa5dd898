import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getAgreements } from "@/lib/agreements/data";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { AGREEMENT_KINDS } from "@/lib/domain/vocabulary";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "agreementsPage");
  return { ...pageMetadata(lang, "/avtalar", m("title")), description: m("lead") };
}

export default async function AgreementsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "agreementsPage");
  const agreements = await getAgreements(ANONYMOUS);
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      {AGREEMENT_KINDS.map((kind) => {
        const list = agreements.filter((a) => a.kind === kind);
        if (!list.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-10">
            <SectionHeading id={`kind-${kind}`}>{msg(`labels.agreementKind.${kind}`)}</SectionHeading>
            <ul className="mt-3 grid gap-3" data-testid={`agreements-${kind}`}>
              {list.map((a) => (
                <li key={a.id} className="rounded-md border border-neutral-border-subtle p-3">
                  <Link asChild>
                    <NextLink href={href(lang, `/avtalar/${a.slug}`)} className="font-semibold">
                      {localize(lang, a.title, a.titleNb)}
                    </NextLink>
                  </Link>
                  <span className="block text-sm">
                    {a.current
                      ? `${m("current")}: ${a.current.label}. ${a.current.validTo ? m("validRange", { from: formatDate(lang, a.current.validFrom, "short"), to: formatDate(lang, a.current.validTo, "short") }) : m("valid", { from: formatDate(lang, a.current.validFrom, "short") })}`
                      : m("noCurrent")}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {agreements.length === 0 ? <Paragraph className="mt-6">{m("noCurrent")}</Paragraph> : null}
    </>
  );
}
