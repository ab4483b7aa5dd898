import NextLink from "next/link";
import { getCurrentSession } from "@/lib/auth/data";
import { can, type Permission } from "@/lib/auth/permissions";
import { href, type Locale, getTranslator } from "@/lib/i18n";

/** The admin section's own navigation: only the pages this viewer may open. */
export async function AdminNav({ lang, current }: { lang: Locale; current: "overview" | "users" | "audit" | "outbox" | "meetings" | "actionPlan" | "agreements" | "news" | "contact" | "feedback" | "fees" | "indicators" | "consultations" | "annualReport" | "structure" }) {
  const messages = getTranslator(lang);
  const m = getTranslator(lang, "admin.nav");
  const { viewer } = await getCurrentSession();
  const items: { key: typeof current; path: string; label: string; permission: Permission }[] = [
    { key: "overview", path: "/admin", label: m("overview"), permission: "admin.overview" },
    { key: "users", path: "/admin/brukar", label: m("users"), permission: "users.manage" },
    { key: "audit", path: "/admin/revisjonslogg", label: m("audit"), permission: "audit.read" },
    { key: "outbox", path: "/admin/utboks", label: m("outbox"), permission: "outbox.read" },
    { key: "meetings", path: "/admin/moter", label: messages("meetingAdmin.navLabel"), permission: "content.edit" },
    { key: "actionPlan", path: "/admin/handlingsplan", label: messages("editors.nav.actionPlan"), permission: "content.edit" },
    { key: "agreements", path: "/admin/avtalar", label: messages("editors.nav.agreements"), permission: "content.edit" },
    { key: "news", path: "/admin/nyheiter", label: messages("editors.nav.news"), permission: "content.edit" },
    { key: "contact", path: "/admin/kontakt", label: messages("feedback.contactEditor.title"), permission: "content.edit" },
    { key: "feedback", path: "/admin/tilbakemeldingar", label: messages("feedback.inbox.nav"), permission: "feedback.read" },
    { key: "fees", path: "/admin/honorar", label: messages("fees.nav"), permission: "fee.manage" },
    { key: "indicators", path: "/admin/indikatorar", label: messages("indicators.admin.nav"), permission: "indicator.manage" },
    { key: "consultations", path: "/admin/hoyringar", label: messages("consultation.nav"), permission: "consultation.manage" },
    { key: "annualReport", path: "/admin/arsmelding", label: messages("annualReport.nav"), permission: "annualReport.manage" },
    { key: "structure", path: "/admin/struktur", label: messages("structure.nav"), permission: "structure.manage" },
  ];
  return (
    <nav aria-label={m("label")} className="mt-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {items
          .filter((item) => can(viewer, item.permission))
          .map((item) => (
            <li key={item.key}>
              <NextLink href={href(lang, item.path)} className="ds-link" aria-current={item.key === current ? "page" : undefined}>
                {item.label}
              </NextLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
