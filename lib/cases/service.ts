import "server-only";
import { can } from "@/lib/auth/permissions";
import { isInfrastructureFault } from "@/lib/forms/faults";
import { isStaff, type Viewer } from "@/lib/auth/viewer";
import { href, isLocale, osloIsoDate, type Locale } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-url";
import { CASE_ATTACHMENT, checkUpload, isFilePresent, type CheckedUpload } from "@/lib/uploads/file-check";
import { bodyExists, caseByStatusToken, caseFacts, findCaseByIdempotencyKey, forwardTargets, meetingOfBody, partyExists, submitTargets } from "./data";
import { recordDecision, type DecisionError } from "@/lib/decisions/mutations";
import { addCaseComment, moveCase, submitCase, updateTriage, type DeskWriteError } from "./mutations";
import {
  caseSubmissionSchema,
  commentSchema,
  fieldErrorsOf,
  MAX_ATTACHMENTS,
  moveSchema,
  SUBMISSION_TEXT_FIELDS,
  triageSchema,
  type FieldErrorCode,
} from "./schema";
import { buildReceiptMail } from "./status-mail";
import { priorityGroupCatalog, priorityGroupsNotValidIn } from "@/lib/structure/data";
import { groupName } from "@/lib/structure/priority-groups";

// The steps behind the case server actions – authenticate, authorize against the database, validate with the shared
// schema, write, then mail (only after the commit) – taking the viewer and request facts as arguments so tests can
// run them for any role. Not a "use server" module: only actions.ts is reachable from the browser.

export type CaseActionError =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID"
  | "RATE_LIMITED"
  | "CONFLICT"
  | "NOT_FOUND"
  | "ILLEGAL_TRANSITION"
  | "BEFORE_START"
  | "FAILED"
  /** An infrastructure fault (database down, timeout, lock): nothing was saved, try again (lib/forms/faults.ts). */
  | "UNAVAILABLE";

export type SubmitResult =
  | { ok: true; caseId: string; reference: string; title?: string; statusPath?: string }
  | { ok: false; error: CaseActionError; fieldErrors?: Record<string, FieldErrorCode>; values?: Record<string, string | string[]> };

export type DeskResult = { ok: true; version?: number } | { ok: false; error: CaseActionError; fieldErrors?: Record<string, FieldErrorCode> };

export type RequestFacts = { ip: string | null; now: Date };

/** Per hour: a contact (user and e-mail address) may submit 10 cases, one client address 30. */
export const SUBMIT_LIMITS = { perContact: 10, perAddress: 30, windowMs: 60 * 60 * 1000 } as const;

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function localeOf(formData: FormData): Locale {
  const lang = text(formData, "lang");
  return isLocale(lang) ? lang : "nn";
}

export function statusLink(lang: Locale, token: string): string {
  return `${siteOrigin()}${href(lang, `/sak/status/${token}`)}`;
}

export async function handleSubmission(viewer: Viewer, formData: FormData, facts: RequestFacts): Promise<SubmitResult> {
  try {
    return await submission(viewer, formData, facts);
  } catch (error) {
    // The database away is not a failure of the submission: the same key may be sent again (one case, ever).
    if (isInfrastructureFault(error)) return { ok: false, error: "UNAVAILABLE", values: submissionEcho(formData) };
    console.error("cases: submission failed", error instanceof Error ? error.message : error);
    return { ok: false, error: "FAILED", values: submissionEcho(formData) };
  }
}

/** What goes back to the form after a fault: its text fields and idempotency key, bounded, never a file. */
export function submissionEcho(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = Object.fromEntries(
    [...SUBMISSION_TEXT_FIELDS, "idempotencyKey", "noPatientData"].map((name) => [name, text(formData, name).slice(0, 20_000)]),
  );
  values.priorityGroups = formData.getAll("priorityGroups").filter((v): v is string => typeof v === "string").slice(0, 10).map((v) => v.slice(0, 100));
  return values;
}

