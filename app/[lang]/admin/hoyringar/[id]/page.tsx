import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import NextLink from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { FileLinks, TextParagraphs } from "@/components/consultation/file-links";
import { ManageForm } from "@/components/consultation/manage-form";
import { BackLink, SavedNotice } from "@/components/editors/editor-parts";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { manageRoundAction } from "@/lib/consultation/actions";
import { decisionOptions, getRound } from "@/lib/consultation/data";
import { ADMIN_PATH, canReadCompiled, canReadConsultationFile, compiledPath, compiledPdfPath, isClosed } from "@/lib/consultation/policy";
import { formatDate, formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const { id } = await params;
  return { ...pageMetadata(lang, `${ADMIN_PATH}/${id}`, getTranslator(lang)("consultation.admin.title")), robots: { index: false } };
}

// One round for the secretariat (issue 21 item 2): every asked party's status (late marked), the compiled page and
// PDF, closing early, the link to a decision, and the reminder to those who have not submitted.
export default async function ConsultationRoundAdminPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const { id } = await params;
  const viewer = await requirePagePermission("consultation.manage", lang, `${ADMIN_PATH}/${id}`);
  const [round, decisions] = await Promise.all([getRound(id), decisionOptions()]);
  if (!round) notFound();
  const c = getTranslator(lang, "consultation");
  const r = getTranslator(lang, "consultation.round");
  const now = new Date();
  const closed = isClosed(round, now);
  const submitted = round.parties.filter((p) => p.answer?.status === "SUBMITTED").length;
  const fileScope = (answer: { partyId: string; status: "DRAFT" | "SUBMITTED" } | null) => ({ round, answer });
  return (
    <>
      <PageHeader title={round.title} lead={`${r("deadline", { date: formatDateTime(lang, round.deadline, null, "long") })} · ${closed ? r("closed") : r("open")}`} />
      <AdminNav lang={lang} current="consultations" />
      <BackLink to={href(lang, ADMIN_PATH)}>{r("back")}</BackLink>
      <SavedNotice show={(await searchParams).lagra === "1"}>{r("opened")}</SavedNotice>
      <section className="mt-6 max-w-3xl" aria-label={c("form.text")}>
        <TextParagraphs text={round.text} />
        <p className="ds-paragraph mt-2" data-size="sm">
          {round.isPublic ? c("admin.public") : c("admin.restricted")}
        </p>
        {canReadConsultationFile(viewer, fileScope(null)) ? <FileLinks files={round.files} label={r("documents")} /> : null}
      </section>

      <section aria-labelledby="status-heading" className="mt-8">
        <SectionHeading id="status-heading">{r("statusHeading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{c("admin.answered", { submitted, asked: round.parties.length })}</p>
        {canReadCompiled(viewer, round, now) ? (
          <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            <NextLink href={href(lang, compiledPath(round.id))} className="ds-link">
              {r("compiled")}
            </NextLink>
            <a href={`${compiledPdfPath(round.id)}?lang=${lang}`} className="ds-link">
              {r("pdf")}
            </a>
          </p>
        ) : null}
        <div className="mt-3 max-w-full overflow-x-auto" role="region" aria-label={r("caption")} tabIndex={0}>
          <table className="ds-table" data-size="sm" data-testid="round-status">
            <caption className="sr-only">{r("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{r("party")}</th>
                <th scope="col">{r("status")}</th>
                <th scope="col">{r("submittedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {round.parties.map((p) => (
                <tr key={p.partyId}>
                  <th scope="row" className="font-normal">
                    {localize(lang, p.name, p.nameNb)}
                  </th>
                  <td>
                    {r(`answerStatus.${p.answer?.status ?? "NONE"}`)}
                    {p.answer?.late ? <strong className="ml-2">{r("late")}</strong> : null}
                  </td>
                  <td className="whitespace-nowrap">{p.answer?.submittedAt ? formatDateTime(lang, p.answer.submittedAt, null, "short") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {/* Both sections stay after the deadline (without their buttons), so the outcome of "close now" keeps its place and focus. */}
      <section aria-labelledby="reminder-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="reminder-heading">{r("reminderHeading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{closed ? r("reminderClosed") : r("reminderLead")}</p>
        {!closed ? <ClientMessages lang={lang} for="ManageForm"><ManageForm lang={lang} action={manageRoundAction} intent="remind" hidden={{ roundId: round.id, requestKey: randomUUID() }} submit={r("remind")} testId="reminder-sent" /></ClientMessages> : null}
      </section>
      <section aria-labelledby="close-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="close-heading">{r("closeHeading")}</SectionHeading>
        <p className="ds-paragraph mt-2">{closed ? r("closed") : r("closeLead")}</p>
        <ClientMessages lang={lang} for="ManageForm"><ManageForm lang={lang} action={manageRoundAction} intent="close" hidden={{ roundId: round.id, version: round.version }} submit={closed ? null : r("close")} testId="round-closed" /></ClientMessages>
      </section>

      <section aria-labelledby="result-heading" className="mt-8 max-w-3xl">
        <SectionHeading id="result-heading">{r("resultHeading")}</SectionHeading>
        <ClientMessages lang={lang} for="ManageForm"><ManageForm lang={lang} action={manageRoundAction} intent="link" hidden={{ roundId: round.id, version: round.version }} submit={r("link")} testId="decision-linked">
          <div className="grid gap-2">
            <label htmlFor="round-decision" className="ds-label" data-weight="medium">
              {r("decision")}
            </label>
            <select id="round-decision" name="decisionId" className="ds-input max-w-full" defaultValue={round.decision?.id ?? ""}>
              <option value="">{r("noDecision")}</option>
              {round.decision && !decisions.some((d) => d.id === round.decision!.id) ? (
                // A linked decision older than the list still shows as chosen (a save never unlinks it by accident).
                <option value={round.decision.id}>{`${formatDate(lang, round.decision.decidedAt, "short")}: ${localize(lang, round.decision.agendaItem.title, round.decision.agendaItem.titleNb)}`}</option>
              ) : null}
              {decisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {`${d.body} ${formatDate(lang, d.decidedAt, "short")}: ${localize(lang, d.title, d.titleNb)}`}
                </option>
              ))}
            </select>
          </div>
        </ManageForm></ClientMessages>
      </section>
    </>
  );
}
