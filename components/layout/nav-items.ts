import type { Messages } from "@/lib/i18n";

// The primary navigation, in order. Add a page here (and its label under `nav.items` in both message files) once it
// exists; `path` is language-neutral and the link gets the /nb prefix for bokmål automatically.
export type NavItem = { key: keyof Messages["nav"]["items"]; path: string };

export const navItems: readonly NavItem[] = [
  { key: "home", path: "/" },
  // Planned (label already in the message files): organisation "/organisering", meetings "/mote",
  // actionPlan "/handlingsplan", agreements "/avtalar", news "/nyheiter", search "/sok", submitCase "/meld-inn-sak".
];
