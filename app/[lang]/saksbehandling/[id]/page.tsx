import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CaseView } from "@/components/cases/case-view";
import { CommentForm, MoveForms, TriageForm } from "@/components/cases/desk-forms";
import { OutcomeNotice, param } from "@/components/cases/outcome-notice";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { assignableUsers, deskCase, forwardTargets, plannedMeetings } from "@/lib/cases/data";
import type { DeskMove } from "@/lib/cases/schema";
import { nextStatuses } from "@/lib/cases/workflow";
import type { CaseStatus } from "@/lib/domain/vocabulary";
import { formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { osloIsoDate } from "@/lib/i18n/dates";
import { getMeasureOptions } from "@/lib/meetings/data";
import { hasStarted } from "@/lib/meetings/policy";
import { startText } from "@/lib/meetings/refusal-text";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { title: getTranslator(lang)("cases.desk.title"), robots: { index: false, follow: false } };
}

const MOVE_OF: Partial<Record<CaseStatus, DeskMove[]>> = {
  ASSESSING: ["assess"],
  SCHEDULED: ["schedule"],
  FORWARDED: ["forward"],
  REJECTED: ["reject"],
  DECIDED: ["decide"],
  DISAGREEMENT: ["disagree"],
  WITHDRAWN: ["withdraw"],
};

// One case on the desk: everything about it, incl. internal fields, and the moves the workflow table allows now.
export default async function DeskCasePage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  const { id } = await params;
  await connection();
  const viewer = await requirePagePermission("case.triage", lang, `/saksbehandling/${id}`);
  const c = await deskCase(id);
  if (!c || !can(viewer, "case.triage", { bodyId: c.currentBody.id })) notFound();
  const m = getTranslator(lang);
  const d = getTranslator(lang, "cases.desk");
  const returnTo = href(lang, `/saksbehandling/${id}`);
  const moves = nextStatuses(c.status, "triage").flatMap((s) => MOVE_OF[s] ?? []);
  // A decision needs the case on an agenda item without one (the agenda builder records decisions too).
  const onAgenda = c.numbers.some((n) => n.agendaItem);
  // Measures of the action plans around the year of the meeting the decision belongs to (as in the meeting admin).
  const decisionMeeting = c.numbers.findLast((n) => n.agendaItem)?.agendaItem?.meeting;
  // Issue 15 item 3: "Vedteken" presumes the meeting has started (the same rule as the meeting admin's decisions).
  const decisionWaits = decisionMeeting && !hasStarted(decisionMeeting.startsAt, new Date()) ? decisionMeeting.startsAt : null;
  const allowedMoves = moves.filter((mv) => (mv === "decide" || mv === "disagree" ? onAgenda && !decisionWaits : true));
  const decisionYear = decisionMeeting ? Number(osloIsoDate(decisionMeeting.startsAt).slice(0, 4)) : null;
  const [users, meetings, bodies, measures] = await Promise.all([
    assignableUsers(c.currentBody.id),
    plannedMeetings(c.currentBody.id),
    forwardTargets(),
    decisionYear !== null && allowedMoves.some((mv) => mv === "decide" || mv === "disagree") ? getMeasureOptions(decisionYear) : Promise.resolve([]),
  ]);
  const common = { lang, caseId: c.id, version: c.version, returnTo };
  return (
    <>
      <p className="ds-paragraph">
        <NextLink className="ds-link" href={href(lang, "/saksbehandling")}>
          {d("back")}
        </NextLink>
      </p>
      <PageHeader title={`${c.reference}: ${c.title}`} />
      <OutcomeNotice lang={lang} outcome={param((await searchParams).utfall)} okText={d("done")} />

      <div className="mt-6 grid max-w-3xl gap-2">
        {c.background ? <p className="ds-paragraph whitespace-pre-line">{c.background}</p> : null}
        <p className="ds-paragraph">
          {d("contact")}: {c.contactName} ({c.contactEmail})
          {c.submitterParty ? ` – ${localize(lang, c.submitterParty.name, c.submitterParty.nameNb)}` : ""}
        </p>
        {c.documents.length > 0 ? (
          <>
            <SectionHeading>{d("attachments")}</SectionHeading>
            <ul className="grid list-disc gap-1 pl-6">
              {c.documents.map((doc) =>
                doc.versions[0] ? (
                  <li key={doc.id}>
                    <a className="ds-link" href={`/api/dokument/${doc.versions[0].id}`}>
                      {doc.versions[0].fileName}
                    </a>
                  </li>
                ) : null,
              )}
            </ul>
          </>
        ) : null}
      </div>

      <CaseView lang={lang} c={c} audience="submitter" />

      <section aria-labelledby="triage-heading" className="mt-10 max-w-3xl">
        <h2 id="triage-heading" className="ds-heading saman-section-title" data-size="sm">
          {d("triageHeading")}
        </h2>
        <div className="mt-4">
          <TriageForm {...common} users={users} assignedToId={c.assignedToId} priority={c.priority} />
        </div>
      </section>

      <section aria-labelledby="move-heading" className="mt-10 max-w-3xl" data-testid="desk-moves">
        <h2 id="move-heading" className="ds-heading saman-section-title" data-size="sm">
          {d("moveHeading")}
        </h2>
        {decisionWaits && moves.some((mv) => mv === "decide" || mv === "disagree") ? (
          <p className="ds-paragraph mt-3" data-testid="decision-waits">
            {m("meetingFlow.beforeStart.decision", { date: startText(lang, decisionWaits) })}
          </p>
        ) : null}
        <div className="mt-4">
          <MoveForms
            {...common}
            moves={allowedMoves}
            meetings={meetings.map((mt) => ({ id: mt.id, label: `${formatDateTime(lang, mt.startsAt)}${mt.title ? ` – ${mt.title}` : ""}` }))}
            bodies={bodies.filter((b) => b.id !== c.currentBody.id).map((b) => ({ id: b.id, label: localize(lang, b.name, b.nameNb) }))}
            measures={measures.map((x) => ({ id: x.id, label: `${x.part.plan.year} ${x.code} ${localize(lang, x.title, x.titleNb)}` }))}
          />
        </div>
      </section>

      <section aria-labelledby="comments-heading" className="mt-10 max-w-3xl" data-testid="desk-comments">
        <h2 id="comments-heading" className="ds-heading saman-section-title" data-size="sm">
          {d("commentsHeading")}
        </h2>
        {c.comments.length === 0 ? (
          <p className="ds-paragraph mt-2">{d("commentsEmpty")}</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {c.comments.map((cm) => (
              <li key={cm.id} className="border-l-4 border-neutral-border-subtle pl-3">
                <p className="ds-paragraph" data-size="sm">
                  {`${cm.author.name}, ${formatDateTime(lang, cm.createdAt)}`}
                </p>
                <p className="ds-paragraph whitespace-pre-line">{cm.text}</p>
              </li>
            ))}
          </ul>
        )}
        <CommentForm {...common} />
      </section>
    </>
  );
}
