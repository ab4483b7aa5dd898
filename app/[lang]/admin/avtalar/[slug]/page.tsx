import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { agreementFields, versionFields } from "@/components/editors/agreement-fields";
import { EditorForm } from "@/components/editors/editor-form";
import { BackLink, SavedNotice } from "@/components/editors/editor-parts";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { bodyOptions } from "@/lib/action-plan/data";
import { addVersionAction, recordReviewAction, updateAgreementAction, updateVersionAction } from "@/lib/agreements/actions";
import { getAgreementForEditor } from "@/lib/agreements/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate, href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { slug } = await params;
  return { ...pageMetadata(lang, `/admin/avtalar/${slug}`, getTranslator(lang)("editors.agreements.editHeading")), robots: { index: false } };
}

export default async function AgreementEditorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { slug } = await params;
  await requirePagePermission("content.edit", lang, `/admin/avtalar/${slug}`);
  const [agreement, bodies] = await Promise.all([getAgreementForEditor(slug), bodyOptions()]);
  if (!agreement) notFound();
  const messages = getTranslator(lang);
  const e = getTranslator(lang, "editors");
  const m = getTranslator(lang, "editors.agreements");
  const currentId = agreement.currentVersionId;
  const ssu = bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE");
  const today = osloIsoDate(agreement.loadedAt);
  return (
    <>
      <PageHeader title={localize(lang, agreement.title, agreement.titleNb)} lead={messages(`labels.agreementKind.${agreement.kind}`)} />
      <AdminNav lang={lang} current="agreements" />
      <BackLink to={href(lang, "/admin/avtalar")}>{m("back")}</BackLink>
      <p>
        <NextLink href={href(lang, `/avtalar/${agreement.slug}`)} className="ds-link">
          {e("publicPage")}
        </NextLink>
      </p>
      <SavedNotice show={(await searchParams).lagra === "1"}>{e("saved")}</SavedNotice>

      <section aria-labelledby="versions-heading" className="mt-8">
        <SectionHeading id="versions-heading">{m("versionsHeading")}</SectionHeading>
        {agreement.versions.length === 0 ? <p className="mt-2">{m("versionsEmpty")}</p> : null}
        <ul className="mt-3 grid gap-3" data-testid="editor-versions">
          <ClientMessages lang={lang} for="EditorForm">{agreement.versions.map((v) => (
            <li key={v.id} className="rounded-md border border-neutral-border-subtle p-3">
              <h3 className="font-semibold">
                {v.label}
                {v.id === currentId ? ` (${m("current")})` : ""}
              </h3>
              <span className="block">
                {v.validTo
                  ? m("validityRange", { from: formatDate(lang, v.validFrom, "long"), to: formatDate(lang, v.validTo, "long") })
                  : m("validity", { from: formatDate(lang, v.validFrom, "long") })}
              </span>
              <span className="block text-sm">
                {(() => {
                  const files = v.documents.flatMap((d) => d.versions.map((x) => x.fileName));
                  return files.length ? m("files", { files: files.join(", ") }) : m("noFiles");
                })()}
              </span>
              <details className="mt-2">
                <summary className="ds-link cursor-pointer">{m("editVersion", { label: v.label })}</summary>
                <EditorForm
                  id={`version-${v.id}`}
                  action={updateVersionAction}
                  lang={lang}
                  hidden={{ versionId: v.id, version: v.version }}
                  fields={versionFields(lang, v)}
                  submitLabel={m("saveVersion")}
                />
              </details>
            </li>
          ))}</ClientMessages>
        </ul>
      </section>

      <section aria-labelledby="new-version-heading" className="mt-10">
        <SectionHeading id="new-version-heading">{m("newVersionHeading")}</SectionHeading>
        <p className="mt-2 max-w-3xl">{m("newVersionLead")}</p>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="new-version"
          action={addVersionAction}
          lang={lang}
          hidden={{ agreementId: agreement.id }}
          fields={versionFields(lang, null).map((f) => (f.name === "validFrom" ? { ...f, defaultValue: today } : f))}
          submitLabel={m("addVersion")}
        /></ClientMessages>
      </section>

      <section aria-labelledby="reviews-heading" className="mt-10">
        <SectionHeading id="reviews-heading">{m("reviewsHeading")}</SectionHeading>
        {agreement.reviews.length === 0 ? <p className="mt-2">{m("reviewsEmpty")}</p> : null}
        <ul className="mt-3 grid gap-3" data-testid="editor-reviews">
          {agreement.reviews.map((r) => (
            <li key={r.id}>
              <span className="block font-semibold">{m("reviewLine", { date: formatDate(lang, r.reviewedOn, "long"), body: localize(lang, r.body.name, r.body.nameNb) })}</span>
              <span className="block">{r.outcome}</span>
            </li>
          ))}
        </ul>
        <h3 className="ds-heading mt-6" data-size="2xs">
          {m("newReviewHeading")}
        </h3>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="review"
          action={recordReviewAction}
          lang={lang}
          hidden={{ agreementId: agreement.id }}
          fields={[
            { name: "year", label: m("reviewYear"), kind: "number", narrow: true, defaultValue: today.slice(0, 4) },
            { name: "reviewedOn", label: m("reviewedOn"), kind: "date", defaultValue: today },
            { name: "bodyId", label: m("reviewBody"), kind: "select", options: bodies.map((b) => ({ value: b.id, label: localize(lang, b.name, b.nameNb) })), defaultValue: ssu?.id ?? "" },
            { name: "outcome", label: m("outcome"), kind: "textarea", rows: 3, defaultValue: "" },
          ]}
          submitLabel={m("addReview")}
        /></ClientMessages>
      </section>

      <section aria-labelledby="agreement-heading" className="mt-10">
        <SectionHeading id="agreement-heading">{m("editHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="agreement"
          action={updateAgreementAction}
          lang={lang}
          hidden={{ agreementId: agreement.id, version: agreement.version }}
          fields={agreementFields(lang, agreement)}
          submitLabel={m("save")}
        /></ClientMessages>
      </section>
    </>
  );
}
