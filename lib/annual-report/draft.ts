// A draft annual report from the facts of one year (data.ts gatherFacts), in the report's language: one section per
// key, each a short text and lists the secretariat then edits. Pure: the same facts give the same text (the date of
// the facts is passed in), so it is tested without a database.
import { OPEN_STATUSES } from "@/lib/adoption/policy";
import { formatShown, SMALL_COUNT_LIMIT } from "@/lib/deviations/overview";
import { formatValue } from "@/lib/indicators/policy";
import { MEASURE_STATUSES } from "@/lib/domain/vocabulary";
import { formatDate, localize, type Locale, getTranslator } from "@/lib/i18n";
import type { AnnualFacts } from "./data";
import { SECTION_KEYS, type ReportSection, type SectionKey } from "./policy";

const list = (lines: string[]) => lines.map((l) => `- ${l}`).join("\n");
const join = (...parts: (string | null | false)[]) => parts.filter((p): p is string => Boolean(p)).join("\n\n");

export function composeDraft(lang: Locale, facts: AnnualFacts, factsAt: Date): ReportSection[] {
  const messages = getTranslator(lang);
  const d = getTranslator(lang, "annualReport.draft");
  const labels = getTranslator(lang, "labels");
  const year = facts.year;
  const bodyName = (b: { name: string; nameNb: string | null; shortName: string }) => {
    const name = localize(lang, b.name, b.nameNb);
    return name === b.shortName ? name : `${name} (${b.shortName})`;
  };

  const held = facts.bodies.reduce((n, b) => n + b.meetingsHeld, 0);
  const meetingBodies = facts.bodies.filter((b) => b.meetingsHeld > 0 || b.meetingsCancelled > 0 || b.minMeetingsPerYear);
  const meetings = join(
    held ? d("meetingsTotal", { count: held, year }) : d("meetingsNone", { year }),
    list(
      meetingBodies.map(
        (b) =>
          d("meetingsLine", { body: bodyName(b), count: b.meetingsHeld }) +
          (b.meetingsCancelled ? d("meetingsCancelled", { count: b.meetingsCancelled }) : "") +
          // S8: a body with a minimum number of meetings says whether it met it.
          (b.minMeetingsPerYear ? d("meetingsMinimum", { min: b.minMeetingsPerYear }) + (b.meetingsHeld < b.minMeetingsPerYear ? d("meetingsBelow") : "") : ""),
      ),
    ),
  );

  const received = facts.bodies.reduce((n, b) => n + b.casesReceived, 0);
  const decided = facts.bodies.reduce((n, b) => n + b.casesDecided, 0);
  const cases = join(
    d("casesTotal", { received, decided, year }),
    list(facts.bodies.filter((b) => b.casesReceived || b.casesDecided).map((b) => d("casesLine", { body: bodyName(b), received: b.casesReceived, decided: b.casesDecided }))),
  );

  const disagreements = facts.decisions.filter((x) => x.disagreement).length;
  const decisions = facts.decisions.length
    ? join(
        d("decisionsTotal", { count: facts.decisions.length, year, disagreements }),
        list(
          facts.decisions.map(
            (x) =>
              d("decisionLine", { date: formatDate(lang, x.decidedAt, "short"), reference: x.reference ?? x.body, title: localize(lang, x.title, x.titleNb) }) +
              (x.disagreement ? d("decisionDisagreement") : ""),
          ),
        ),
      )
    : d("decisionsNone", { year });

  const plan = facts.plan;
  const actionPlan = plan
    ? join(
        d("planIntro", { plan: localize(lang, plan.title, plan.titleNb), count: plan.measures.length }),
        list(
          plan.groups.map((group) => {
            const own = plan.measures.filter((m) => m.priorityGroups.includes(group.code));
            const statuses = MEASURE_STATUSES.flatMap((status) => {
              const count = own.filter((m) => m.status === status).length;
              return count ? [d("planStatus", { status: labels(`measureStatus.${status}`).toLowerCase(), count })] : [];
            });
            return d("planLine", { group: localize(lang, group.name, group.nameNb), count: own.length, statuses: statuses.join(", ") || "–" });
          }),
        ),
      )
    : d("planNone", { year });

  // Only numbers the deviation overview shows: small counts stay "<5" and hidden ones stay hidden (the report is public).
  const dev = facts.deviations;
  const deviations = join(
    d("deviationsTotal", { count: formatShown(dev.total, lang), year }),
    list(dev.byCategory.map((r) => d("deviationsLine", { category: messages(`deviations.categories.${r.key}`) ?? r.key, count: formatShown(r.count, lang) }))),
    d("deviationsNote"),
  );

  const agreements = join(
    facts.adoptions.length ? d("agreementsTotal", { count: facts.adoptions.length, year }) : d("agreementsNone", { year }),
    facts.adoptions.length > 0 &&
      list(
        facts.adoptions.map((a) =>
          d("agreementLine", {
            agreement: localize(lang, a.agreement, a.agreementNb),
            label: a.label,
            date: formatDate(lang, a.adoptedOn, "short"),
            adopted: a.counts.ADOPTED + a.counts.ADOPTED_WITH_RESERVATIONS,
            total: a.total,
            reservations: a.counts.ADOPTED_WITH_RESERVATIONS,
            declined: a.counts.DECLINED,
            open: OPEN_STATUSES.reduce((n, s) => n + a.counts[s], 0),
          }),
        ),
      ),
    facts.reviews.length > 0 &&
      `${d("reviewsIntro")}\n${list(
        facts.reviews.map((r) =>
          d("reviewLine", { date: formatDate(lang, r.reviewedOn, "short"), agreement: r.agreement ? localize(lang, r.agreement, r.agreementNb) : d("wholeAgreementSet"), outcome: r.outcome }),
        ),
      )}`,
  );

  // Issue 21.2: the public consultation rounds whose deadline fell in the year, with how many parties answered.
  const consultations = facts.consultations.length
    ? join(
        d("consultationsTotal", { count: facts.consultations.length, year }),
        list(
          facts.consultations.map(
            (c) => d("consultationLine", { title: c.title, date: formatDate(lang, c.deadline, "short"), submitted: c.submitted, asked: c.asked, late: c.late }) + (c.decisionLinked ? d("consultationDecided") : ""),
          ),
        ),
      )
    : d("consultationsNone", { year });

  // Issue 21.3: the indicators with values from the year; a small count is "færre enn 5", never its number.
  const value = (v: number | null, decimals: number) => (v === null ? d("indicatorSuppressed", { limit: SMALL_COUNT_LIMIT }) : formatValue(v, decimals, lang));
  const indicators = facts.indicators.length
    ? join(
        d("indicatorsTotal", { count: facts.indicators.length, year }),
        list(
          facts.indicators.map((i) => {
            const name = localize(lang, i.name, i.nameNb);
            const unit = localize(lang, i.unit, i.unitNb);
            if (i.level === "MUNICIPALITY") return d("indicatorMunicipalities", { name, count: i.values.length, period: i.period });
            if (i.level === "AREA")
              return d("indicatorAreas", { name, unit, period: i.period, values: i.values.map((v) => `${localize(lang, v.unit, v.unitNb)} ${value(v.value, i.decimals)}`).join(", ") });
            const own = i.values[0]?.value ?? null;
            const before = i.yearBefore !== null ? d("indicatorYearBefore", { value: value(i.yearBefore, i.decimals) }) : "";
            return d("indicatorLine", { name, unit, period: i.period, value: value(own, i.decimals) }) + before;
          }),
        ),
        d("indicatorsNote"),
      )
    : d("indicatorsNone", { year });

  const bodies: Record<SectionKey, string> = {
    intro: d("intro", { year, date: formatDate(lang, factsAt, "long") }),
    meetings,
    cases,
    decisions,
    actionPlan,
    deviations,
    agreements,
    consultations,
    indicators,
  };
  return SECTION_KEYS.map((key) => ({ key, title: d(`titles.${key}`), body: bodies[key] }));
}
