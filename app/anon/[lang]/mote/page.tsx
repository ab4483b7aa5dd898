// The anonymous reader's cached copy of app/[lang]/mote (issue 18 item 1: proxy.ts rewrites here; the layout says how).
import { generateMetadata as calendarMetadata } from "@/app/[lang]/mote/page";

export { default } from "@/app/[lang]/mote/page";

export const dynamic = "force-static";
export const revalidate = 10;

// Rewritten here only without a query. Next 16.4 lets a static page read its (empty) query but not its metadata,
// which then fails the render: the metadata is given the empty query itself.
export function generateMetadata({ params }: { params: Promise<{ lang: string }> }) {
  return calendarMetadata({ params, searchParams: Promise.resolve({}) });
}
