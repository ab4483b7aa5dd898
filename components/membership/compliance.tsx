import { Alert, Card, Heading, Link, ListItem, ListUnordered, Paragraph, Tag } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import type { ComplianceReport } from "@/lib/membership/data";
import { formatRuleMessage } from "@/lib/membership/format";
import { nextStep } from "@/lib/membership/next-step";
import type { BodyReport, Expiry, MessageRef, RuleResult, RuleStatus } from "@/lib/membership/rules";
import { PageHeader, SectionHeading } from "@/components/layout/page-header";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";

// The compliance view, rendered on the server from the rules engine's output: per rule ok / warning / breach with
// what is missing and how to fix it, what is due next (S7, O5), meetings (S8), expiring terms, kept warnings.

const STATUS_COLOR: Record<RuleStatus, "success" | "warning" | "danger" | "info"> = {
  ok: "success",
  warning: "warning",
  breach: "danger",
  info: "info",
};

export const compliancePath = (slug?: string) => (slug ? `/samsvar/${encodeURIComponent(slug)}` : "/samsvar");

export function StatusTag({ lang, status }: { lang: Locale; status: RuleStatus }) {
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm">
      {getTranslator(lang)(`compliance.status.${status}`)}
    </Tag>
  );
}

const count = (results: RuleResult[], status: RuleStatus) => results.filter((r) => r.status === status).reduce((n, r) => n + r.findings.length, 0);


export function AsOfForm({ lang, path, value, invalid }: { lang: Locale; path: string; value: string; invalid: boolean }) {
  const m = getTranslator(lang, "compliance");
  return (
    <form method="get" action={href(lang, path)} className="mt-6 flex flex-wrap items-end gap-3">
      <div className="grid gap-1">
        <label htmlFor="as-of" className="font-semibold">
          {m("asOfLabel")}
        </label>
        <span id="as-of-hint" className="max-w-prose text-neutral-text-subtle">
          {m("asOfHint")}
        </span>
        {invalid ? (
          <span id="as-of-error" className="text-danger-text-default">
            {m("invalidDate")}
          </span>
        ) : null}
        <input
          id="as-of"
          name="dato"
          type="date"
          defaultValue={value}
          aria-describedby={invalid ? "as-of-hint as-of-error" : "as-of-hint"}
          aria-invalid={invalid || undefined}
          className="ds-input w-full max-w-56"
        />
      </div>
      <button type="submit" className="ds-button" data-variant="primary">
        {m("show")}
      </button>
    </form>
  );
}

function Message({ lang, message }: { lang: Locale; message: MessageRef }) {
  return <>{formatRuleMessage(getTranslator(lang), lang, message)}</>;
}

