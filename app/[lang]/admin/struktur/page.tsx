import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { StructureImportForm } from "@/components/structure/import-form";
import { requirePagePermission } from "@/lib/auth/guard";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { structureImportAction } from "@/lib/structure/actions";
import { STRUCTURE_ADMIN_PATH, STRUCTURE_EXPORT_PATH, STRUCTURE_SCHEMA_PATH } from "@/lib/structure/policy";

// The secretariat's structure page (issue 20 item 3): download the description, upload a changed one, see the dry
// run (and the hard-rule consequences for current memberships), apply.
type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, STRUCTURE_ADMIN_PATH, getTranslator(lang)("structure.title")), robots: { index: false } };
}

export default async function StructureAdminPage({ params }: Props) {
  const lang = await langFromParams(params);
  await requirePagePermission("structure.manage", lang, STRUCTURE_ADMIN_PATH);
  const m = getTranslator(lang, "structure");
  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <AdminNav lang={lang} current="structure" />
      <section aria-labelledby="structure-export" className="mt-8 max-w-3xl">
        <SectionHeading id="structure-export">{m("export.heading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{m("export.lead")}</p>
        <ul className="mt-2 grid gap-1">
          <li>
            <a href={STRUCTURE_EXPORT_PATH} className="ds-link" download>
              {m("export.download")}
            </a>
          </li>
          <li>
            <a href={`${STRUCTURE_EXPORT_PATH}?format=yaml`} className="ds-link" download>
              {m("export.downloadYaml")}
            </a>
          </li>
          <li>
            <a href={STRUCTURE_SCHEMA_PATH} className="ds-link">
              {m("export.schema")}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="structure-import" className="mt-10 max-w-3xl">
        <SectionHeading id="structure-import">{m("import.heading")}</SectionHeading>
        <ClientMessages lang={lang} for="StructureImportForm">
          <StructureImportForm lang={lang} action={structureImportAction} today={new Date().toISOString().slice(0, 10)} />
        </ClientMessages>
      </section>
    </>
  );
}
