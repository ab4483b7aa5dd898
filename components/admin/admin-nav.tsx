import NextLink from "next/link";
import { getMessages, href, type Locale } from "@/lib/i18n";

/** The admin section's own navigation. */
export function AdminNav({ lang, current }: { lang: Locale; current: "users" | "audit" | "outbox" | "meetings" }) {
  const m = getMessages(lang).admin.nav;
  const items = [
    { key: "users", path: "/admin", label: m.users },
    { key: "audit", path: "/admin/revisjonslogg", label: m.audit },
    { key: "outbox", path: "/admin/utboks", label: m.outbox },
    { key: "meetings", path: "/admin/moter", label: getMessages(lang).meetingAdmin.navLabel },
  ] as const;
  return (
    <nav aria-label={m.label} className="mt-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {items.map((item) => (
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
