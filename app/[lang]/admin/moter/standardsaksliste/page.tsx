import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { StandardAgendaEditor } from "@/components/meetings/admin/standard-agenda-editor";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getAdminBodies, getStandardAgenda } from "@/lib/meetings/data";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ organ?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/moter/standardsaksliste", getTranslator(lang)("meetingFlow.standardTitle")), robots: { index: false } };
}

// A body's standard saksliste (issue 15 item 2), kept by the secretariat: the lines every new meeting starts with.
export default async function StandardAgendaPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/moter/standardsaksliste");
  const all = getTranslator(lang);
  const f = getTranslator(lang, "meetingFlow");
  const { organ } = await searchParams;
  const bodies = await getAdminBodies();
  const body = bodies.find((b) => b.slug === organ) ?? bodies.find((b) => b.slug === "ssu") ?? bodies[0];
  const items = body ? await getStandardAgenda(body.id) : [];
  return (
    <>
      <PageHeader title={f("standardTitle")} lead={f("standardLead")} />
      <AdminNav lang={lang} current="meetings" />
      <p className="ds-paragraph mt-4">
        <NextLink className="ds-link" href={href(lang, "/admin/moter")}>
          {all("meetingAdmin.back")}
        </NextLink>
      </p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-2">
        <div className="ds-field flex max-w-full flex-col gap-1">
          <label htmlFor="organ" className="ds-label" data-weight="medium">
            {f("standardBody")}
          </label>
          <select id="organ" name="organ" className="ds-input max-w-full" defaultValue={body?.slug}>
            {bodies.map((b) => (
              <option key={b.id} value={b.slug}>
                {localize(lang, b.name, b.nameNb)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {all("meetingAdmin.show")}
        </button>
      </form>
      {body ? <StandardAgendaEditor lang={lang} bodyId={body.id} bodyName={localize(lang, body.name, body.nameNb)} items={items} /> : null}
    </>
  );
}
