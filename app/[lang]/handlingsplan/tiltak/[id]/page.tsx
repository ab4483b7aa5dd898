import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FollowSection } from "@/components/follow/follow-section";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getMeasure } from "@/lib/action-plan/data";
import { indicatorsOfMeasure } from "@/lib/indicators/data";
import { bodyPath } from "@/lib/bodies/paths";
import { formatDate, href, localize, osloIsoDate, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { meetingPath } from "@/lib/meetings/paths";
import { LocalizedText } from "@/components/i18n/localized-text";

type Props = { params: Promise<{ lang: string; id: string }> };

async function load(id: string) {
  await connection();
  return getMeasure(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const measure = await load((await params).id);
  if (!measure) return {};
  return {
    ...pageMetadata(lang, `/handlingsplan/tiltak/${measure.id}`, `${measure.code} ${localize(lang, measure.title, measure.titleNb)}`),
    description: (localize(lang, measure.description, measure.descriptionNb) ?? localize(lang, measure.title, measure.titleNb)).slice(0, 200),
  };
}

export default async function MeasurePage({ params }: Props) {
  const lang = await langFromParams(params);
  const measure = await load((await params).id);
  if (!measure) notFound();
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "measure");
  const p = getTranslator(lang, "plan");
  const planTitle = p("yearTitle", { year: measure.plan.year });
  const indicators = await indicatorsOfMeasure(measure.id);

  return (
    <article>
      <PageHeader
        title={
          <>
            {measure.code} <LocalizedText lang={lang} nn={measure.title} nb={measure.titleNb} />
          </>
        }
      />
      <Paragraph className="mt-2">
        <Link asChild>
          <NextLink href={href(lang, `/handlingsplan/${measure.plan.year}`)}>{m("inPlan", { code: measure.code, plan: planTitle })}</NextLink>
        </Link>
      </Paragraph>

      <dl className="mt-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{p("status")}</dt>
        <dd data-testid="measure-status">{msg(`labels.measureStatus.${measure.status}`)}</dd>
        <dt className="font-semibold">{p("progress")}</dt>
        <dd>
          <progress max={100} value={measure.progress} aria-label={p("progress")} className="mr-2 align-middle" />
          {m("progressLabel", { progress: measure.progress })}
        </dd>
        <dt className="font-semibold">{p("part")}</dt>
        <dd>{p("partTitle", { number: measure.part.number, title: localize(lang, measure.part.title, measure.part.titleNb) })}</dd>
        <dt className="font-semibold">{p("responsible")}</dt>
        <dd>
          <NextLink href={href(lang, bodyPath(measure.responsibleBody))} className="ds-link">
            <LocalizedText lang={lang} nn={measure.responsibleBody.name} nb={measure.responsibleBody.nameNb} />
          </NextLink>
        </dd>
        {measure.ownerName || measure.ownerParty ? (
          <>
            <dt className="font-semibold">{m("owner")}</dt>
            <dd>{[measure.ownerName, measure.ownerParty ? localize(lang, measure.ownerParty.name, measure.ownerParty.nameNb) : null].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
        {measure.groups.length ? (
          <>
            <dt className="font-semibold">{p("group")}</dt>
            <dd>{measure.groups.map((g) => localize(lang, g.name, g.nameNb)).join(", ")}</dd>
          </>
        ) : null}
        {measure.deadline ? (
          <>
            <dt className="font-semibold">{p("deadline")}</dt>
            <dd>
              <time dateTime={osloIsoDate(measure.deadline)}>{formatDate(lang, measure.deadline, "long")}</time>
            </dd>
          </>
        ) : null}
        {indicators.length ? (
          <>
            <dt className="font-semibold">{msg("indicators.measureLinks")}</dt>
            <dd>{indicators.map((i, n) => <span key={i.slug}>{n ? ", " : ""}<NextLink href={href(lang, `/styringsinformasjon/${i.slug}`)} className="ds-link"><LocalizedText lang={lang} nn={i.name} nb={i.nameNb} /></NextLink></span>)}</dd>
          </>
        ) : null}
      </dl>

      {measure.description || measure.statusNote ? (
        <section aria-labelledby="about" className="mt-10 max-w-3xl">
          <SectionHeading id="about">{m("description")}</SectionHeading>
          {measure.description ? <Paragraph className="mt-3"><LocalizedText lang={lang} nn={measure.description} nb={measure.descriptionNb} /></Paragraph> : null}
          {measure.statusNote ? (
            <>
              <h3 className="mt-4 font-semibold">{m("statusNote")}</h3>
              <Paragraph className="mt-1">{measure.statusNote}</Paragraph>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="history" className="mt-10 max-w-3xl">
        <SectionHeading id="history">{m("history")}</SectionHeading>
        {measure.history.length ? (
          <ol className="mt-3 grid gap-3" data-testid="measure-history">
            {measure.history.map((u, index) => (
              <li key={index} className="border-l-4 border-accent-border-subtle pl-3">
                <time dateTime={osloIsoDate(u.at)} className="block text-sm text-neutral-text-subtle">
                  {formatDate(lang, u.at, "long")}
                </time>
                <span className="block font-semibold">
                  {msg(`labels.measureStatus.${u.status}`)}, {m("progressLabel", { progress: u.progress })}
                </span>
                {u.note ? <span className="block">{u.note}</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph className="mt-3">{m("historyEmpty")}</Paragraph>
        )}
      </section>

      <section aria-labelledby="decisions" className="mt-10 max-w-3xl">
        <SectionHeading id="decisions">{m("decisions")}</SectionHeading>
        {measure.decisions.length ? (
          <ul className="mt-3 grid gap-4" data-testid="measure-decisions">
            {measure.decisions.map((d) => (
              <li key={d.id} className="rounded-md border border-neutral-border-subtle p-3">
                <Link asChild>
                  <NextLink href={href(lang, meetingPath(d.meeting.id))} className="font-semibold">
                    {d.caseNumber ? `${d.caseNumber}: ` : ""}
                    <LocalizedText lang={lang} nn={d.itemTitle} nb={d.itemTitleNb} />
                  </NextLink>
                </Link>
                <span className="block text-sm text-neutral-text-subtle">
                  {m("meetingOf", {
                    body: localize(lang, d.meeting.body.name, d.meeting.body.nameNb),
                    date: formatDate(lang, d.meeting.startsAt, "long"),
                  })}
                </span>
                <span className="mt-2 block text-sm font-semibold">{msg(`labels.decisionKind.${d.kind}`)}</span>
                <p className="mt-1"><LocalizedText lang={lang} nn={d.text} nb={d.textNb} /></p>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph className="mt-3">{m("decisionsEmpty")}</Paragraph>
        )}
      </section>
      {/* Status updates of the measure by e-mail (issue 16.5). */}
      <FollowSection lang={lang} target="MEASURE" targetId={measure.id} />
    </article>
  );
}
