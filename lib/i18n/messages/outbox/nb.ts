// /admin/utboks: delivery state of the outbox (lib/mail). Bokmål.
import type { outboxNn } from "./nn";

export const outboxNb: typeof outboxNn = {
  status: { PENDING: "Venter", SENT: "Sendt", FAILED: "Feilet" },
  filterLabel: "Vis",
  all: "Alle",
  attempts: "Forsøk",
  lastError: "Siste feil",
  nextAttempt: "Neste forsøk",
  failedAt: "Ga opp",
  resend: "Send på nytt",
  resent: "E-posten ligger i køen igjen og blir sendt straks.",
  notFound: "Fant ikke e-posten.",
  noSmtp: "SMTP_URL er ikke satt: e-postene blir stående her som «Venter».",
};
