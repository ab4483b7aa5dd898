import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/components/consultation/answer-form";
import { FileLinks, TextParagraphs } from "@/components/consultation/file-links";
import { BackLink } from "@/components/editors/editor-parts";
import { OutcomeMessage } from "@/components/forms/outcome-message";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { getPartyName } from "@/lib/adoption/data";
import { saveAnswerAction } from "@/lib/consultation/actions";
import { getOwnAnswer, getRound } from "@/lib/consultation/data";
import { canReadCompiled, canReadConsultationFile, compiledPath, isAskedContact, isClosed, isLate, OWN_PATH } from "@/lib/consultation/policy";
import { formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `${OWN_PATH}/${id}`, getTranslator(lang)("consultation.own.title")), robots: { index: false } };
}

// A round asking the contact's party (issue 21 item 2): its text and documents, and the party's one answer – a form
// while it is a draft, the submitted answer (late marked) after. A round not asking this party is the plain 404 page.
export default async function MyConsultationPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { id } = await params;
  const viewer = await requirePagePermission("consultation.answer", lang, `${OWN_PATH}/${id}`);
  const round = await getRound(id);
  if (!round || !isAskedContact(viewer, round.partyIds)) notFound();
  const partyId = viewer.partyId!;
  const [answer, party] = await Promise.all([getOwnAnswer(id, partyId), getPartyName(partyId)]);
  const c = getTranslator(lang, "consultation");
  const a = getTranslator(lang, "consultation.answer");
  const now = new Date();
  const saved = (await searchParams).lagra;
  const submitted = answer?.status === "SUBMITTED" ? answer : null;
  const late = submitted ? isLate(submitted, round.deadline) : false;
  return (
    <>
      <PageHeader
        title={round.title}
        lead={a("lead", { party: party ? localize(lang, party.name, party.nameNb) : "", deadline: formatDateTime(lang, round.deadline, null, "long") })}
      />
      <BackLink to={href(lang, OWN_PATH)}>{c("own.title")}</BackLink>
      {saved === "utkast" ? (
        <OutcomeMessage tone="success" className="mt-6" testId="saved">
          {a("savedDraft")}
        </OutcomeMessage>
      ) : null}
      {submitted ? (
        <OutcomeMessage tone={late ? "warning" : "success"} className="mt-6" testId="submitted" focusKey={saved ?? 0}>
          {a(late ? "submittedLate" : "submitted", { date: formatDateTime(lang, submitted.submittedAt!, null, "long") })}
        </OutcomeMessage>
      ) : null}
      <section aria-labelledby="round-text-heading" className="mt-6 max-w-3xl">
        <SectionHeading id="round-text-heading">{a("roundText")}</SectionHeading>
        <TextParagraphs text={round.text} />
        {canReadConsultationFile(viewer, { round, answer: null }, now) ? <FileLinks files={round.files} label={c("round.documents")} /> : null}
        {canReadCompiled(viewer, round, now) ? (
          <p className="mt-3">
            <NextLink href={href(lang, compiledPath(round.id))} className="ds-link">
              {c("round.compiled")}
            </NextLink>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="answer-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="answer-heading">{submitted ? a("yourAnswer") : a("heading")}</SectionHeading>
        {submitted ? (
          <div className="mt-2" data-testid="own-answer">
            <TextParagraphs text={submitted.text} />
          </div>
        ) : (
          <ClientMessages lang={lang} for="AnswerForm"><AnswerForm lang={lang} action={saveAnswerAction} roundId={round.id} version={answer?.version ?? 0} text={answer?.text ?? ""} closed={isClosed(round, now)} /></ClientMessages>
        )}
        {answer && canReadConsultationFile(viewer, { round, answer: { partyId, status: answer.status } }, now) ? <FileLinks files={answer.files} label={a("currentFiles")} /> : null}
      </section>
    </>
  );
}
