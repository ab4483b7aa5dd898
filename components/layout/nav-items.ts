import type { MessageKey } from "@/lib/i18n";

// The primary navigation, in order. Add a page here (and its label under `nav.items` in both message files) once it
// exists; `path` is language-neutral and the link gets the /nb prefix for bokmål automatically.
export type NavItem = { key: MessageKey<"nav.items">; path: string };

export const navItems: readonly NavItem[] = [
  { key: "home", path: "/" },
  { key: "organisation", path: "/organisering" },
  { key: "meetings", path: "/mote" },
  { key: "actionPlan", path: "/handlingsplan" },
  { key: "agreements", path: "/avtalar" },
  { key: "news", path: "/nyheiter" },
  { key: "search", path: "/sok" },
  // Planned (label already in the message files): submitCase "/meld-inn-sak" (the case form's issue).
];
