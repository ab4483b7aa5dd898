import { Link, ListItem, ListUnordered, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { EditorForm } from "@/components/editors/editor-form";
import { SavedNotice } from "@/components/editors/editor-parts";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { submitFeedbackAction } from "@/lib/contact/actions";
import { formatDate, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ sendt?: string }> };

/** Bump when the statement's content changes. */
const LAST_UPDATED = new Date("2026-11-22T12:00:00Z");
const SUPERVISORY_AUTHORITY_URL = "https://www.uutilsynet.no/";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/tilgjengelegheit", getTranslator(lang)("accessibility.title"));
}

export default async function AccessibilityStatementPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "accessibility");
  const f = getTranslator(lang, "feedback.form");
  const sent = (await searchParams).sendt === "1";
  return (
    <article className="max-w-3xl">
      <PageHeader title={m("title")} lead={m("lead")} />

      <SectionHeading className="mt-10">{m("requirementsHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("requirementsBody")}</Paragraph>

      <SectionHeading className="mt-10">{m("practiceHeading")}</SectionHeading>
      <ListUnordered className="mt-3">
        {(m.raw("practice") as string[]).map((item) => (
          <ListItem key={item}>{item}</ListItem>
        ))}
      </ListUnordered>

      <SectionHeading className="mt-10">{m("knownIssuesHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("knownIssuesBody")}</Paragraph>

      <SectionHeading className="mt-10">{m("reportHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("reportBody")}</Paragraph>

      {/* The feedback form (issue 14.8): lands in the secretariat's inbox (/admin/tilbakemeldingar) and as an e-mail. */}
      <section id="tilbakemelding" aria-labelledby="feedback-heading" className="mt-8">
        <h3 id="feedback-heading" className="ds-heading" data-size="xs">
          {f("heading")}
        </h3>
        <SavedNotice show={sent}>{f("sent")}</SavedNotice>
        <Paragraph className="mt-3">{f("lead")}</Paragraph>
        <ClientMessages lang={lang} for="EditorForm"><EditorForm
          id="feedback"
          action={submitFeedbackAction}
          lang={lang}
          hidden={{ idempotencyKey: randomUUID() }}
          fields={[
            { name: "name", label: f("name"), kind: "text" },
            { name: "email", label: f("email"), kind: "text" },
            { name: "page", label: f("page"), kind: "text", hint: f("pageHint") },
            { name: "message", label: f("message"), kind: "textarea", rows: 6 },
          ]}
          submitLabel={f("submit")}
        /></ClientMessages>
      </section>

      <SectionHeading className="mt-10">{m("supervisionHeading")}</SectionHeading>
      <Paragraph className="mt-3">
        {m.rich("supervisionBody", {
          linkText: m("supervisionLink"),
          link: (text) => <Link href={SUPERVISORY_AUTHORITY_URL}>{text}</Link>,
        })}
      </Paragraph>

      <Paragraph data-size="sm" className="mt-10 text-neutral-text-subtle">
        {m.rich("updated", {
          date: formatDate(lang, LAST_UPDATED, "long"),
          time: (text) => <time dateTime={osloIsoDate(LAST_UPDATED)}>{text}</time>,
        })}
      </Paragraph>
    </article>
  );
}
