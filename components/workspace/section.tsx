import type { ReactNode } from "react";
import { SectionHeading } from "@/components/layout/page-header";
import type { Viewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n";

/** What every home-page section gets: the request's viewer (from the database), the user and the time. */
export type HomeSectionProps = { lang: Locale; viewer: Viewer & { userId: string }; personId: string | null; now: Date };

/** A labelled section of the home page (one <h2>). */
export function HomeSection({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 max-w-3xl min-w-0" data-testid={`home-${id}`}>
      <SectionHeading id={id}>{heading}</SectionHeading>
      <div className="mt-3">{children}</div>
    </section>
  );
}
