import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { EditorForm } from "@/components/editors/editor-form";
import { SavedNotice } from "@/components/editors/editor-parts";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { updateContactAction } from "@/lib/contact/actions";
import { getContactDetails } from "@/lib/contact/data";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/kontakt", getTranslator(lang)("feedback.contactEditor.title")), robots: { index: false } };
}

// The secretariat edits the contact details shown on /kontakt (issue 14.8): content.edit, version-checked, audited.
export default async function ContactEditorPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/kontakt");
  const details = await getContactDetails();
  if (!details) notFound();
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "feedback.contactEditor");
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="contact" />
      <SavedNotice show={(await searchParams).lagra === "1"}>{m("saved")}</SavedNotice>
      <p className="mt-4">
        <NextLink href={href(lang, "/kontakt")} className="ds-link">
          {m("publicPage")}
        </NextLink>
      </p>
      <ClientMessages lang={lang} for="EditorForm"><EditorForm
        id="contact"
        action={updateContactAction}
        lang={lang}
        hidden={{ version: details.version }}
        fields={[
          { name: "name", label: m("name"), kind: "text", defaultValue: details.name },
          { name: "nameNb", label: m("nameNb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: details.nameNb ?? "" },
          { name: "address", label: m("address"), kind: "textarea", rows: 2, defaultValue: details.address },
          { name: "email", label: m("email"), kind: "text", hint: m("emailHint"), defaultValue: details.email },
          { name: "phone", label: m("phone"), kind: "text", narrow: true, defaultValue: details.phone },
          { name: "openingHours", label: m("openingHours"), kind: "text", defaultValue: details.openingHours ?? "" },
          { name: "openingHoursNb", label: m("openingHoursNb"), kind: "text", hint: messages("editors.nbHint"), defaultValue: details.openingHoursNb ?? "" },
        ]}
        submitLabel={m("save")}
      /></ClientMessages>
    </>
  );
}
