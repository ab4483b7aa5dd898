import { Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getOrganisation, type OrgBody } from "@/lib/bodies/data";
import { bodyPath } from "@/lib/bodies/paths";
import { href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { LocalizedText } from "@/components/i18n/localized-text";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "organisation");
  return { ...pageMetadata(lang, "/organisering", m("title")), description: m("lead") };
}

function BodyBox({ lang, body, children, tone = "neutral" }: { lang: Locale; body: OrgBody; children?: ReactNode; tone?: "accent" | "neutral" }) {
  return (
    <div
      className={`rounded-md border-2 p-3 ${tone === "accent" ? "border-accent-border-default bg-accent-surface-tinted" : "border-neutral-border-default bg-neutral-background-default"}`}
    >
      <NextLink href={href(lang, bodyPath(body))} className="ds-link font-semibold">
        <LocalizedText lang={lang} nn={body.name} nb={body.nameNb} />
      </NextLink>
      {children}
    </div>
  );
}

export default async function OrganisationPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const m = getTranslator(lang, "organisation");
  const bodies = await getOrganisation();
  const pm = bodies.find((b) => b.kind === "PARTNERSHIP_MEETING");
  const ssu = bodies.find((b) => b.kind === "STRATEGIC_COMMITTEE");
  const secretariat = bodies.find((b) => b.kind === "SECRETARIAT");
  const areas = bodies.filter((b) => b.kind === "AREA_COMMITTEE");
  const professional = bodies.filter((b) => b.kind === "PROFESSIONAL_COMMITTEE" || b.kind === "WORKING_GROUP");
  const childrenOf = (id: string) => bodies.filter((b) => b.parentId === id);
  const name = (b: OrgBody) => localize(lang, b.name, b.nameNb);

  const areaDetails = (b: OrgBody) =>
    b.area ? (
      <dl className="mt-2 text-sm">
        <dt className="font-semibold">{m("municipalities")}</dt>
        <dd>{b.area.municipalities.join(", ")}</dd>
        <dt className="mt-1 font-semibold">{m("hospitals")}</dt>
        <dd>{b.area.hospitals.join(", ")}</dd>
      </dl>
    ) : null;

  // The text equivalent: the same tree as nested lists, from the top body down.
  const tree = (parentId: string | null): ReactNode => {
    const level = bodies.filter((b) => b.parentId === parentId && b.kind !== "SECRETARIAT");
    if (!level.length) return null;
    return (
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {level.map((b) => (
          <li key={b.id}>
            <NextLink href={href(lang, bodyPath(b))} className="ds-link">
              {name(b)}
            </NextLink>
            {b.area ? ` (${b.area.municipalities.join(", ")}; ${b.area.hospitals.join(", ")})` : ""}
            {childrenOf(b.id).length ? (
              <>
                <span className="sr-only"> – {m("under", { name: name(b) })}</span>
                {tree(b.id)}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <figure className="mt-10" aria-labelledby="org-caption" data-testid="org-diagram">
        <figcaption id="org-caption" className="sr-only">
          {m("diagramLabel")}
        </figcaption>
        <div className="grid gap-4">
          {pm ? <BodyBox lang={lang} body={pm} tone="accent" /> : null}
          <div aria-hidden="true" className="mx-auto h-6 w-1 bg-neutral-border-default" />
          <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
            {ssu ? <BodyBox lang={lang} body={ssu} tone="accent" /> : null}
            {secretariat ? (
              <BodyBox lang={lang} body={secretariat}>
                <p className="mt-1 text-sm">{m("secretariatNote")}</p>
              </BodyBox>
            ) : null}
          </div>
          <div aria-hidden="true" className="mx-auto h-6 w-1 bg-neutral-border-default" />
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {areas.map((b) => (
              <BodyBox key={b.id} lang={lang} body={b}>
                {areaDetails(b)}
              </BodyBox>
            ))}
          </div>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {professional.map((b) => (
              <BodyBox key={b.id} lang={lang} body={b} />
            ))}
          </div>
        </div>
      </figure>

      <section aria-labelledby="org-text" className="mt-12">
        <SectionHeading id="org-text">{m("textHeading")}</SectionHeading>
        <div data-testid="org-text">{tree(null)}</div>
        {secretariat ? (
          <Paragraph className="mt-3">
            <NextLink href={href(lang, bodyPath(secretariat))} className="ds-link">
              {name(secretariat)}
            </NextLink>
            : {m("secretariatNote")}
          </Paragraph>
        ) : null}
      </section>
    </>
  );
}
