// What a case looks like to its submitter and to the public: status, case numbers, route, history and decisions.
// Takes the follow-shaped case (lib/cases/data.ts), which never holds comments, assignee or priority. Plain HTML
// with Designsystemet's CSS classes (no client bundle) – it is a reading page.
import NextLink from "next/link";
import { meetingPath } from "@/components/meetings/meeting-lists";
import { DocumentList } from "@/components/public/document-list";
import type { FollowedCase } from "@/lib/cases/data";
import type { DocumentView } from "@/lib/documents/view";
import { priorityGroupCatalog } from "@/lib/structure/data";
import { groupName } from "@/lib/structure/priority-groups";
import { formatDate, formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";

type BodyName = { name: string; nameNb: string | null; shortName: string };

export function caseNumberText(n: { year: number; sequence: number; body: BodyName }): string {
  return `${n.body.shortName} ${n.sequence}/${n.year}`;
}

/**
 * `attachments`: the case's attachments as this viewer may see them (lib/documents/view `documentView`, the download's
 * own policy): the submitting party and the secretariat get links, anyone else only their kind and legal basis.
 */
export async function CaseView({ lang, c, audience, attachments }: { lang: Locale; c: FollowedCase; audience: "submitter" | "public"; attachments?: DocumentView[] }) {
  const m = getTranslator(lang);
  // The names of the case's priority groups come from the data (issue 20 item 3).
  const groups = c.priorityGroups.length > 0 ? await priorityGroupCatalog() : [];
  const f = getTranslator(lang, "cases.follow");
  const w = getTranslator(lang, "workspace.submitted");
  const name = (b: BodyName) => localize(lang, b.name, b.nameNb);
  const numbers = audience === "public" ? c.numbers.filter((n) => n.agendaItem) : c.numbers;
  // The meetings the case is on the agenda of, once their notice has gone out (the agenda is public from then on).
  const meetings = c.numbers.flatMap((n) =>
    n.agendaItem && n.agendaItem.meeting.cancelledAt === null && (n.agendaItem.meeting.noticeSentAt !== null || n.agendaItem.meeting.status !== "PLANNED")
      ? [{ ...n.agendaItem.meeting, body: n.body }]
      : [],
  );
  return (
    <div className="mt-6 grid max-w-3xl gap-8">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="case-facts">
        <dt className="font-semibold">{f("status")}</dt>
        <dd data-testid="case-status">{m(`labels.caseStatus.${c.status}`)}</dd>
        <dt className="font-semibold">{f("targetBody")}</dt>
        <dd>{name(c.targetBody)}</dd>
        <dt className="font-semibold">{f("body")}</dt>
        <dd>{name(c.currentBody)}</dd>
        {numbers.length > 0 ? (
          <>
            <dt className="font-semibold">{f("caseNumber")}</dt>
            <dd data-testid="case-number">{numbers.map(caseNumberText).join(", ")}</dd>
          </>
        ) : null}
        {meetings.length > 0 ? (
          <>
            <dt className="font-semibold">{w("meeting")}</dt>
            <dd data-testid="case-meeting">
              {meetings.map((mt, i) => (
                <span key={mt.id}>
                  {i > 0 ? ", " : null}
                  <NextLink href={href(lang, meetingPath(mt.id))} className="ds-link">
                    {w("meetingLine", { body: name(mt.body), date: formatDate(lang, mt.startsAt, "long") })}
                  </NextLink>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{f("submitted")}</dt>
        <dd>{formatDate(lang, c.submittedAt)}</dd>
      </dl>

      <section aria-labelledby="case-description">
        <h2 id="case-description" className="ds-heading" data-size="xs">
          {f("description")}
        </h2>
        <p className="ds-paragraph mt-2 whitespace-pre-line [overflow-wrap:anywhere]">{c.description}</p>
        {audience === "submitter" && c.background ? (
          <div data-testid="case-background">
            <h3 className="mt-4 font-semibold">{w("background")}</h3>
            <p className="ds-paragraph mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{c.background}</p>
          </div>
        ) : null}
        {c.desiredOutcome ? (
          <>
            <h3 className="mt-4 font-semibold">{w("desiredOutcome")}</h3>
            <p className="ds-paragraph mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{c.desiredOutcome}</p>
          </>
        ) : null}
        {c.priorityGroups.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">{w("priorityGroups")}</h3>
            <p className="ds-paragraph mt-1" data-size="sm" data-testid="case-priority-groups">
              {c.priorityGroups.map((g) => groupName(groups, g, lang)).join(" · ")}
            </p>
          </>
        ) : null}
      </section>

      {audience === "submitter" && attachments ? (
        <section aria-labelledby="case-attachments" data-testid="case-attachments">
          <h2 id="case-attachments" className="ds-heading" data-size="xs">
            {w("attachments")}
          </h2>
          <div className="mt-2">{attachments.length > 0 ? <DocumentList lang={lang} documents={attachments} /> : <p className="ds-paragraph">{w("noAttachments")}</p>}</div>
        </section>
      ) : null}

      {c.decisions.length > 0 ? (
        <section aria-labelledby="case-decision" data-testid="case-decision">
          <h2 id="case-decision" className="ds-heading" data-size="xs">
            {f("decision")}
          </h2>
          {c.decisions.map((d) => (
            <div key={d.id} className="mt-2 border-l-4 border-neutral-border-default pl-4">
              <p className="ds-paragraph font-semibold">
                {m(`labels.decisionKind.${d.kind}`)} – {formatDate(lang, d.decidedAt)}
              </p>
              <p className="ds-paragraph whitespace-pre-line">{localize(lang, d.text, d.textNb)}</p>
              {d.disagreementNote ? (
                <p className="ds-paragraph">
                  {f("disagreementNote")}: {d.disagreementNote}
                </p>
              ) : null}
              {d.forwardedToBody ? <p className="ds-paragraph">{f("forwardedTo", { body: name(d.forwardedToBody) })}</p> : null}
            </div>
          ))}
        </section>
      ) : null}

      {c.status === "REJECTED" && c.rejectionReason && audience === "submitter" ? (
        <section aria-labelledby="case-rejected">
          <h2 id="case-rejected" className="ds-heading" data-size="xs">
            {f("rejected")}
          </h2>
          <p className="ds-paragraph mt-2 whitespace-pre-line">{c.rejectionReason}</p>
        </section>
      ) : null}

      <section aria-labelledby="case-route" data-testid="case-route">
        <h2 id="case-route" className="ds-heading" data-size="xs">
          {f("route")}
        </h2>
        <ol className="mt-2 grid list-decimal gap-1 pl-6">
          {c.route.map((step) => (
            <li key={step.id}>
              {step.fromBody ? f("routeStep", { from: name(step.fromBody), to: name(step.toBody) }) : f("routeStart", { body: name(step.toBody) })} ({formatDate(lang, step.at)})
              {step.reason ? ` – ${step.reason}` : ""}
            </li>
          ))}
        </ol>
      </section>

      {audience === "submitter" ? (
        <section aria-labelledby="case-history" data-testid="case-history">
          <h2 id="case-history" className="ds-heading" data-size="xs">
            {f("history")}
          </h2>
          <ol className="mt-2 grid gap-1">
            {c.statusHistory.map((h) => (
              <li key={h.id}>
                <time dateTime={h.at.toISOString()}>{formatDateTime(lang, h.at)}</time>: {m(`labels.caseStatus.${h.to}`)}
                {h.note ? ` – ${h.note}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
