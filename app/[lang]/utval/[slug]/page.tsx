import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BodyRoute, bodyMetadata } from "@/components/public/body-route";
import { isCommitteeSlug } from "@/lib/bodies/paths";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!isCommitteeSlug(slug)) return {};
  return bodyMetadata(await langFromParams(params), slug);
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  if (!isCommitteeSlug(slug)) notFound();
  return <BodyRoute lang={await langFromParams(params)} slug={slug} />;
}