function RuleItem({ lang, result }: { lang: Locale; result: RuleResult }) {
  const m = getTranslator(lang, "compliance");
  return (
    <li className="border-b border-neutral-border-subtle py-3" data-rule={result.code} data-status={result.status}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{result.code}</span>
        <StatusTag lang={lang} status={result.status} />
        <span className="text-neutral-text-subtle">({m(`severity.${result.severity}`)})</span>
      </div>
      <Paragraph data-size="sm" className="mt-1">
        {localize(lang, result.description.nn, result.description.nb)}
      </Paragraph>
      {result.findings.length ? (
        <ul className="mt-2 grid gap-2 pl-4">
          {result.findings.map((f) => (
            <li key={f.id} className="list-disc">
              <Message lang={lang} message={f.message} />
              {f.fix ? <span className="block text-neutral-text-subtle">{m("fix", { text: formatRuleMessage(getTranslator(lang), lang, f.fix) })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {result.notes.map((note, i) => (
        <Paragraph key={i} data-size="sm" className="mt-1 text-neutral-text-subtle">
          <Message lang={lang} message={note} />
        </Paragraph>
      ))}
    </li>
  );
}

function ExpiryItem({ lang, expiry }: { lang: Locale; expiry: Expiry }) {
  const all = getTranslator(lang);
  return (
    <ListItem>
      {all(expiry.implied ? "compliance.expiringImplied" : "compliance.expiringItem", {
        person: expiry.membership.personName,
        role: all(`membership.roles.${expiry.membership.role}`),
        seat: all(`membership.seats.${expiry.membership.seat}`),
        date: formatDate(lang, `${expiry.ends}T12:00:00Z`, "long"),
      })}
    </ListItem>
  );
}

/** One body in full: what to do, every rule, expiring terms and kept warnings. */
export function BodyCompliance({ lang, body, warnings }: { lang: Locale; body: BodyReport; warnings: ComplianceReport["warnings"] }) {
  const m = getTranslator(lang, "compliance");
  const todo = body.results.filter((r) => r.status === "breach" || r.status === "warning");
  const dueNotes = body.results.filter((r) => r.due || r.kind === "MEETINGS_PER_YEAR").flatMap((r) => r.notes);
  return (
    <>
      <section aria-labelledby="todo-heading" className="mt-8">
        <SectionHeading id="todo-heading">{m("todoHeading")}</SectionHeading>
        {todo.length === 0 ? (
          <Alert data-color="success" className="mt-3">
            {m("allOk")}
          </Alert>
        ) : (
          <ul className="mt-3 grid gap-3">
            {todo.flatMap((r) =>
              r.findings.map((f) => (
                <li key={`${r.code}-${f.id}`}>
                  <Alert data-color={r.status === "breach" ? "danger" : "warning"}>
                    <Paragraph>
                      <Message lang={lang} message={f.message} />
                    </Paragraph>
                    {f.fix ? <Paragraph data-size="sm">{m("fix", { text: formatRuleMessage(getTranslator(lang), lang, f.fix) })}</Paragraph> : null}
                  </Alert>
                </li>
              )),
            )}
          </ul>
        )}
        {dueNotes.length ? (
          <ListUnordered className="mt-3">
            {dueNotes.map((n, i) => (
              <ListItem key={i}>
                <Message lang={lang} message={n} />
              </ListItem>
            ))}
          </ListUnordered>
        ) : null}
      </section>

      <section aria-labelledby="expiring-heading" className="mt-10">
        <SectionHeading id="expiring-heading">{m("expiringHeading")}</SectionHeading>
        {body.expiring.length ? (
          <ListUnordered className="mt-3">
            {body.expiring.map((e) => (
              <ExpiryItem key={e.membership.id} lang={lang} expiry={e} />
            ))}
          </ListUnordered>
        ) : (
          <Paragraph className="mt-3">{m("expiringNone")}</Paragraph>
        )}
      </section>

      <section aria-labelledby="warnings-heading" className="mt-10">
        <SectionHeading id="warnings-heading">{m("warningsHeading")}</SectionHeading>
        {warnings.length ? (
          <ul className="mt-3 grid gap-2">
            {warnings.map((w) => {
              const stored = w.message as unknown as { message: MessageRef; fix: MessageRef | null };
              return (
                <li key={w.id}>
                  <Paragraph>
                    <Message lang={lang} message={stored.message} />{" "}
                    <span className="text-neutral-text-subtle">{m("warningRaised", { date: formatDate(lang, w.createdAt, "long") })}</span>
                  </Paragraph>
                </li>
              );
            })}
          </ul>
        ) : (
          <Paragraph className="mt-3">{m("warningsNone")}</Paragraph>
        )}
      </section>

      <section aria-labelledby="rules-heading" className="mt-10">
        <SectionHeading id="rules-heading">{m("rulesHeading")}</SectionHeading>
        <ul className="mt-2">
          {body.results.map((r) => (
            <RuleItem key={r.code} lang={lang} result={r} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** The whole structure: structure-wide rules, every municipality's representation, and each body's summary. */
export function StructureCompliance({ lang, data, query }: { lang: Locale; data: ComplianceReport; query: string }) {
  const m = getTranslator(lang, "compliance");
  return (
    <>
      <section aria-labelledby="structure-heading" className="mt-8">
        <SectionHeading id="structure-heading">{m("structureHeading")}</SectionHeading>
        <ul className="mt-2">
          {data.report.structure.map((r) => (
            <RuleItem key={r.code} lang={lang} result={r} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="bodies-heading" className="mt-10">
        <SectionHeading id="bodies-heading">{m("bodiesHeading")}</SectionHeading>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {data.report.bodies.map(({ body, results }) => {
            const breaches = count(results, "breach");
            const warnings = count(results, "warning");
            const step = nextStep(lang, results);
            const status: RuleStatus = breaches ? "breach" : warnings ? "warning" : "ok";
            return (
              <li key={body.id} data-body={body.slug}>
                <Card data-color="neutral" className="h-full [--dsc-card-padding:var(--ds-size-4)]">
                  <Heading level={3} data-size="2xs">
                    <Link asChild>
                      <NextLink href={href(lang, `${compliancePath(body.slug)}${query}`)}>{localize(lang, body.name, body.nameNb)}</NextLink>
                    </Link>
                  </Heading>
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusTag lang={lang} status={status} />
                    <span>{m("summary", { breaches, warnings })}</span>
                  </div>
                  <Paragraph data-size="sm">{step ? m("nextStep", { text: step }) : m("nothingToDo")}</Paragraph>
                </Card>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="municipalities-heading" className="mt-10">
        <SectionHeading id="municipalities-heading">{m("municipalitiesHeading")}</SectionHeading>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {data.municipalities.map(({ party, bodies }) => (
            <div key={party.id} className="contents" data-municipality={party.slug}>
              <dt className="font-semibold">{localize(lang, party.name, party.nameNb)}</dt>
              <dd className="mb-2 sm:mb-0">
                {bodies.length ? bodies.map((b) => b.shortName).join(", ") : <span className="text-danger-text-default">{m("notRepresented")}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/**
 * What everyone else sees: the view is for the secretariat and the bodies' members. An anonymous visitor is asked
 * to sign in; a signed-in user without access is told so (signing in again would not help).
 */
export function SignInRequired({ lang, title, signedIn = false }: { lang: Locale; title: string; signedIn?: boolean }) {
  const m = getTranslator(lang, "compliance");
  return (
    <>
      <PageHeader title={title} />
      <Alert data-color="info" className="mt-6 max-w-3xl" data-testid="compliance-access">
        <Heading level={2} data-size="xs">
          {signedIn ? m("forbiddenHeading") : m("signInHeading")}
        </Heading>
        <Paragraph>{signedIn ? m("forbiddenBody") : m("signInRequired")}</Paragraph>
      </Alert>
    </>
  );
}
