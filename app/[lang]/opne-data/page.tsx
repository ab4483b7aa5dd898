// /opne-data (nn) and /nb/opne-data (nb): the human description of the public API (issue 20 item 1) – what it holds,
// examples, the rules of use, the problem types the API's errors point to (#problem-<type>) and the licence NLOD 2.0.
import { Link, ListItem, ListUnordered, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { apiLimit } from "@/lib/api/v1/limit/config";
import { API_RESOURCES } from "@/lib/api/v1/resources";
import { getTranslator, type MessageKey } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { siteOrigin } from "@/lib/site-url";
import { siteName } from "@/lib/structure/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/opne-data", getTranslator(lang)("openData.title"));
}

export default async function OpenDataPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection(); // the origin and the limit come from the running server's environment, not the build's
  const m = getTranslator(lang, "openData");
  const origin = siteOrigin();
  const perMinute = Math.round((apiLimit().limit * 60_000) / apiLimit().windowMs);
  return (
    <article className="max-w-3xl">
      <PageHeader title={m("title")} lead={m("lead")} />

      <SectionHeading className="mt-10">{m("whatHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("whatIntro")}</Paragraph>
      <ListUnordered className="mt-3">
        {API_RESOURCES.map((r) => (
          <ListItem key={r.path}>
            <code lang="en">/api/v1{r.path}</code>: {m(`resources.${r.tag}` as MessageKey<"openData">)}
          </ListItem>
        ))}
      </ListUnordered>
      <Paragraph className="mt-3">
        {m("describedBy")}{" "}
        <Link href="/api/v1/openapi.json">
          <code lang="en">/api/v1/openapi.json</code>
        </Link>
        .
      </Paragraph>

      <SectionHeading className="mt-10">{m("examplesHeading")}</SectionHeading>
      {(m.raw("examples") as { text: string; code: string }[]).map((example) => (
        <div key={example.code} className="mt-4">
          <Paragraph>{example.text}</Paragraph>
          <pre className="mt-2 overflow-x-auto rounded bg-neutral-background-tinted p-3 text-sm" tabIndex={0}>
            <code lang="en">{example.code.replaceAll("{origin}", origin)}</code>
          </pre>
        </div>
      ))}

      <section aria-labelledby="avviksstatistikk">
        <SectionHeading id="avviksstatistikk" className="mt-10">
          {m("deviations.heading")}
        </SectionHeading>
        {(m.raw("deviations.body") as string[]).map((text) => (
          <Paragraph key={text} className="mt-3">
            {text}
          </Paragraph>
        ))}
      </section>

      <section aria-labelledby="arkivuttrekk">
        <SectionHeading id="arkivuttrekk" className="mt-10">
          {m("archive.heading")}
        </SectionHeading>
        {(m.raw("archive.body") as string[]).map((text) => (
          <Paragraph key={text} className="mt-3">
            {text}
          </Paragraph>
        ))}
      </section>

      <SectionHeading className="mt-10">{m("rulesHeading")}</SectionHeading>
      <ListUnordered className="mt-3">
        {(["1", "2", "3", "4", "5"] as const).map((n) => (
          <ListItem key={n}>{m(`rules.${n}`, { limit: perMinute })}</ListItem>
        ))}
      </ListUnordered>

      <SectionHeading className="mt-10">{m("problemsHeading")}</SectionHeading>
      <dl className="mt-3 grid gap-2">
        {(["invalid-query", "not-found", "rate-limited", "method-not-allowed"] as const).map((slug) => (
          <div key={slug} id={`problem-${slug}`}>
            <dt>
              <code lang="en">{slug}</code>
            </dt>
            <dd className="ms-4">{m(`problems.${slug}`)}</dd>
          </div>
        ))}
      </dl>

      <SectionHeading className="mt-10">{m("licenceHeading")}</SectionHeading>
      <Paragraph className="mt-3">{m("licenceBody", { name: (await siteName(lang)).text })}</Paragraph>
      <Paragraph className="mt-3">
        <Link href={m("licenceUrl")}>{m("licenceLink")}</Link>
      </Paragraph>
    </article>
  );
}
