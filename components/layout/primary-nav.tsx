"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { isCurrentPath, splitLocale } from "@/lib/i18n/paths";

const LINK_CLASS = [
  "block border-b-4 border-transparent px-2 py-3 text-neutral-text-default no-underline underline-offset-4",
  "hover:underline [&[aria-current]]:border-accent-base-default [&[aria-current]]:font-semibold",
].join(" ");

export type PrimaryNavLink = { href: string; path: string; label: string };

/**
 * The main menu: the public pages, then the pages the signed-in viewer may use (decided on the server by the role
 * table, lib/workspace/policy.ts). Marks the current page or section with aria-current.
 *
 * At ≤ 640 px the menu collapses behind one "Meny" disclosure button (aria-expanded, aria-controls; Escape closes and
 * returns focus to the button). Progressive enhancement: the server renders the open list and no button, so without
 * JavaScript every link is there; only after hydration (data-enhanced) does the list collapse on narrow screens.
 */
export function PrimaryNav({ label, menuLabel, links, roleLinks = [] }: { label: string; menuLabel: string; links: PrimaryNavLink[]; roleLinks?: PrimaryNavLink[] }) {
  const { path: currentPath } = splitLocale(usePathname() ?? "/");
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(currentPath);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // eslint-disable-next-line react-hooks/set-state-in-effect -- runs once after hydration: the enhanced menu takes over
  useEffect(() => setEnhanced(true), []);
  // A followed link closes the menu (the path changed since it was opened).
  if (shownFor !== currentPath) {
    setShownFor(currentPath);
    setOpen(false);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  const item = (link: PrimaryNavLink, first: boolean) => {
    // "page" on the page itself, "true" on the menu item of the section a page is in (/mote for /mote/x).
    const current = currentPath === link.path ? "page" : isCurrentPath(currentPath, link.path) ? "true" : undefined;
    return (
      <li key={link.path} className={first ? "max-[640px]:mt-2 max-[640px]:border-t min-[641px]:ml-2 min-[641px]:border-l border-neutral-border-default min-[641px]:pl-2" : undefined}>
        <NextLink href={link.href} aria-current={current} className={LINK_CLASS}>
          {link.label}
        </NextLink>
      </li>
    );
  };

  return (
    <nav aria-label={label} className="border-t border-neutral-border-subtle bg-neutral-background-tinted" data-enhanced={enhanced ? "true" : undefined} onKeyDown={onKeyDown}>
      <div className="mx-auto max-w-5xl px-2 sm:px-4">
        {enhanced ? (
          <button
            ref={button}
            type="button"
            className="ds-button my-2 min-[641px]:hidden"
            data-variant="secondary"
            data-size="sm"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">☰</span> {menuLabel}
          </button>
        ) : null}
        <ul id={listId} className={`flex flex-wrap gap-x-1 gap-y-1 ${enhanced ? (open ? "max-[640px]:flex-col" : "max-[640px]:hidden") : ""}`}>
          {links.map((link) => item(link, false))}
          {roleLinks.map((link, i) => item(link, i === 0))}
        </ul>
      </div>
    </nav>
  );
}
