// The rules module of the retningsline (rule ids G1–G6, S1–S8, O1–O8, K1–K3, F1 in the spec). Pure.
export { compositionAsOf } from "./composition";
export {
  evaluateAll,
  evaluateBody,
  evaluateStructure,
  expiringTerms,
  newBreaches,
  newWarnings,
  type BodyReport,
  type Expiry,
} from "./engine";
export { parseParams } from "./params";
export type * from "./types";
