// The rules module of the retningsline (rule ids G1–G6, S1–S8, O1–O8, K1–K3, F1 in the spec). Pure.
export { compositionAsOf, isActiveOn, isPermanent, PERMANENT_ROLES } from "./composition";
export { addDays, addMonths, addYears, dayOf, isoDay, isoOf } from "./dates";
export {
  evaluateAll,
  evaluateBody,
  evaluateStructure,
  expiringTerms,
  municipalityRepresentation,
  newBreaches,
  newWarnings,
  rulesFor,
  type BodyReport,
  type Expiry,
  type StructureReport,
} from "./engine";
export { PARAMS_BY_KIND, parseParams, type ParamsOf, type Selector } from "./params";
export type * from "./types";