async function submission(viewer: Viewer, formData: FormData, facts: RequestFacts): Promise<SubmitResult> {
  if (viewer.userId === null) return { ok: false, error: "UNAUTHENTICATED" };
  if (!can(viewer, "case.submit")) return { ok: false, error: "FORBIDDEN" };
  const lang = localeOf(formData);

  const values: Record<string, string | string[]> = Object.fromEntries(SUBMISSION_TEXT_FIELDS.map((name) => [name, text(formData, name)]));
  values.idempotencyKey = text(formData, "idempotencyKey");
  values.noPatientData = text(formData, "noPatientData");
  values.priorityGroups = formData.getAll("priorityGroups").filter((v): v is string => typeof v === "string");
  // A partner contact always submits for their own party, whatever the form says.
  if (!isStaff(viewer) && viewer.partyId) values.partyId = viewer.partyId;
  // What goes back to the form on an error: text only, bounded, never a file.
  const echo = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, 10).map((x) => x.slice(0, 100)) : v.slice(0, 20_000)]),
  );

  const parsed = caseSubmissionSchema.safeParse(values);
  const fieldErrors: Record<string, FieldErrorCode> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (parsed.success) {
    if (!can(viewer, "case.submit", { partyId: parsed.data.partyId })) fieldErrors.partyId = "notOwnParty";
    else if (!(await partyExists(parsed.data.partyId))) fieldErrors.partyId = "invalid";
    if (!(await bodyExists(parsed.data.targetBodyId))) fieldErrors.targetBodyId = "invalid";
    // The priority groups valid in the year of submission (issue 20 item 3).
    const year = Number(osloIsoDate(facts.now).slice(0, 4));
    if ((await priorityGroupsNotValidIn(parsed.data.priorityGroups, year)).length > 0) fieldErrors.priorityGroups = "groupNotInYear";
  }

  // An untouched file input arrives as an empty file (named "" or, through the action's encoding, "blob"): no file.
  // A chosen file of zero bytes is kept here, so checkUpload refuses it with "fileEmpty".
  const files = formData.getAll("attachments").filter(isFilePresent);
  const attachments: CheckedUpload[] = [];
  if (files.length > MAX_ATTACHMENTS) fieldErrors.attachments = "tooManyFiles";
  else {
    for (const file of files) {
      const checked = await checkUpload(file, CASE_ATTACHMENT);
      if (checked.ok) attachments.push(checked.file);
      else {
        fieldErrors.attachments = checked.error === "FILE_TOO_LARGE" ? "fileTooLarge" : checked.error === "FILE_EMPTY" ? "fileEmpty" : "fileType";
        break;
      }
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, error: "INVALID", fieldErrors, values: echo };
  const input = parsed.data;

  // A retry of a submission that already went through gives the same case (submitCase also queues its receipt if it
  // is missing, never a second one); another user's key is refused.
  const existing = await findCaseByIdempotencyKey(input.idempotencyKey);
  if (existing && existing.submittedById !== viewer.userId) return { ok: false, error: "INVALID" };

  const windowMs = SUBMIT_LIMITS.windowMs;
  const limits = [
    { keys: [`case:user:${viewer.userId}`, `case:email:${input.contactEmail.toLowerCase()}`], limit: SUBMIT_LIMITS.perContact, windowMs },
    ...(facts.ip ? [{ keys: [`case:address:${facts.ip}`], limit: SUBMIT_LIMITS.perAddress, windowMs }] : []),
  ];
  const targetBody = (await submitTargets()).find((b) => b.id === input.targetBodyId) ?? null;
  const groups = await priorityGroupCatalog();
  const summary = {
    name: input.contactName,
    title: input.title,
    description: input.description,
    targetBody,
    priorityGroups: input.priorityGroups.map((code) => groupName(groups, code, lang)),
    attachments: attachments.map((a) => a.fileName),
  };
  const receipt = ({ reference, statusToken }: { reference: string; statusToken: string }) => ({
    to: input.contactEmail,
    ...buildReceiptMail(lang, { ...summary, reference }, statusLink(lang, statusToken)),
  });
  const result = await submitCase(input, { userId: viewer.userId, locale: lang, attachments, now: facts.now, limits, receipt });
  if (result.rateLimited) return { ok: false, error: "RATE_LIMITED", values: echo };
  // The receipt page repeats what was sent and, for a new case, the private status link (issue 14 item 5).
  return { ok: true, caseId: result.caseId, reference: result.reference, title: input.title, ...(result.created && result.statusToken ? { statusPath: href(lang, `/sak/status/${result.statusToken}`) } : {}) };
}

function deskError(error: DeskWriteError): CaseActionError {
  return error === "INVALID" ? "INVALID" : error;
}

function decisionError(error: DecisionError): CaseActionError {
  return error === "CONFLICT" || error === "NOT_FOUND" || error === "ILLEGAL_TRANSITION" || error === "BEFORE_START" ? error : "INVALID";
}

type CaseFacts = NonNullable<Awaited<ReturnType<typeof caseFacts>>>;

/** Authorizes a desk write against the case's current body (read from the database, never from the form). */
async function deskCaseFor(viewer: Viewer, caseId: string): Promise<{ facts: CaseFacts } | { error: "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" }> {
  if (viewer.userId === null) return { error: "UNAUTHENTICATED" as const };
  const facts = caseId ? await caseFacts(caseId) : null;
  if (!facts) return { error: "NOT_FOUND" as const };
  if (!can(viewer, "case.triage", { bodyId: facts.currentBodyId })) return { error: "FORBIDDEN" as const };
  return { facts };
}

export async function handleTriage(viewer: Viewer, formData: FormData): Promise<DeskResult> {
  const access = await deskCaseFor(viewer, text(formData, "caseId"));
  if ("error" in access) return { ok: false, error: access.error };
  const parsed = triageSchema.safeParse({ caseId: text(formData, "caseId"), version: text(formData, "version"), assignedToId: text(formData, "assignedToId"), priority: text(formData, "priority") });
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await updateTriage(parsed.data, viewer.userId!);
  return result.ok ? { ok: true, version: result.version } : { ok: false, error: deskError(result.error) };
}

