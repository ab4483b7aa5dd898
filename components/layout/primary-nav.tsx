"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath, splitLocale } from "@/lib/i18n/paths";

const LINK_CLASS = [
  "block border-b-4 border-transparent px-2 py-3 text-neutral-text-default no-underline underline-offset-4",
  "hover:underline [&[aria-current]]:border-accent-base-default [&[aria-current]]:font-semibold",
].join(" ");

export type PrimaryNavLink = { href: string; path: string; label: string };

/** The main menu; marks the current page or section with aria-current. Links wrap onto more lines on narrow screens. */
export function PrimaryNav({ label, links }: { label: string; links: PrimaryNavLink[] }) {
  const { path: currentPath } = splitLocale(usePathname() ?? "/");
  return (
    <nav aria-label={label} className="border-t border-neutral-border-subtle bg-neutral-background-tinted">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 gap-y-1 px-2 sm:px-4">
        {links.map((link) => {
          // "page" on the page itself, "true" on the menu item of the section a page is in (/mote for /mote/x).
          const current =
            currentPath === link.path ? "page" : isCurrentPath(currentPath, link.path) ? "true" : undefined;
          return (
            <li key={link.path}>
              <NextLink href={link.href} aria-current={current} className={LINK_CLASS}>
                {link.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
