import "server-only";
// Case writes, one file each under ./mutations/: numbering and placing on the saksliste (shared with the agenda
// builder), the partner's submission, and the case desk. Decisions are written by lib/decisions/mutations.ts.
export { allocateCaseNumber, createCaseOnAgenda, nextCaseReference, placeCaseOnAgenda } from "./mutations/numbering";
export type { AllocatedCaseNumber, PlacedOnAgenda } from "./mutations/numbering";
export { ATTACHMENT_LEGAL_BASIS, submitCase } from "./mutations/submission";
export type { RateLimit, SubmittedCase } from "./mutations/submission";
export { addCaseComment, moveCase, updateTriage } from "./mutations/desk";
export type { DeskWriteError, DeskWriteResult } from "./mutations/desk";
export { revalidateCases } from "./mutations/revalidate";
