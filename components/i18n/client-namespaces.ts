// The message namespaces each Client Component reads with useTranslations (with those of the client components it
// renders). <ClientMessages for="…"> sends the browser just these (tests/unit/i18n-client-messages.test.ts checks the
// table against the components' code).
import type { Namespace } from "@/lib/i18n/translator";

export const CLIENT_NAMESPACES = {
  ActionForm: ["meetingAdmin"],
  AdoptionForm: ["adoption"],
  AgendaMove: ["meetingAdmin", "meetingFlow"],
  AnswerForm: ["participation"],
  AppointForm: ["membership.roles", "membership.seats", "membershipForm", "rules.messages", "rules.sides"],
  AttendanceForm: ["participation"],
  CalendarControls: ["participation.calendar"],
  ChangeForm: ["membership.roles", "membership.seats", "membershipForm", "rules.messages", "rules.sides"],
  ClaimForm: ["fees"],
  DecisionForm: ["fees"],
  EditorForm: ["editors"],
  EndForm: ["membership.roles", "membership.seats", "membershipForm", "rules.messages", "rules.sides"],
  FollowForm: ["follow"],
  FollowUpForm: ["deviations"],
  GenerateForm: ["annualReport"],
  ImportForm: ["indicators.admin"],
  IndicatorForm: ["indicators.admin", "indicators.level", "indicators.periodKind", "labels.priorityGroup"],
  ManageForm: ["consultation"],
  NewPasswordForm: ["auth"],
  PublishForm: ["annualReport"],
  RateForm: ["fees"],
  RegistrationForm: ["deviations"],
  ReminderForm: ["adoption"],
  ResetRequestForm: ["auth"],
  RoundForm: ["consultation"],
  SectionsForm: ["annualReport"],
  SignInForm: ["auth"],
  SubmissionForm: ["cases", "faults", "labels.priorityGroup", "workspace.mail", "workspace.submitted"],
  UserForm: ["admin", "auth"],
  ValueForm: ["indicators.admin"],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientComponent = keyof typeof CLIENT_NAMESPACES;
