import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { FileLinks, TextParagraphs } from "@/components/consultation/file-links";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { getCurrentSession } from "@/lib/auth/data";
import { getRound } from "@/lib/consultation/data";
import { canReadCompiled, canReadConsultationFile, compiledPath, compiledPdfPath } from "@/lib/consultation/policy";
import { meetingPath } from "@/lib/meetings/paths";
import { formatDate, formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import NextLink from "next/link";

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return pageMetadata(lang, compiledPath(id), getTranslator(lang)("consultation.compiled.listTitle"));
}

// The compiled answers of a round (issue 21 item 2): every asked party in name order with its submitted answer (late
// marked) or "has not answered", the attachments, the PDF and the decision the result fed into. The guard is the PDF
// route's (canReadCompiled): after the deadline, public rounds for everyone, restricted ones for the secretariat only.
export default async function CompiledConsultationPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { id } = await params;
  const [{ viewer }, round] = await Promise.all([getCurrentSession(), getRound(id)]);
  const now = new Date();
  if (!round || !canReadCompiled(viewer, round, now)) notFound();
  const c = getTranslator(lang, "consultation");
  const submitted = round.parties.filter((p) => p.answer?.status === "SUBMITTED").length;
  const decision = round.decision;
  return (
    <>
      <PageHeader
        title={c("compiled.title", { title: round.title })}
        lead={c("compiled.lead", { deadline: formatDateTime(lang, round.deadline, null, "long"), submitted, asked: round.parties.length })}
      />
      {!round.isPublic ? <p className="ds-alert mt-6" data-color="warning">{c("compiled.restricted")}</p> : null}
      <p className="mt-6">
        <a href={`${compiledPdfPath(round.id)}?lang=${lang}`} className="ds-link" data-testid="compiled-pdf">
          {c("compiled.pdf")}
        </a>
      </p>
      {decision ? (
        <p className="ds-paragraph mt-3">
          <NextLink href={`${href(lang, meetingPath(decision.agendaItem.meetingId))}#sak-${decision.agendaItem.position}`} className="ds-link">
            {c("compiled.decision", { title: localize(lang, decision.agendaItem.title, decision.agendaItem.titleNb), date: formatDate(lang, decision.decidedAt, "long") })}
          </NextLink>
        </p>
      ) : null}
      <section aria-labelledby="round-text-heading" className="mt-6 max-w-3xl">
        <SectionHeading id="round-text-heading">{c("answer.roundText")}</SectionHeading>
        <TextParagraphs text={round.text} />
        {canReadConsultationFile(viewer, { round, answer: null }, now) ? <FileLinks files={round.files} label={c("round.documents")} /> : null}
      </section>
      <section aria-labelledby="answers-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="answers-heading">{c("compiled.answers")}</SectionHeading>
        <ul className="mt-3 grid gap-4" data-testid="compiled-answers">
          {round.parties.map((p) => {
            const answer = p.answer?.status === "SUBMITTED" ? p.answer : null;
            return (
              <li key={p.partyId} className="min-w-0 rounded-md border border-neutral-border-subtle p-3 [overflow-wrap:anywhere]">
                <h3 className="ds-heading" data-size="xs">
                  {localize(lang, p.name, p.nameNb)}
                </h3>
                {answer ? (
                  <>
                    <p className="ds-paragraph" data-size="sm">
                      {c("compiled.submittedOn", { date: formatDateTime(lang, answer.submittedAt!, null, "long") })}
                      {answer.late ? (
                        <strong className="ml-2 rounded-sm border border-current px-1" data-testid="late">
                          {c("compiled.late")}
                        </strong>
                      ) : null}
                    </p>
                    <TextParagraphs text={answer.text} />
                    {canReadConsultationFile(viewer, { round, answer: { partyId: p.partyId, status: "SUBMITTED" } }, now) ? <FileLinks files={answer.files} label={c("compiled.attachments")} /> : null}
                  </>
                ) : (
                  <p className="ds-paragraph text-neutral-text-subtle">{c("compiled.noAnswer")}</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
