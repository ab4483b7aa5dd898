// /admin/utboks: delivery state of the outbox (lib/mail). Nynorsk.
export const outboxNn = {
  status: { PENDING: "Ventar", SENT: "Sendt", FAILED: "Feila" },
  filterLabel: "Vis",
  all: "Alle",
  attempts: "Forsøk",
  lastError: "Siste feil",
  nextAttempt: "Neste forsøk",
  failedAt: "Gav opp",
  resend: "Send på nytt",
  resent: "E-posten ligg i køen igjen og blir send straks.",
  notFound: "Fann ikkje e-posten.",
  noSmtp: "SMTP_URL er ikkje sett: e-postane blir ståande her som «Ventar».",
};
