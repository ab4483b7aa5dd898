import { Heading, Paragraph } from "@/components/ui/ds";
import type { ReactNode } from "react";

/** The page's <h1> and an optional lead paragraph, sized down on narrow screens. */
export function PageHeader({ title, lead, id }: { title: ReactNode; lead?: ReactNode; id?: string }) {
  return (
    <div className="max-w-3xl">
      <Heading level={1} data-size="lg" className="saman-page-title" id={id}>
        {title}
      </Heading>
      {lead ? (
        <Paragraph data-size="lg" className="saman-lead mt-4">
          {lead}
        </Paragraph>
      ) : null}
    </div>
  );
}

/** A section's <h2>, one step below the page title at every screen width. */
export function SectionHeading({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <Heading level={2} data-size="sm" id={id} className={`saman-section-title ${className ?? ""}`.trim()}>
      {children}
    </Heading>
  );
}
