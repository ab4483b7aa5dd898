"use server";
// Server actions of the action plan editors (useActionState: previous state, form data). Each one authorizes
// content.edit against the database, validates with the form's schema and writes (lib/actions/editor.ts, on the one chain lib/actions/chain.ts).
import { editorAction } from "@/lib/actions/editor";
import { createMeasure, createPlan, linkDecision, recordStatus, unlinkDecision, updateMeasure, updatePlan } from "./mutations";
import {
  createMeasureSchema,
  createPlanSchema,
  DECISION_LINK_FIELDS,
  decisionLinkSchema,
  MEASURE_FIELDS,
  MEASURE_MULTI,
  PLAN_FIELDS,
  STATUS_FIELDS,
  statusUpdateSchema,
  updateMeasureSchema,
  updatePlanSchema,
} from "./schema";

const measurePath = (id: string) => `/admin/handlingsplan/tiltak/${id}`;

export const createPlanAction = editorAction({ name: "actionPlan.createPlan", entityType: "ActionPlan", fields: PLAN_FIELDS, schema: createPlanSchema, write: createPlan, then: (r) => `/admin/handlingsplan/${r.year}` });

export const updatePlanAction = editorAction({
  name: "actionPlan.updatePlan",
  entityType: "ActionPlan",
  entityIdField: "planId",
  fields: PLAN_FIELDS,
  schema: updatePlanSchema,
  write: updatePlan,
  then: (r) => `/admin/handlingsplan/${r.year}`,
});

export const createMeasureAction = editorAction({
  name: "actionPlan.createMeasure",
  entityType: "Measure",
  fields: MEASURE_FIELDS,
  multi: MEASURE_MULTI,
  schema: createMeasureSchema,
  write: createMeasure,
  then: (r) => measurePath(r.id),
});

export const updateMeasureAction = editorAction({
  name: "actionPlan.updateMeasure",
  entityType: "Measure",
  entityIdField: "measureId",
  fields: MEASURE_FIELDS,
  multi: MEASURE_MULTI,
  schema: updateMeasureSchema,
  write: updateMeasure,
  then: (r) => measurePath(r.id),
});

export const recordStatusAction = editorAction({
  name: "actionPlan.recordStatus",
  entityType: "Measure",
  entityIdField: "measureId",
  fields: STATUS_FIELDS,
  schema: statusUpdateSchema,
  write: (actorId, values) => recordStatus(actorId, values),
  then: (r) => measurePath(r.id),
});

export const linkDecisionAction = editorAction({
  name: "actionPlan.linkDecision",
  entityType: "Measure",
  entityIdField: "measureId",
  fields: DECISION_LINK_FIELDS,
  schema: decisionLinkSchema,
  write: linkDecision,
  then: (r) => measurePath(r.id),
});

export const unlinkDecisionAction = editorAction({
  name: "actionPlan.unlinkDecision",
  entityType: "Measure",
  entityIdField: "measureId",
  fields: DECISION_LINK_FIELDS,
  schema: decisionLinkSchema,
  write: unlinkDecision,
  then: (r) => measurePath(r.id),
});
