// The case desk's forms: plain posts to server actions that come back to the case page (?utfall=…), so they work
// without JavaScript. Every form carries the case's version: a save over someone else's change becomes CONFLICT.
import type { ReactNode } from "react";
import { FormField } from "@/components/forms/field";
import { Choice, ChoiceGroup, Options } from "@/components/forms/choices";
import { commentCaseAction, moveCaseAction, triageCaseAction } from "@/lib/cases/actions";
import type { DeskMove } from "@/lib/cases/schema";
import { type Locale, getTranslator } from "@/lib/i18n";

type Common = { lang: Locale; caseId: string; version: number; returnTo: string };

function Hidden({ lang, caseId, version, returnTo, move }: Common & { move?: DeskMove }) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="lang" value={lang} />
      {move ? <input type="hidden" name="move" value={move} /> : null}
    </>
  );
}

function Submit({ children, variant = "primary", testId }: { children: ReactNode; variant?: "primary" | "secondary"; testId?: string }) {
  return (
    <div>
      <button type="submit" className="ds-button" data-variant={variant} data-testid={testId}>
        {children}
      </button>
    </div>
  );
}

export function TriageForm(props: Common & { users: { id: string; name: string }[]; assignedToId: string | null; priority: number | null }) {
  const d = getTranslator(props.lang, "cases.desk");
  return (
    <form action={triageCaseAction} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" data-testid="triage-form">
      <Hidden {...props} />
      <FormField id="triage-assignee" label={d("assignee")}>
        {(c) => (
          <select {...c} name="assignedToId" className="ds-input" defaultValue={props.assignedToId ?? ""}>
            <Options empty={d("nobody")} options={props.users.map((u) => ({ value: u.id, label: u.name }))} />
          </select>
        )}
      </FormField>
      <FormField id="triage-priority" label={d("priority")} hint={d("priorityHelp")}>
        {(c) => (
          <select {...c} name="priority" className="ds-input" defaultValue={props.priority?.toString() ?? ""}>
            <Options empty={d("priorityNone")} options={["1", "2", "3", "4", "5"].map((p) => ({ value: p, label: p }))} />
          </select>
        )}
      </FormField>
      <Submit variant="secondary">{d("save")}</Submit>
    </form>
  );
}

export function CommentForm(props: Common) {
  const d = getTranslator(props.lang, "cases.desk");
  return (
    <form action={commentCaseAction} className="mt-4 grid gap-3">
      <Hidden {...props} />
      <FormField id="desk-comment" label={d("comment")}>
        {(c) => <textarea {...c} name="text" rows={3} className="ds-input" required />}
      </FormField>
      <Submit variant="secondary">{d("addComment")}</Submit>
    </form>
  );
}

