import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ComplianceSummary } from "@/components/membership/compliance-summary";
import { getViewer } from "@/lib/auth/data";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getBodyPage } from "@/lib/bodies/data";
import { bodyPath } from "@/lib/bodies/paths";
import { feedAlternates } from "@/lib/feeds/metadata";
import { localize, osloIsoDate, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { getBodyComplianceResults } from "@/lib/membership/data";
import { canViewBodyCompliance } from "@/lib/membership/policy";
import { FollowSection } from "@/components/follow/follow-section";
import { BodyPageView } from "./body-page";

// Shared by the body routes (/ssu, /partnarskapsmotet, /samarbeidssekretariatet, /omradeutval/<area>, /utval/<slug>).

async function load(slug: string) {
  await connection();
  const now = new Date();
  const body = await getBodyPage(slug, ANONYMOUS, osloIsoDate(now));
  return { body, now };
}

export async function bodyMetadata(lang: Locale, slug: string): Promise<Metadata> {
  const { body } = await load(slug);
  if (!body) return {};
  const page = pageMetadata(lang, bodyPath(body), localize(lang, body.name, body.nameNb));
  return {
    ...page,
    description: localize(lang, body.mandate, body.mandateNb).slice(0, 200),
    // This body's minutes and papers as feeds (issue 19.4).
    alternates: { ...page.alternates, types: feedAlternates(lang, ["referat", "sakspapir"], { slug: body.slug, name: localize(lang, body.name, body.nameNb) }) },
  };
}

export async function BodyRoute({ lang, slug }: { lang: Locale; slug: string }) {
  const { body, now } = await load(slug);
  if (!body) notFound();
  // The composition is public (cached); the compliance summary only for the body's members and the secretariat.
  const viewer = await getViewer();
  const results = canViewBodyCompliance(viewer, body.id) ? await getBodyComplianceResults(body.id, now) : null;
  const compliance = results ? <ComplianceSummary lang={lang} slug={body.slug} shortName={body.shortName} results={results} /> : null;
  // Anyone may follow the body: minutes alerts by e-mail (issue 16.5).
  return <BodyPageView lang={lang} body={body} now={now} compliance={compliance} follow={<FollowSection lang={lang} target="BODY" targetId={body.id} />} />;
}
