import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/layout/page-header";
import { linkOptions } from "@/lib/auth/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/brukar/ny", getTranslator(lang)("admin.form.newTitle")), robots: { index: false } };
}

export default async function NewUserPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("users.manage", lang, "/admin/brukar/ny");
  const m = getTranslator(lang, "admin");
  const { persons, parties } = await linkOptions();
  return (
    <>
      <PageHeader title={m("form.newTitle")} />
      <AdminNav lang={lang} current="users" />
      <ClientMessages lang={lang} for="UserForm"><UserForm
        lang={lang}
        persons={persons.map((p) => ({ value: p.id, label: `${p.givenName} ${p.familyName}${p.title ? ` (${p.title})` : ""}` }))}
        parties={parties.map((p) => ({ value: p.id, label: p.name }))}
      /></ClientMessages>
      <p className="mt-8">
        <NextLink href={href(lang, "/admin/brukar")} className="ds-link">
          {m("form.back")}
        </NextLink>
      </p>
    </>
  );
}