export function MoveForms(
  props: Common & {
    moves: DeskMove[];
    meetings: { id: string; label: string }[];
    bodies: { id: string; label: string }[];
    /** Action-plan measures a decision may be linked to (the same choice as on the meeting admin's form). */
    measures?: { id: string; label: string }[];
  },
) {
  const d = getTranslator(props.lang, "cases.desk");
  const has = (move: DeskMove) => props.moves.includes(move);
  if (props.moves.length === 0) return <p className="ds-paragraph">{d("moveNone")}</p>;
  const box = "grid gap-3 rounded-md border border-neutral-border-subtle p-4";
  return (
    <div className="grid gap-6">
      {has("assess") ? (
        <form action={moveCaseAction}>
          <Hidden {...props} move="assess" />
          <Submit testId="move-assess">{d("assess")}</Submit>
        </form>
      ) : null}
      {has("schedule") ? (
        <form action={moveCaseAction} className={box} aria-labelledby="schedule-heading">
          <h3 id="schedule-heading" className="ds-heading" data-size="2xs">
            {d("scheduleHeading")}
          </h3>
          <Hidden {...props} move="schedule" />
          {props.meetings.length === 0 ? (
            <p className="ds-paragraph">{d("noMeetings")}</p>
          ) : (
            <>
              <FormField id="move-meeting" label={d("meeting")}>
                {(c) => (
                  <select {...c} name="meetingId" className="ds-input" required>
                    <Options options={props.meetings.map((m) => ({ value: m.id, label: m.label }))} />
                  </select>
                )}
              </FormField>
              <Submit testId="move-schedule">{d("schedule")}</Submit>
            </>
          )}
        </form>
      ) : null}
      {has("decide") || has("disagree") ? (
        <form action={moveCaseAction} className={box} aria-labelledby="decision-heading">
          <h3 id="decision-heading" className="ds-heading" data-size="2xs">
            {d("decisionHeading")}
          </h3>
          <Hidden {...props} />
          <FormField id="move-decision" label={d("decisionText")} hint={d("decisionHelp")}>
            {(c) => <textarea {...c} name="decisionText" rows={4} className="ds-input" />}
          </FormField>
          <FormField id="move-disagreement" label={d("disagreementNote")}>
            {(c) => <textarea {...c} name="reason" rows={2} className="ds-input" />}
          </FormField>
          {props.measures?.length ? (
            <ChoiceGroup id="move-measures" legend={getTranslator(props.lang)("meetingAdmin.fields.measureIds")}>
              {props.measures.map((x) => (
                <Choice key={x.id} id={`move-measure-${x.id}`} name="measureIds" value={x.id} label={x.label} />
              ))}
            </ChoiceGroup>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="move" value="decide" className="ds-button" data-variant="primary" data-testid="move-decide">
              {d("decide")}
            </button>
            <button type="submit" name="move" value="disagree" className="ds-button" data-variant="secondary">
              {d("disagree")}
            </button>
          </div>
        </form>
      ) : null}
      {has("forward") ? (
        <form action={moveCaseAction} className={box} aria-labelledby="forward-heading">
          <h3 id="forward-heading" className="ds-heading" data-size="2xs">
            {d("forwardHeading")}
          </h3>
          <Hidden {...props} move="forward" />
          <FormField id="move-body" label={d("forwardBody")}>
            {(c) => (
              <select {...c} name="bodyId" className="ds-input">
                <Options options={props.bodies.map((b) => ({ value: b.id, label: b.label }))} />
              </select>
            )}
          </FormField>
          <FormField id="move-forward-reason" label={d("reason")}>
            {(c) => <textarea {...c} name="reason" rows={2} className="ds-input" />}
          </FormField>
          <Submit variant="secondary">{d("forward")}</Submit>
        </form>
      ) : null}
      {has("reject") ? (
        <form action={moveCaseAction} className={box} aria-labelledby="reject-heading">
          <h3 id="reject-heading" className="ds-heading" data-size="2xs">
            {d("rejectHeading")}
          </h3>
          <Hidden {...props} move="reject" />
          <FormField id="move-reject-reason" label={d("reason")}>
            {(c) => <textarea {...c} name="reason" rows={2} className="ds-input" required />}
          </FormField>
          <Submit variant="secondary">{d("reject")}</Submit>
        </form>
      ) : null}
      {has("withdraw") ? (
        // Irreversible (issue 15 item 4): a reason, shown in the status history and the mail, and a confirmation.
        <form action={moveCaseAction} className={box} aria-labelledby="withdraw-desk-heading" data-testid="desk-withdraw">
          <h3 id="withdraw-desk-heading" className="ds-heading" data-size="2xs">
            {d("withdraw")}
          </h3>
          <Hidden {...props} move="withdraw" />
          <FormField id="move-withdraw-reason" label={d("reason")}>
            {(c) => <textarea {...c} name="reason" rows={2} className="ds-input" required />}
          </FormField>
          <Choice id="move-withdraw-confirm" name="confirm" value="on" label={d("withdrawConfirm")} required />
          <Submit variant="secondary">{d("withdraw")}</Submit>
        </form>
      ) : null}
    </div>
  );
}
