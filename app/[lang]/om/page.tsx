import { ListItem, ListUnordered, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { LocalizedText } from "@/components/i18n/localized-text";
import { getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getParticipants, siteName } from "@/lib/structure/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/om", getTranslator(lang)("about.title"));
}

// Who takes part is the structure of the helsefellesskap (data), read on request from the public cache.
export default async function AboutPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "about");
  const [name, participants] = await Promise.all([siteName(lang), getParticipants()]);
  const municipalities = participants.areas.reduce((n, a) => n + a.municipalities.length, 0);
  return (
    <article className="max-w-3xl">
      <PageHeader title={m("title")} lead={m("lead", { name: name.text })} />

      <SectionHeading className="mt-10">{m("partiesHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("partiesIntro")}</Paragraph>
      <ListUnordered className="mt-3">
        {participants.institutions.map((p) => (
          <ListItem key={p.name}>
            <LocalizedText lang={lang} nn={p.name} nb={p.nameNb} />
          </ListItem>
        ))}
        <ListItem>{m("municipalities", { municipalities, areas: participants.areas.length })}</ListItem>
        <ListItem>{m("representatives")}</ListItem>
      </ListUnordered>

      <SectionHeading className="mt-10">{m("areasHeading")}</SectionHeading>
      <dl className="mt-3 grid gap-3">
        {participants.areas.map((area) => (
          <div key={area.slug}>
            <dt className="font-semibold">
              <LocalizedText lang={lang} nn={area.name} nb={area.nameNb} />
            </dt>
            <dd>{new Intl.ListFormat(lang === "nb" ? "nb" : "nn", { type: "conjunction" }).format(area.municipalities)}</dd>
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
