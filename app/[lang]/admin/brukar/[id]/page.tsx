import { Alert } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { param } from "@/components/cases/outcome-notice";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { ACTION_ERRORS, type ActionError } from "@/lib/actions/chain";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { setUserDisabledAction } from "@/lib/auth/actions";
import { getUser, linkOptions } from "@/lib/auth/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `/admin/brukar/${id}`, getTranslator(lang)("admin.title")), robots: { index: false } };
}

export default async function EditUserPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  const viewer = await requirePagePermission("users.manage", lang, `/admin/brukar/${id}`);
  const user = await getUser(id);
  if (!user) notFound();
  const m = getTranslator(lang, "admin");
  const { persons, parties } = await linkOptions();
  // A refused enable/disable comes back here with ?utfall=<code> (lib/auth/actions.ts setUserDisabledAction).
  const refusal = param((await searchParams).utfall);
  const refusalText = refusal && (ACTION_ERRORS as readonly string[]).includes(refusal) ? getTranslator(lang, "auth.errors")(refusal as ActionError) : null;
  return (
    <>
      <PageHeader title={m("form.editTitle", { name: user.name })} lead={user.email} />
      <AdminNav lang={lang} current="users" />
      {refusalText ? (
        <OutcomeMessage tone="danger" className="mt-6 max-w-xl">
          <p className="ds-paragraph">{refusalText}</p>
        </OutcomeMessage>
      ) : null}
      {user.disabledAt ? (
        <Alert data-color="warning" className="mt-6 max-w-xl" data-testid="disabled-note">
          {m("form.disabledNote")}
        </Alert>
      ) : null}
      <ClientMessages lang={lang} for="UserForm"><UserForm
        lang={lang}
        persons={persons.map((p) => ({ value: p.id, label: `${p.givenName} ${p.familyName}${p.title ? ` (${p.title})` : ""}` }))}
        parties={parties.map((p) => ({ value: p.id, label: p.name }))}
        user={user}
      /></ClientMessages>
      {user.id !== viewer.userId ? (
        <section className="mt-10 max-w-xl" aria-labelledby="status-heading">
          <SectionHeading id="status-heading">{m("users.status")}</SectionHeading>
          <form action={setUserDisabledAction} className="mt-4">
            <input type="hidden" name="lang" value={lang} />
            <input type="hidden" name="id" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
            <button type="submit" className="ds-button" data-variant="secondary" data-color={user.disabledAt ? undefined : "danger"}>
              {user.disabledAt ? m("form.enable") : m("form.disable")}
            </button>
          </form>
        </section>
      ) : null}
      <p className="mt-8">
        <NextLink href={href(lang, "/admin/brukar")} className="ds-link">
          {m("form.back")}
        </NextLink>
      </p>
    </>
  );
}
