import type { Metadata } from "next";
import { BodyRoute, bodyMetadata } from "@/components/public/body-route";
import { areaCommitteeSlug } from "@/lib/bodies/paths";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { area } = await params;
  return bodyMetadata(await langFromParams(params), areaCommitteeSlug(area));
}

export default async function Page({ params }: Props) {
  const { area } = await params;
  return <BodyRoute lang={await langFromParams(params)} slug={areaCommitteeSlug(area)} />;
}
