import "server-only";
// Case writes, one part each (./desk/mutations.ts …): numbering and placing on the saksliste (shared with the agenda
// builder), the partner's submission, and the case desk. Decisions are written by lib/decisions/mutations.ts.
export { allocateCaseNumber, createCaseOnAgenda, nextCaseReference, placeCaseOnAgenda } from "./numbering/mutations";
export type { AllocatedCaseNumber, PlacedOnAgenda } from "./numbering/mutations";
export { ATTACHMENT_LEGAL_BASIS, submitCase } from "./submission/mutations";
export type { RateLimit, SubmittedCase } from "./submission/mutations";
export { addCaseComment, moveCase, updateTriage } from "./desk/mutations";
export type { DeskWriteError, DeskWriteResult } from "./desk/mutations";
export { revalidateCases } from "./revalidate/mutations";
