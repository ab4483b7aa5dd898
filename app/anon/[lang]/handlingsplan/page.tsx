// The anonymous reader's cached copy of app/[lang]/handlingsplan (issue 18 item 1: proxy.ts rewrites here; the layout says how).
export { default, generateMetadata } from "@/app/[lang]/handlingsplan/page";

export const dynamic = "force-static";
export const revalidate = 10;
