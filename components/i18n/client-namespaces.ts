// The message paths (namespaces or single messages) each Client Component reads with useTranslations (with those of the client components it
// renders). <ClientMessages for="…"> sends the browser just these (tests/unit/i18n-client-messages.test.ts checks the
// table against the components' code).
export const CLIENT_NAMESPACES = {
  ActionForm: ["meetingAdmin.done", "meetingAdmin.errorSummary", "meetingAdmin.errors", "meetingAdmin.errorsGeneral"],
  AdoptionForm: ["adoption.errors", "adoption.form.currentFile", "adoption.form.decidedOn", "adoption.form.decidedOnHint", "adoption.form.file", "adoption.form.fileHint", "adoption.form.note", "adoption.form.noteHint", "adoption.form.reference", "adoption.form.referenceHint", "adoption.form.status", "adoption.form.submit", "adoption.status"],
  AgendaMove: ["meetingAdmin.errorsGeneral", "meetingAdmin.moveDown", "meetingAdmin.moveDownItem", "meetingAdmin.moveUp", "meetingAdmin.moveUpItem", "meetingFlow.movedTo"],
  AnswerForm: ["consultation.answer", "consultation.errors"],
  AppointForm: ["membership.roles", "membership.seats", "membershipForm", "rules.messages", "rules.sides"],
  AttendanceForm: ["participation.admin.absentOption", "participation.admin.deputyAttended", "participation.admin.holder", "participation.admin.registerSubmit", "participation.admin.saved", "participation.errors.general", "participation.form.errorSummary"],
  CalendarControls: ["participation.calendar.address", "participation.calendar.addressHint", "participation.calendar.create", "participation.calendar.none", "participation.calendar.open", "participation.calendar.renew", "participation.calendar.revoke", "participation.calendar.revoked", "participation.calendar.since"],
  ChangeForm: ["membership.roles", "membership.seats", "membershipForm", "rules.messages", "rules.sides"],
  ClaimForm: ["fees.errors", "fees.form"],
  DecisionForm: ["fees.admin", "fees.errors"],
  EditorForm: ["editors"],
  EndForm: ["membership.roles", "membership.seats", "membershipForm", "rules.messages", "rules.sides"],
  FollowUpForm: ["deviations.errors.actions", "deviations.errors.fields", "deviations.errors.reload", "deviations.errors.summaryHeading", "deviations.followUp.followUp", "deviations.followUp.followUpHelp", "deviations.followUp.handledOn", "deviations.followUp.localProject", "deviations.followUp.localProjectHelp", "deviations.followUp.measures", "deviations.followUp.measuresHelp", "deviations.followUp.noMeasures", "deviations.followUp.saved", "deviations.followUp.submit"],
  GenerateForm: ["annualReport.admin.generate", "annualReport.admin.replace", "annualReport.admin.reportLanguage", "annualReport.admin.year", "annualReport.admin.yearHint", "annualReport.errors", "annualReport.language"],
  ImportForm: ["indicators.admin.csvErrors", "indicators.admin.errors", "indicators.admin.import.done", "indicators.admin.import.file", "indicators.admin.import.line", "indicators.admin.import.refused", "indicators.admin.import.submit", "indicators.admin.import.text", "indicators.admin.import.textHint"],
  IndicatorForm: ["indicators.admin.errorSummary", "indicators.admin.errors", "indicators.admin.fieldErrors", "indicators.admin.fields", "indicators.level", "indicators.periodKind"],
  ManageForm: ["consultation.errors", "consultation.round.closedNow", "consultation.round.linkedNow", "consultation.round.reminded"],
  NewPasswordForm: ["auth"],
  PublishForm: ["annualReport.editor.publish", "annualReport.editor.withdraw", "annualReport.errors"],
  RateForm: ["fees.admin.amount", "fees.admin.kind", "fees.admin.seat", "fees.errors", "fees.rates.amountHint", "fees.rates.choose", "fees.rates.overlap", "fees.rates.overlapOpen", "fees.rates.overlapTo", "fees.rates.saved", "fees.rates.submit", "fees.rates.validFromLabel", "fees.rates.validToHint", "fees.rates.validToLabel"],
  RegistrationForm: ["deviations.categories", "deviations.errors.actions", "deviations.errors.fields", "deviations.errors.summaryHeading", "deviations.register.agreement", "deviations.register.agreementNone", "deviations.register.another", "deviations.register.area", "deviations.register.areaHelp", "deviations.register.category", "deviations.register.choose", "deviations.register.clause", "deviations.register.clauseHelp", "deviations.register.concernedParty", "deviations.register.counter", "deviations.register.counterOver", "deviations.register.description", "deviations.register.descriptionHelp", "deviations.register.month", "deviations.register.monthHelp", "deviations.register.municipalities", "deviations.register.privacyBody", "deviations.register.privacyHeading", "deviations.register.reportingParty", "deviations.register.severity", "deviations.register.specialist", "deviations.register.submit", "deviations.register.submitting", "deviations.register.successBody", "deviations.register.successTitle", "deviations.severities"],
  ReminderForm: ["adoption.errors", "adoption.reminder.send", "adoption.reminder.sent"],
  ResetRequestForm: ["auth"],
  RoundForm: ["consultation.errors", "consultation.form.deadlineDate", "consultation.form.deadlineHint", "consultation.form.deadlineTime", "consultation.form.files", "consultation.form.filesHint", "consultation.form.groups", "consultation.form.parties", "consultation.form.partiesHint", "consultation.form.public", "consultation.form.restricted", "consultation.form.submit", "consultation.form.text", "consultation.form.textHint", "consultation.form.title", "consultation.form.visibility", "consultation.partyKind"],
  SectionsForm: ["annualReport.editor.body", "annualReport.editor.bodyHint", "annualReport.editor.save", "annualReport.editor.section", "annualReport.editor.sectionTitle", "annualReport.errors"],
  SignInForm: ["auth.errorSummary", "auth.errors", "auth.signIn.email", "auth.signIn.forgot", "auth.signIn.password", "auth.signIn.submit"],
  StructureImportForm: ["structure.applied", "structure.errors", "structure.import", "structure.preview", "structure.problems"],
  SubmissionForm: ["cases.errors.actions", "cases.errors.fields", "cases.errors.summaryHeading", "cases.submit", "faults.discardDraft", "faults.draftRestored", "workspace.mail.title", "workspace.submitted.statusLink", "workspace.submitted.statusLinkText"],
  UserForm: ["admin.form.create", "admin.form.noParty", "admin.form.noPerson", "admin.form.partyHint", "admin.form.password", "admin.form.passwordHint", "admin.form.personHint", "admin.form.rolesHint", "admin.form.rolesLegend", "admin.form.save", "admin.form.saved", "admin.roles", "admin.users.email", "admin.users.name", "admin.users.party", "admin.users.person", "auth"],
  ValueForm: ["indicators.admin.errorSummary", "indicators.admin.errors", "indicators.admin.fieldErrors", "indicators.admin.value"],
} as const satisfies Record<string, readonly string[]>;

export type ClientComponent = keyof typeof CLIENT_NAMESPACES;
