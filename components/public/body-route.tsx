import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ANONYMOUS } from "@/lib/auth/viewer";
import { getBodyPage } from "@/lib/bodies/data";
import { bodyPath } from "@/lib/bodies/paths";
import { localize, osloIsoDate, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
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
  return {
    ...pageMetadata(lang, bodyPath(body), localize(lang, body.name, body.nameNb)),
    description: localize(lang, body.mandate, body.mandateNb).slice(0, 200),
  };
}

export async function BodyRoute({ lang, slug }: { lang: Locale; slug: string }) {
  const { body, now } = await load(slug);
  if (!body) notFound();
  return <BodyPageView lang={lang} body={body} now={now} />;
}
