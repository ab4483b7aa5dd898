import { Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { DocumentList } from "@/components/public/document-list";
import { getAgreement, type AgreementVersionView } from "@/lib/agreements/data";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { formatDate, localize, type Locale, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { LocalizedText } from "@/components/i18n/localized-text";
import NextLink from "next/link";
import { getAdoptionCounts } from "@/lib/adoption/data";
import { href } from "@/lib/i18n";

type Props = { params: Promise<{ lang: string; slug: string }> };

async function load(slug: string) {
  await connection();
  return getAgreement(slug, ANONYMOUS);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const a = await load((await params).slug);
  if (!a) return {};
  const title = localize(lang, a.title, a.titleNb);
  return { ...pageMetadata(lang, `/avtalar/${a.slug}`, title), description: (localize(lang, a.summary, a.summaryNb) ?? title).slice(0, 200) };
}

function Version({ lang, version }: { lang: Locale; version: AgreementVersionView }) {
  const m = getTranslator(lang, "agreementsPage");
  const validity = version.validTo
    ? m("validRange", { from: formatDate(lang, version.validFrom, "long"), to: formatDate(lang, version.validTo, "long") })
    : m("valid", { from: formatDate(lang, version.validFrom, "long") });
  return (
    <div className="rounded-md border border-neutral-border-subtle p-3">
      <h3 className="font-semibold">{version.label}</h3>
      <span className="block">{validity}</span>
      {version.adoptedBy ? <span className="block text-sm">{m("adoptedBy", { by: version.adoptedBy })}</span> : null}
      {version.note ? <span className="block text-sm">{version.note}</span> : null}
      <div className="mt-3">
        <DocumentList lang={lang} documents={version.documents} />
      </div>
    </div>
  );
}

export default async function AgreementPage({ params }: Props) {
  const lang = await langFromParams(params);
  const a = await load((await params).slug);
  if (!a) notFound();
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "agreementsPage");
  const earlier = a.versions.filter((v) => !v.current);
  // Issue 21.1: how many parties have adopted the newest version SSU adopted (counts only, from the rows).
  const adopted = a.versions.find((v) => v.adoptedOn !== null) ?? null;
  const count = adopted ? (await getAdoptionCounts())[adopted.id] : undefined;
  return (
    <article>
      <PageHeader title={<LocalizedText lang={lang} nn={a.title} nb={a.titleNb} />} lead={msg(`labels.agreementKind.${a.kind}`)} />
      {a.summary ? (
        <section aria-labelledby="summary" className="mt-8 max-w-3xl">
          <SectionHeading id="summary">{m("summary")}</SectionHeading>
          <Paragraph className="mt-3"><LocalizedText lang={lang} nn={a.summary} nb={a.summaryNb} /></Paragraph>
        </section>
      ) : null}
      <section aria-labelledby="current" className="mt-8 max-w-3xl">
        <SectionHeading id="current">{m("current")}</SectionHeading>
        <div className="mt-3">{a.current ? <Version lang={lang} version={a.current} /> : <Paragraph>{m("noCurrent")}</Paragraph>}</div>
        {adopted && count && count.total > 0 ? (
          <p className="ds-paragraph mt-3" data-testid="adoption-count">
            <span className="font-semibold">{msg("adoption.publicCount", { adopted: count.adopted, total: count.total, label: adopted.label })}</span>{" "}
            <NextLink href={href(lang, "/mine-vedtak")} className="ds-link">
              {msg("adoption.own.agreementLink")}
            </NextLink>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="earlier" className="mt-8 max-w-3xl">
        <SectionHeading id="earlier">{m("earlier")}</SectionHeading>
        {earlier.length ? (
          <ul className="mt-3 grid gap-3">
            {earlier.map((v) => (
              <li key={v.id}>
                <Version lang={lang} version={v} />
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph className="mt-3">{m("earlierEmpty")}</Paragraph>
        )}
      </section>
      {a.reviews.length ? (
        <section aria-labelledby="reviews" className="mt-8 max-w-3xl">
          <SectionHeading id="reviews">{msg("editors.agreements.reviewsHeading")}</SectionHeading>
          <ul className="mt-3 grid gap-3" data-testid="agreement-reviews">
            {a.reviews.map((r) => (
              <li key={r.id}>
                <span className="block font-semibold">
                  {msg("editors.agreements.reviewLine", { date: formatDate(lang, r.reviewedOn, "long"), body: localize(lang, r.body.name, r.body.nameNb) })}
                </span>
                <span className="block">{r.outcome}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
