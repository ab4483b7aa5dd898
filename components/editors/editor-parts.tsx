// Small server-rendered pieces the editor pages share: the saved notice after a redirect, and the back link.
import { OutcomeMessage } from "@/components/forms/outcome-message";
import NextLink from "next/link";
import type { ReactNode } from "react";

/** Shown after a successful save (the action redirects with ?lagra=1). */
export function SavedNotice({ show, children }: { show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <OutcomeMessage tone="success" className="mt-6" testId="saved">
      {children}
    </OutcomeMessage>
  );
}

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="mt-4">
      <NextLink href={to} className="ds-link">
        {children}
      </NextLink>
    </p>
  );
}
