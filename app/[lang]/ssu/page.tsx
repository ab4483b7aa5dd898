import type { Metadata } from "next";
import { BodyRoute, bodyMetadata } from "@/components/public/body-route";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return bodyMetadata(await langFromParams(params), "ssu");
}

export default async function Page({ params }: Props) {
  return <BodyRoute lang={await langFromParams(params)} slug="ssu" />;
}
