"use server";
// Server actions of the case forms, on the one chain (lib/actions/chain.ts): the viewer from the database (never from
// the form), case.submit / case.triage authorized against the database (the desk: the case's current body, read from
// the database), every denial audited; the domain steps are in service.ts. The desk and withdrawal forms are plain
// posts that come back to their page with the outcome in the address (?utfall=…), a refusal included, so they work
// the same with and without JavaScript.
import { redirect } from "next/navigation";
import { formAction, postAction, type Access, type Refusal, type Values } from "@/lib/actions/chain";
import { requestIp, safeLocalPath } from "@/lib/auth/request";
import { caseFacts, ssuBodyId } from "./data";
import { handleComment, handleMove, handleSubmission, handleTriage, handleWithdraw, submissionEcho, type CaseActionError, type DeskResult, type SubmitResult } from "./service";

export const submitCaseAction = formAction<SubmitResult, Values, CaseActionError>({
  name: "cases.submit",
  access: { permission: "case.submit", entity: "Case" },
  noEcho: true,
  // The database away: a typed UNAVAILABLE with the typed text, never the error page; the form keeps its idempotency
  // key, so trying again can never make a second case.
  refuse: (refusal, form) => ({ ok: false, error: refusal.error, values: submissionEcho(form) }),
  run: async ({ viewer, form }) => handleSubmission(viewer, form, { ip: await requestIp(), now: new Date() }),
});

function back(form: FormData, result: DeskResult | Refusal<CaseActionError>): never {
  const value = form.get("returnTo");
  const path = safeLocalPath(typeof value === "string" ? value : "/", "/");
  const outcome = result.ok ? "ok" : result.error;
  const field = !result.ok && result.fieldErrors ? Object.keys(result.fieldErrors)[0] : undefined;
  redirect(`${path.split("?")[0]}?utfall=${outcome}${field ? `&felt=${encodeURIComponent(field)}` : ""}`);
}

/** case.triage against the case's current body, read from the database. */
const desk: Access<Values> = {
  permission: "case.triage",
  entity: "Case",
  entityId: (raw) => String(raw.caseId ?? ""),
  record: async (raw) => {
    const facts = typeof raw.caseId === "string" && raw.caseId ? await caseFacts(raw.caseId) : null;
    return facts ? { bodyId: facts.currentBodyId } : null;
  },
};

export const triageCaseAction = postAction<Values, CaseActionError>({
  name: "cases.triage",
  access: desk,
  refuse: (refusal, form) => back(form, refusal),
  run: async ({ viewer, form }) => back(form, await handleTriage(viewer, form)),
});

export const commentCaseAction = postAction<Values, CaseActionError>({
  name: "cases.comment",
  access: desk,
  refuse: (refusal, form) => back(form, refusal),
  run: async ({ viewer, form }) => back(form, await handleComment(viewer, form)),
});

export const moveCaseAction = postAction<Values, CaseActionError>({
  name: "cases.move",
  access: desk,
  refuse: (refusal, form) => back(form, refusal),
  run: async ({ viewer, form }) => back(form, await handleMove(viewer, form, { ip: await requestIp(), now: new Date(), ssuBodyId: await ssuBodyId() })),
});

/** Withdrawal by the submitter: the private status link's token, or signed in with case.follow for the case's party. */
export const withdrawCaseAction = postAction<Values, CaseActionError>({
  name: "cases.withdraw",
  access: { public: "the submitter's private status link (token) – or, signed in, case.follow for the case's party, checked in the action" },
  refuse: (refusal, form) => back(form, refusal),
  run: async ({ viewer, form }) => back(form, await handleWithdraw(viewer, form, { ip: await requestIp(), now: new Date() })),
});