export async function handleComment(viewer: Viewer, formData: FormData): Promise<DeskResult> {
  const access = await deskCaseFor(viewer, text(formData, "caseId"));
  if ("error" in access) return { ok: false, error: access.error };
  const parsed = commentSchema.safeParse({ caseId: text(formData, "caseId"), text: text(formData, "text") });
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await addCaseComment(parsed.data, viewer.userId!);
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

export async function handleMove(viewer: Viewer, formData: FormData, facts: RequestFacts & { ssuBodyId: string | null }): Promise<DeskResult> {
  const access = await deskCaseFor(viewer, text(formData, "caseId"));
  if ("error" in access) return { ok: false, error: access.error };
  const parsed = moveSchema.safeParse({
    caseId: text(formData, "caseId"),
    version: text(formData, "version"),
    move: text(formData, "move"),
    meetingId: text(formData, "meetingId"),
    bodyId: text(formData, "bodyId"),
    reason: text(formData, "reason"),
    decisionText: text(formData, "decisionText"),
    measureIds: formData.getAll("measureIds").filter((v): v is string => typeof v === "string" && v !== ""),
  });
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  // Withdrawing on the submitter's behalf cannot be undone (issue 15 item 4): a reason and a confirmation first.
  if (input.move === "withdraw" && (!input.reason || text(formData, "confirm") !== "on")) {
    return { ok: false, error: "INVALID", fieldErrors: { ...(input.reason ? {} : { reason: "required" as const }), ...(text(formData, "confirm") === "on" ? {} : { confirm: "confirm" as const }) } };
  }
  // A case is scheduled on a planned meeting of its current body; forwarded to a body that exists.
  if (input.move === "schedule" && !(await meetingOfBody(input.meetingId, access.facts.currentBodyId, facts.now))) {
    return { ok: false, error: "INVALID", fieldErrors: { meetingId: "invalid" } };
  }
  if (input.move === "forward" && (input.bodyId === access.facts.currentBodyId || !(await bodyExistsAny(input.bodyId)))) {
    return { ok: false, error: "INVALID", fieldErrors: { bodyId: "invalid" } };
  }
  if (input.move === "decide" || input.move === "disagree") {
    // The same decision mutation as the meeting admin's; G6: a disagreement outside SSU goes on to SSU.
    const decided = await recordDecision(
      {
        target: { caseId: input.caseId },
        kind: input.move === "decide" ? "CONSENSUS" : "DISAGREEMENT",
        text: input.decisionText,
        textNb: null,
        disagreementNote: input.move === "disagree" ? input.reason || null : null,
        forwardToSsu: input.move === "disagree" && facts.ssuBodyId !== null && access.facts.currentBodyId !== facts.ssuBodyId,
        measureIds: input.measureIds,
        version: 0,
        caseVersion: input.version,
      },
      { id: viewer.userId! },
      facts.now,
    );
    return decided.ok ? { ok: true, version: decided.caseVersion ?? undefined } : { ok: false, error: decisionError(decided.error) };
  }
  const result = await moveCase(input, { actorId: viewer.userId, actor: "triage", now: facts.now });
  if (!result.ok) return { ok: false, error: deskError(result.error) };
  return { ok: true, version: result.version };
}

async function bodyExistsAny(id: string): Promise<boolean> {
  return (await forwardTargets()).some((b) => b.id === id);
}

/** Withdrawal by the submitter: through the private status link (token) or as a partner contact of the party. */
export async function handleWithdraw(viewer: Viewer, formData: FormData, facts: RequestFacts): Promise<DeskResult> {
  const token = text(formData, "token");
  const caseId = text(formData, "caseId");
  let id: string | null = null;
  if (token) {
    id = (await caseByStatusToken(token))?.id ?? null;
    if (!id) return { ok: false, error: "NOT_FOUND" };
  } else {
    if (viewer.userId === null) return { ok: false, error: "UNAUTHENTICATED" };
    const found = caseId ? await caseFacts(caseId) : null;
    if (!found) return { ok: false, error: "NOT_FOUND" };
    if (!can(viewer, "case.follow", { partyId: found.submitterPartyId })) return { ok: false, error: "FORBIDDEN" };
    id = found.id;
  }
  const parsed = moveSchema.safeParse({ caseId: id, version: text(formData, "version"), move: "withdraw", reason: text(formData, "reason") });
  if (!parsed.success) return { ok: false, error: "INVALID", fieldErrors: fieldErrorsOf(parsed.error) };
  // Irreversible (issue 15 item 4): a reason and a confirmation, as on the desk.
  if (!parsed.data.reason || text(formData, "confirm") !== "on") {
    return { ok: false, error: "INVALID", fieldErrors: { ...(parsed.data.reason ? {} : { reason: "required" as const }), ...(text(formData, "confirm") === "on" ? {} : { confirm: "confirm" as const }) } };
  }
  const result = await moveCase(parsed.data, { actorId: viewer.userId, actor: "submitter", now: facts.now });
  if (!result.ok) return { ok: false, error: deskError(result.error) };
  return { ok: true, version: result.version };
}
