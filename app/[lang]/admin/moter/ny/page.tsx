import { addDays } from "date-fns";
import type { Metadata } from "next";
import NextLink from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/layout/page-header";
import { ActionForm } from "@/components/meetings/admin/action-form";
import { requirePagePermission } from "@/lib/auth/guard";
import { href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { createMeetingAction } from "@/lib/meetings/actions";
import { getAdminBodies } from "@/lib/meetings/data";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ organ?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/admin/moter/ny", getTranslator(lang)("meetingAdmin.newTitle")), robots: { index: false } };
}

export default async function NewMeetingPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("content.edit", lang, "/admin/moter/ny");
  const all = getTranslator(lang);
  const m = getTranslator(lang, "meetingAdmin");
  const { organ } = await searchParams;
  const bodies = await getAdminBodies();
  const chosen = bodies.find((b) => b.slug === organ) ?? bodies.find((b) => b.slug === "ssu") ?? bodies[0];
  return (
    <>
      <PageHeader title={m("newTitle")} />
      <AdminNav lang={lang} current="meetings" />
      <p className="ds-paragraph mt-4">
        <NextLink className="ds-link" href={href(lang, "/admin/moter")}>
          {m("back")}
        </NextLink>
      </p>
      <p className="ds-paragraph mt-4 max-w-2xl">{all("meetingFlow.newLead")}</p>
      <div className="mt-6">
        <ClientMessages lang={lang} for="ActionForm"><ActionForm
          lang={lang}
          id="new-meeting"
          action={createMeetingAction}
          submit={m("buttons.create")}
          fields={[
            { type: "select", name: "bodyId", label: m("fields.bodyId"), options: bodies.map((b) => ({ value: b.id, label: localize(lang, b.name, b.nameNb) })), defaultValue: chosen?.id },
            { type: "text", name: "title", label: m("fields.title") },
            // Two weeks ahead: a new meeting is planned for the future (a past one only "after the fact", below).
            { type: "date", name: "date", label: m("fields.date"), defaultValue: osloIsoDate(addDays(new Date(), 14)) },
            { type: "time", name: "startTime", label: m("fields.startTime"), defaultValue: "10:00" },
            { type: "time", name: "endTime", label: m("fields.endTime"), defaultValue: "14:00" },
            { type: "text", name: "location", label: m("fields.location") },
            { type: "checkbox", name: "afterTheFact", label: all("meetingFlow.afterTheFact") },
          ]}
        /></ClientMessages>
      </div>
    </>
  );
}
