"use server";
// Server actions of the action plan editors (useActionState: previous state, form data). Each one authorizes
// content.edit against the database, validates with the form's schema and writes (lib/editors/action.ts).
import type { EditorResult } from "@/lib/editors/form";
import { runEditor } from "@/lib/editors/action";
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

export async function createPlanAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, { entityType: "ActionPlan", fields: PLAN_FIELDS, schema: createPlanSchema, write: createPlan, then: (r) => `/admin/handlingsplan/${r.year}` });
}

export async function updatePlanAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "ActionPlan",
    entityIdField: "planId",
    fields: PLAN_FIELDS,
    schema: updatePlanSchema,
    write: updatePlan,
    then: (r) => `/admin/handlingsplan/${r.year}`,
  });
}

export async function createMeasureAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "Measure",
    fields: MEASURE_FIELDS,
    multi: MEASURE_MULTI,
    schema: createMeasureSchema,
    write: createMeasure,
    then: (r) => measurePath(r.id),
  });
}

export async function updateMeasureAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "Measure",
    entityIdField: "measureId",
    fields: MEASURE_FIELDS,
    multi: MEASURE_MULTI,
    schema: updateMeasureSchema,
    write: updateMeasure,
    then: (r) => measurePath(r.id),
  });
}

export async function recordStatusAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "Measure",
    entityIdField: "measureId",
    fields: STATUS_FIELDS,
    schema: statusUpdateSchema,
    write: (actorId, values) => recordStatus(actorId, values),
    then: (r) => measurePath(r.id),
  });
}

export async function linkDecisionAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "Measure",
    entityIdField: "measureId",
    fields: DECISION_LINK_FIELDS,
    schema: decisionLinkSchema,
    write: linkDecision,
    then: (r) => measurePath(r.id),
  });
}

export async function unlinkDecisionAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "Measure",
    entityIdField: "measureId",
    fields: DECISION_LINK_FIELDS,
    schema: decisionLinkSchema,
    write: unlinkDecision,
    then: (r) => measurePath(r.id),
  });
}
