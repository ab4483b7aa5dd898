import { ListItem, ListUnordered, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/om", getTranslator(lang)("about.title"));
}

export default async function AboutPage({ params }: Props) {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "about");
  return (
    <article className="max-w-3xl">
      <PageHeader title={m("title")} lead={m("lead")} />

      <SectionHeading className="mt-10">{m("partiesHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("partiesIntro")}</Paragraph>
      <ListUnordered className="mt-3">
        {(m.raw("parties") as string[]).map((party) => (
          <ListItem key={party}>{party}</ListItem>
        ))}
      </ListUnordered>

      <SectionHeading className="mt-10">{m("areasHeading")}</SectionHeading>
      <dl className="mt-3 grid gap-3">
        {(m.raw("areas") as { name: string; municipalities: string }[]).map((area) => (
          <div key={area.name}>
            <dt className="font-semibold">{area.name}</dt>
            <dd>{area.municipalities}</dd>
          </div>
        ))}
      </dl>

      <SectionHeading className="mt-10">{m("editorHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("editorBody")}</Paragraph>

      <SectionHeading className="mt-10">{m("languagesHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("languagesBody")}</Paragraph>
    </article>
  );
}
