"use server";
// Server actions of the deviation forms (useActionState: previous state, form data), on the one chain
// (lib/actions/chain.ts): the viewer from the database (never from the form), deviation.register / deviation.read
// authorized against the database, every denial audited; the domain steps (the reporting party, the follow-up's OU
// area) are in service.ts.
import { formAction, type Values } from "@/lib/actions/chain";
import { handleFollowUp, handleRegistration, type ActionError, type FollowUpActionResult, type RegisterResult } from "./service";

export const registerDeviationAction = formAction<RegisterResult, Values, ActionError>({
  name: "deviations.register",
  access: { permission: "deviation.register", entity: "Deviation" },
  refuse: (refusal) => ({ ok: false, error: refusal.error, values: Object.fromEntries(Object.entries(refusal.values ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v])) }),
  run: async ({ viewer, form }) => handleRegistration(viewer, form),
});

export const recordFollowUpAction = formAction<FollowUpActionResult, Values, ActionError>({
  name: "deviations.recordFollowUp",
  access: { permission: "deviation.read", entity: "Deviation", entityId: (raw) => String(raw.deviationId ?? "") },
  noEcho: true,
  refuse: (refusal) => ({ ok: false, error: refusal.error }),
  run: async ({ viewer, form }) => handleFollowUp(viewer, form),
});
