// The rules module against the retningsline, table-driven: for every rule id of the spec, the seeded (compliant)
// composition passes, and a composition that breaks the rule gives the expected status and message (nynorsk and
// bokmål, naming the rule id) with a hint at what would fix it.
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n";
import {
  compositionAsOf,
  evaluateAll,
  evaluateBody,
  evaluateStructure,
  expiringTerms,
  newBreaches,
  newWarnings,
  parseParams,
  type RuleContext,
  type RuleMembership,
  type RuleResult,
} from "@/lib/membership/rules";
import { formatRuleMessage } from "@/lib/membership/format";
import { RULES, seedContext } from "../helpers/rules-fixture";

const YEAR = 2026;
const AS_OF = new Date("2026-11-22T12:00:00Z");
const BODY_ID = (slug: string) => `seed-body-${slug}`;

type Case = {
  code: string;
  body: string; // body slug, or "" for the structure
  name: string;
  change?: (c: RuleContext) => void;
  asOf?: Date;
  status: RuleResult["status"];
  /** The first finding's message in nynorsk (exact), and a fragment of its fix. */
  nn?: string;
  fix?: string;
  /** A fragment of the bokmål message. */
  nb?: string;
};

// ── Ways to change a composition ──
const inBody = (c: RuleContext, slug: string) => c.memberships.filter((m) => m.bodyId === BODY_ID(slug));
const one = (c: RuleContext, slug: string, f: (m: RuleMembership) => boolean) => {
  const found = inBody(c, slug).filter(f);
  if (!found.length) throw new Error(`no membership in ${slug} matches`);
  return found[0]!;
};
const remove = (c: RuleContext, m: RuleMembership) => {
  c.memberships = c.memberships.filter((x) => x.id !== m.id && x.principalId !== m.id);
};
const copy = (c: RuleContext, m: RuleMembership, patch: Partial<RuleMembership>) => {
  c.memberships.push({ ...m, id: `${m.id}-copy-${c.memberships.length}`, ...patch });
};
const party = (slug: string) => `seed-party-${slug}`;
/** Drops the seed's planned S7/O5 alternations (the "-neste" successors): the current rows run on to their end. */
const unplan = (c: RuleContext) => {
  for (const next of c.memberships.filter((m) => m.id.endsWith("-neste"))) {
    const current = c.memberships.find((m) => m.id === next.id.slice(0, -"-neste".length));
    if (current) current.termEnd = next.termEnd;
  }
  c.memberships = c.memberships.filter((m) => !m.id.endsWith("-neste"));
};
const isRole = (role: RuleMembership["role"]) => (m: RuleMembership) => m.role === role;
const seat = (s: RuleMembership["seat"]) => (m: RuleMembership) => m.seat === s && m.role !== "PERSONAL_DEPUTY";

const CASES: Case[] = [
  // ── General ──
  { code: "G1", body: "partnarskapsmotet", name: "passes with user representatives", status: "ok" },
  {
    code: "G1",
    body: "partnarskapsmotet",
    name: "fails without any user representative",
    change: (c) => inBody(c, "partnarskapsmotet").filter((m) => m.seat.startsWith("USER_")).forEach((m) => remove(c, m)),
    status: "breach",
    nn: "G1: PM skal ha minst 1 brukarrepresentantar; samansetjinga har 0.",
    fix: "Oppnemn 1 fleire brukarrepresentantar.",
    nb: "G1: PM skal ha minst 1 brukerrepresentanter; sammensetningen har 0.",
  },
  { code: "G2", body: "fsu-barn-og-unge", name: "passes with a GP", status: "ok" },
  {
    code: "G2",
    body: "fsu-barn-og-unge",
    name: "warns without a GP (soft)",
    change: (c) => remove(c, one(c, "fsu-barn-og-unge", seat("GP"))),
    status: "warning",
    nn: "G2: FSU BU skal ha minst 1 fastlegerepresentantar; samansetjinga har 0.",
  },
  { code: "G3", body: "", name: "passes when all 18 municipalities sit in SSU or an OU", status: "ok" },
  {
    code: "G3",
    body: "",
    name: "fails when Austevoll has no seat in SSU or an OU",
    change: (c) => remove(c, one(c, "omradeutval-bergensregionen", (m) => m.partyId === party("austevoll"))),
    status: "breach",
    nn: "G3: Austevoll kommune er ikkje representert i SSU eller noko områdeutval.",
    fix: "Oppnemn ein representant for Austevoll kommune i OU Bergensregionen.",
  },
  { code: "G4", body: "omradeutval-bergensregionen", name: "passes with Helse Bergen and Haraldsplass", status: "ok" },
  {
    code: "G4",
    body: "omradeutval-bergensregionen",
    name: "fails when Haraldsplass (sector responsibility) has no seat",
    change: (c) => remove(c, one(c, "omradeutval-bergensregionen", (m) => m.partyId === party("haraldsplass") && m.role === "MEMBER")),
    status: "breach",
    nn: "G4: Haraldsplass Diakonale Sykehus har sektoransvar i Bergensregionen, men ingen representant i OU Bergensregionen.",
  },
  { code: "G5", body: "ssu", name: "passes with four-year terms", status: "ok" },
  {
    code: "G5",
    body: "ssu",
    name: "fails with a five-year term",
    change: (c) => {
      const m = one(c, "ssu", isRole("LEADER"));
      m.termEnd = new Date(Date.UTC(YEAR + 3, 11, 31));
    },
    status: "breach",
    nn: "G5: Funksjonstida til {leader} (1. januar 2025–31. desember 2029) er lengre enn 4 år.",
    fix: "Set sluttdatoen til seinast 31. desember 2028.",
  },
  {
    code: "G5",
    body: "ssu",
    name: "fails with an open-ended term older than four years",
    change: (c) => {
      const m = one(c, "ssu", isRole("LEADER"));
      m.termStart = new Date(Date.UTC(YEAR - 5, 0, 1));
      m.termEnd = null;
    },
    status: "breach",
    nn: "G5: {leader} har sete utan sluttdato og har site i meir enn 4 år (sidan 1. januar 2021).",
  },
  // ── S ──
  { code: "S1", body: "ssu", name: "passes with 2 + 1 + 1 + 1 municipal representatives", status: "ok" },
  {
    code: "S1",
    body: "ssu",
    name: "fails with a third representative from Bergen",
    change: (c) => copy(c, one(c, "ssu", (m) => m.partyId === party("bergen") && m.role === "MEMBER" && m.seat === "MUNICIPAL"), { personName: "Tredje Bergenser" }),
    status: "breach",
    nn: "S1: SSU skal ha 2 kommunale representantar frå Bergen; samansetjinga har 3.",
    fix: "Avslutt 1 av medlemskapa (kommunale representantar) først",
  },
  {
    code: "S2",
    body: "ssu",
    name: "fails when Helse Bergen's seats do not cover mental health care",
    change: (c) => {
      one(c, "ssu", (m) => m.portfolio === "Psykisk helsevern" && m.role === "MEMBER").portfolio = "Somatikk";
    },
    status: "breach",
    nn: "S2: SSU skal ha 1 representantar frå Helse Bergen for somatikk; samansetjinga har 2.",
  },
  { code: "S2", body: "ssu", name: "passes with Helse Bergen 3, Haraldsplass 1 and Betanien 1", status: "ok" },
  { code: "S3", body: "ssu", name: "passes with one municipal and one specialist user representative", status: "ok" },
  {
    code: "S3",
    body: "ssu",
    name: "fails without the specialist side's user representative",
    change: (c) => remove(c, one(c, "ssu", seat("USER_SPECIALIST"))),
    status: "breach",
    nn: "S3: SSU skal ha 1 brukarrepresentantar frå spesialisthelsetenesta; samansetjinga har 0.",
  },
  { code: "S4", body: "ssu", name: "passes with one GP", status: "ok" },
  {
    code: "S4",
    body: "ssu",
    name: "warns without a GP (soft)",
    change: (c) => remove(c, one(c, "ssu", seat("GP"))),
    status: "warning",
    nn: "S4: SSU skal ha 1 fastlegerepresentantar; samansetjinga har 0.",
  },
  { code: "S5", body: "ssu", name: "passes with one employee representative", status: "ok" },
  {
    code: "S5",
    body: "ssu",
    name: "fails with two employee representatives",
    change: (c) => copy(c, one(c, "ssu", seat("EMPLOYEE_MUNICIPAL")), { seat: "EMPLOYEE_STATE" }),
    status: "breach",
    nn: "S5: SSU skal ha 1 representantar frå hovudsamanslutningane; samansetjinga har 2.",
  },
  { code: "S6", body: "ssu", name: "passes when every member has a personal deputy", status: "ok" },
  {
    code: "S6",
    body: "ssu",
    name: "fails when a member has no personal deputy",
    change: (c) => {
      const gp = one(c, "ssu", seat("GP"));
      c.memberships = c.memberships.filter((m) => m.principalId !== gp.id);
    },
    status: "breach",
    nn: "S6: {gp} (fastlege) har ingen personleg vara i SSU.",
    fix: "Oppnemn ein personleg vara for {gp}.",
  },
  { code: "S7", body: "ssu", name: "passes with a municipal leader and a specialist deputy leader", status: "ok" },
  {
    code: "S7",
    body: "ssu",
    name: "fails when leader and deputy leader come from the same level",
    change: (c) => {
      one(c, "ssu", isRole("DEPUTY_LEADER")).role = "MEMBER";
      one(c, "ssu", (m) => m.partyId === party("askoy") && m.role === "MEMBER").role = "DEPUTY_LEADER";
    },
    status: "breach",
    nn: "S7: Leiar og nestleiar i SSU kjem begge frå kommunane.",
    fix: "Ein av dei må kome frå spesialisthelsetenesta.",
  },
  {
    code: "S7",
    body: "ssu",
    name: "fails when the leadership has not alternated after two years",
    asOf: new Date("2027-01-02T12:00:00Z"),
    change: unplan,
    status: "breach",
    nn: "S7: Leiinga i SSU skulle ha gått over til spesialisthelsetenesta frå 1. januar 2027.",
    fix: "Gi leiarvervet til ein representant frå spesialisthelsetenesta.",
  },
  {
    code: "S7",
    body: "ssu",
    name: "passes after the leadership has passed to the specialist service (as the seed plans it)",
    asOf: new Date("2027-01-02T12:00:00Z"),
    status: "ok",
  },
  { code: "S8", body: "ssu", name: "passes with four meetings this year", status: "ok" },
  {
    code: "S8",
    body: "ssu",
    name: "warns with three meetings this year (soft)",
    change: (c) => {
      c.meetings[0]!.cancelled = true;
    },
    status: "warning",
    nn: "S8: SSU har 3 møte i 2026; minst 4 er kravd.",
    fix: "Planlegg 1 møte til i 2026.",
  },
  // ── O ──
  { code: "O1", body: "omradeutval-bergensregionen", name: "passes with one representative per municipality", status: "ok" },
  {
    code: "O1",
    body: "omradeutval-bergensregionen",
    name: "fails with two representatives from Askøy",
    change: (c) => copy(c, one(c, "omradeutval-bergensregionen", (m) => m.partyId === party("askoy") && m.seat === "MUNICIPAL"), { role: "MEMBER" }),
    status: "breach",
    nn: "O1: Askøy kommune skal ha 1 representantar i OU Bergensregionen; samansetjinga har 2.",
  },
  {
    code: "O1",
    body: "omradeutval-bergen",
    name: "passes with six from Bergen kommune in its own OU",
    change: (c) => {
      const m = one(c, "omradeutval-bergen", (x) => x.seat === "MUNICIPAL" && x.role === "MEMBER");
      copy(c, m, {});
      copy(c, m, {});
    },
    status: "ok",
  },
  {
    code: "O1",
    body: "omradeutval-bergen",
    name: "fails with seven from Bergen kommune",
    change: (c) => {
      const m = one(c, "omradeutval-bergen", (x) => x.seat === "MUNICIPAL" && x.role === "MEMBER");
      for (let i = 0; i < 3; i++) copy(c, m, {});
    },
    status: "breach",
    nn: "O1: Bergen kommune skal ha 1–6 representantar i OU Bergen; samansetjinga har 7.",
  },
  { code: "O2", body: "omradeutval-bergensregionen", name: "passes with Helse Bergen 2 and Haraldsplass 1", status: "ok" },
  {
    code: "O2",
    body: "omradeutval-bergensregionen",
    name: "warns when an institution without sector responsibility takes a seat (soft)",
    change: (c) => {
      one(c, "omradeutval-bergensregionen", (m) => m.partyId === party("haraldsplass") && m.role === "MEMBER").partyId = party("solli-dps");
    },
    status: "warning",
    nn: "O2: Solli DPS har ikkje sektoransvar i Bergensregionen, men har sete i OU Bergensregionen.",
  },
  {
    code: "O2",
    body: "omradeutval-bergensregionen",
    name: "warns when Haraldsplass has more seats than Helse Bergen (soft)",
    change: (c) => {
      const hds = one(c, "omradeutval-bergensregionen", (m) => m.partyId === party("haraldsplass") && m.role === "MEMBER");
      copy(c, hds, {});
      copy(c, hds, {});
    },
    status: "warning",
    nn: "O2: Helse Bergen HF bør ha minst like mange sete som Haraldsplass Diakonale Sykehus (2 mot 3).",
  },
  { code: "O3", body: "omradeutval-voss", name: "passes with a GP and a kommuneoverlege", status: "ok" },
  {
    code: "O3",
    body: "omradeutval-voss",
    name: "warns without a kommuneoverlege (soft)",
    change: (c) => remove(c, one(c, "omradeutval-voss", seat("MUNICIPAL_CHIEF_MEDICAL_OFFICER"))),
    status: "warning",
    nn: "O3: OU Voss skal ha 1 kommuneoverlegar; samansetjinga har 0.",
  },
  { code: "O4", body: "omradeutval-nordhordland", name: "passes with two user representatives", status: "ok" },
  {
    code: "O4",
    body: "omradeutval-nordhordland",
    name: "fails without the municipal user representative",
    change: (c) => remove(c, one(c, "omradeutval-nordhordland", seat("USER_MUNICIPAL"))),
    status: "breach",
    nn: "O4: OU Nordhordland skal ha 1 brukarrepresentantar frå kommunal side; samansetjinga har 0.",
  },
  { code: "O5", body: "omradeutval-voss", name: "passes with a municipal representative and a state-sector deputy", status: "ok" },
  {
    code: "O5",
    body: "omradeutval-voss",
    name: "fails when the deputy comes from the same sector",
    change: (c) => {
      const rep = one(c, "omradeutval-voss", seat("EMPLOYEE_MUNICIPAL"));
      c.memberships.find((m) => m.principalId === rep.id)!.seat = "EMPLOYEE_MUNICIPAL";
    },
    status: "breach",
    nn: "O5: Varaen til tilsettrepresentanten i OU Voss skal kome frå den andre sektoren enn representanten (tilsettrepresentant, kommunal sektor).",
    fix: "Oppnemn ein vara med setekategorien tilsettrepresentant, statleg sektor.",
  },
  {
    code: "O5",
    body: "omradeutval-voss",
    name: "fails when representative and deputy have not swapped after two years",
    asOf: new Date("2027-03-01T12:00:00Z"),
    change: unplan,
    status: "breach",
    nn: "O5: Tilsettrepresentanten og varaen i OU Voss skulle ha bytt sektor frå 1. januar 2027.",
  },
  {
    code: "O5",
    body: "omradeutval-voss",
    name: "passes after representative and deputy have swapped sectors (as the seed plans it)",
    asOf: new Date("2027-03-01T12:00:00Z"),
    status: "ok",
  },
  { code: "O6", body: "omradeutval-voss", name: "passes when every member has a personal deputy", status: "ok" },
  {
    code: "O6",
    body: "omradeutval-voss",
    name: "warns when a member has no personal deputy (soft)",
    change: (c) => {
      const gp = one(c, "omradeutval-voss", seat("GP"));
      c.memberships = c.memberships.filter((m) => m.principalId !== gp.id);
    },
    status: "warning",
    nn: "O6: {ouGp} (fastlege) har ingen personleg vara i OU Voss.",
  },
  { code: "O7", body: "omradeutval-bergen", name: "passes with a municipal leader and a specialist deputy leader", status: "ok" },
  {
    code: "O7",
    body: "omradeutval-bergen",
    name: "fails when the specialist service leads",
    change: (c) => {
      const leader = one(c, "omradeutval-bergen", isRole("LEADER"));
      const deputy = one(c, "omradeutval-bergen", isRole("DEPUTY_LEADER"));
      leader.role = "DEPUTY_LEADER";
      deputy.role = "LEADER";
    },
    status: "breach",
    nn: "O7: leiar i OU Bergen skal vere frå kommunane; {ouBergenDeputy} er ikkje det.",
    fix: "Gi rolla leiar til frå kommunane.",
  },
  { code: "O8", body: "omradeutval-nordhordland", name: "passes with two from the secretariat", status: "ok" },
  {
    code: "O8",
    body: "omradeutval-nordhordland",
    name: "fails without the area's municipal secretariat member",
    change: (c) => remove(c, one(c, "omradeutval-nordhordland", (m) => m.seat === "SECRETARIAT" && m.side === "MUNICIPAL")),
    status: "breach",
    nn: "O8: OU Nordhordland skal ha 2 frå samarbeidssekretariatet – den kommunale representanten frå Nordhordland og ein frå spesialisthelsetenesta med sektoransvar der; samansetjinga har 1.",
  },
  {
    code: "O8",
    body: "omradeutval-nordhordland",
    name: "fails when a secretariat seat is held by someone outside the secretariat",
    change: (c) => {
      one(c, "omradeutval-nordhordland", (m) => m.seat === "SECRETARIAT" && m.side === "SPECIALIST").personId = "seed-person-999";
    },
    status: "breach",
    fix: "Gi setet til eit medlem av samarbeidssekretariatet.",
  },
  // ── K ──
  { code: "K1", body: "samarbeidssekretariatet", name: "passes with one municipal member per area, Helse Bergen 2 and Haraldsplass 1", status: "ok" },
  {
    code: "K1",
    body: "samarbeidssekretariatet",
    name: "fails when no one comes from the Voss area",
    change: (c) => {
      one(c, "samarbeidssekretariatet", (m) => m.partyId === party("voss")).partyId = party("kvam");
      one(c, "samarbeidssekretariatet", (m) => m.partyId === party("kvam")).partyId = party("bergen");
    },
    status: "breach",
    nn: "K1: SEK skal ha 1 kommunale representantar frå Bergen; samansetjinga har 2.",
  },
  { code: "K2", body: "samarbeidssekretariatet", name: "passes when led by Helse Bergen and a municipality together", status: "ok" },
  {
    code: "K2",
    body: "samarbeidssekretariatet",
    name: "fails without a municipal co-leader",
    change: (c) => {
      one(c, "samarbeidssekretariatet", (m) => m.role === "LEADER" && m.side === "MUNICIPAL").role = "MEMBER";
    },
    status: "breach",
    nn: "K2: SEK har ingen leiar.",
    fix: "Gi rolla leiar til ein kommunal representant.",
  },
  { code: "K3", body: "samarbeidssekretariatet", name: "passes with leaders and advisers", status: "ok" },
  {
    code: "K3",
    body: "samarbeidssekretariatet",
    name: "warns about someone not recruited at strategic level (soft)",
    change: (c) => {
      one(c, "samarbeidssekretariatet", (m) => m.partyId === party("voss")).personTitle = "konsulent";
    },
    status: "warning",
    fix: "Vurder å rekruttere ein leiar eller rådgjevar.",
  },
  // ── F ──
  { code: "F1", body: "fsu-psykisk-helse-og-rus", name: "passes with specialists from mental health and substance use", status: "ok" },
  {
    code: "F1",
    body: "fsu-psykisk-helse-og-rus",
    name: "fails without a specialist from the field",
    change: (c) => {
      for (const m of inBody(c, "fsu-psykisk-helse-og-rus")) m.portfolio = null;
    },
    status: "breach",
    nn: "F1: FSU PHR skal ha minst 1 representantar frå spesialisthelsetenesta innan psykisk helse og rus; samansetjinga har 0.",
  },
  {
    code: "F1",
    body: "fsu-barn-og-unge",
    name: "does not ask a committee outside the field for one",
    change: (c) => {
      for (const m of inBody(c, "fsu-barn-og-unge")) m.portfolio = null;
    },
    status: "ok",
  },
];

function evaluate(c: RuleContext, body: string, code: string, asOf: Date): RuleResult {
  const results = body
    ? evaluateBody(c.bodies.find((b) => b.slug === body)!, RULES, c, asOf)
    : evaluateStructure(RULES, c, asOf);
  const result = results.find((r) => r.code === code);
  if (!result) throw new Error(`${code} does not apply to ${body || "the structure"}`);
  return result;
}

/** Names of the seeded people the expected messages mention. */
function names(c: RuleContext): Record<string, string> {
  const name = (slug: string, f: (m: RuleMembership) => boolean) => one(c, slug, f).personName;
  return {
    leader: name("ssu", isRole("LEADER")),
    gp: name("ssu", seat("GP")),
    ouGp: name("omradeutval-voss", seat("GP")),
    ouBergenDeputy: name("omradeutval-bergen", isRole("DEPUTY_LEADER")),
  };
}

const withNames = (text: string, n: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => n[k] ?? `{${k}}`);

describe("every rule id of the spec is in the seeded rule set and has a passing and a failing case", () => {
  const ids = ["G1", "G2", "G3", "G4", "G5", "G6", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]
    .concat(["O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "K1", "K2", "K3", "F1"]);
  it("has exactly the spec's rule ids", () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...ids].sort());
  });
  it.each(ids.filter((id) => id !== "G6"))("%s is covered by a passing and a failing case", (id) => {
    const cases = CASES.filter((c) => c.code === id);
    expect(cases.some((c) => c.status === "ok")).toBe(true);
    expect(cases.some((c) => c.status === "breach" || c.status === "warning")).toBe(true);
  });
  it("validates every rule's params against its kind", () => {
    for (const rule of RULES) expect(() => parseParams(rule.kind, rule.code, rule.params)).not.toThrow();
    expect(() => parseParams("SEAT_COUNT", "X1", { groups: [] })).toThrow(/X1/);
    expect(() => parseParams("TERM_MAX_YEARS", "X2", { years: "four" })).toThrow(/X2/);
  });
});

describe.each(CASES)("$code in $body: $name", (t) => {
  it(`is ${t.status}`, () => {
    const c = seedContext(YEAR);
    const n = names(c);
    t.change?.(c);
    const result = evaluate(c, t.body, t.code, t.asOf ?? AS_OF);
    expect(result.status, JSON.stringify(result.findings.map((f) => formatRuleMessage(getTranslator("nn"), "nn", f.message)))).toBe(t.status);
    if (t.status === "ok") {
      expect(result.findings).toEqual([]);
      return;
    }
    const finding = result.findings[0]!;
    const nn = formatRuleMessage(getTranslator("nn"), "nn", finding.message);
    expect(nn.startsWith(`${t.code}: `)).toBe(true);
    expect(formatRuleMessage(getTranslator("nb"), "nb", finding.message).startsWith(`${t.code}: `)).toBe(true);
    if (t.nn) expect(result.findings.map((f) => formatRuleMessage(getTranslator("nn"), "nn", f.message))).toContain(withNames(t.nn, n));
    if (t.nb) expect(formatRuleMessage(getTranslator("nb"), "nb", finding.message)).toBe(withNames(t.nb, n));
    expect(finding.fix, "every finding says what would fix it").toBeDefined();
    if (t.fix) expect(result.findings.map((f) => formatRuleMessage(getTranslator("nn"), "nn", f.fix!)).join(" | ")).toContain(withNames(t.fix, n));
  });
});

describe("G6: decisions by consensus", () => {
  it("is reported, with the year's consensus decisions and recorded disagreements", () => {
    const c = seedContext(YEAR);
    const ssu = BODY_ID("ssu");
    c.decisions = [
      { bodyId: ssu, kind: "CONSENSUS", decidedAt: new Date("2026-03-12T10:00:00Z") },
      { bodyId: ssu, kind: "CONSENSUS", decidedAt: new Date("2026-06-12T10:00:00Z") },
      { bodyId: ssu, kind: "DISAGREEMENT", decidedAt: new Date("2026-06-12T10:00:00Z") },
      { bodyId: ssu, kind: "CONSENSUS", decidedAt: new Date("2025-06-12T10:00:00Z") },
    ];
    const result = evaluate(c, "ssu", "G6", AS_OF);
    expect(result.status).toBe("info");
    expect(formatRuleMessage(getTranslator("nn"), "nn", result.notes[0]!)).toBe(
      "G6: I 2026: 2 vedtak ved konsensus, 1 med usemje registrert.",
    );
  });
});

describe("composition as of a date", () => {
  it("counts a term from its first to its last day, in Oslo time", () => {
    const m = { termStart: new Date("2027-01-01T00:00:00Z"), termEnd: new Date("2027-12-31T00:00:00Z") };
    expect(compositionAsOf([m], new Date("2026-12-31T22:59:00Z"))).toEqual([]); // 23:59 in Oslo on 31 December
    expect(compositionAsOf([m], new Date("2026-12-31T23:30:00Z"))).toEqual([m]); // 00:30 in Oslo on 1 January
    expect(compositionAsOf([m], new Date("2027-12-31T12:00:00Z"))).toEqual([m]);
    expect(compositionAsOf([m], new Date("2028-01-01T12:00:00Z"))).toEqual([]);
  });

  it("checks a change planned for next year against next year's composition", () => {
    const c = seedContext(YEAR);
    const gp = one(c, "ssu", seat("GP"));
    gp.termEnd = new Date(Date.UTC(YEAR, 11, 31)); // the GP leaves at the end of this year
    expect(evaluate(c, "ssu", "S4", AS_OF).status).toBe("ok");
    expect(evaluate(c, "ssu", "S4", new Date("2027-02-01T12:00:00Z")).status).toBe("warning");
  });

  it("foresees terms that end within six months, open-ended ones where G5 ends them", () => {
    const c = seedContext(YEAR);
    const ssu = c.bodies.find((b) => b.slug === "ssu")!;
    expect(expiringTerms(ssu, RULES, c, AS_OF)).toEqual([]);
    const gp = one(c, "ssu", seat("GP"));
    gp.termEnd = new Date(Date.UTC(YEAR + 1, 2, 31));
    const open = one(c, "ssu", seat("USER_MUNICIPAL"));
    open.termStart = new Date(Date.UTC(YEAR - 3, 3, 1));
    open.termEnd = null;
    const expiring = expiringTerms(ssu, RULES, c, AS_OF);
    expect(expiring.map((e) => [e.membership.id, e.ends, e.implied]).sort()).toEqual(
      [
        [gp.id, "2027-03-31", false],
        [open.id, "2027-03-31", true],
      ].sort(),
    );
  });
});

describe("a change is judged by what it breaks", () => {
  it("reports only hard findings that are new or worse, and soft ones separately", () => {
    const before = seedContext(YEAR);
    const after = seedContext(YEAR);
    remove(after, one(after, "ssu", seat("GP")));
    copy(after, one(after, "ssu", (m) => m.partyId === party("bergen") && m.role === "MEMBER" && m.seat === "MUNICIPAL"), {});
    const ssu = before.bodies.find((b) => b.slug === "ssu")!;
    const b = evaluateBody(ssu, RULES, before, AS_OF);
    const a = evaluateBody(ssu, RULES, after, AS_OF);
    expect(newBreaches(b, a).map((x) => x.finding.id).sort()).toEqual(
      ["S1:municipal", "S1:municipal-bergen", `S6:${after.memberships.at(-1)!.id}`].sort(),
    );
    expect(newWarnings(b, a).map((x) => x.finding.id)).toEqual(["G2:gp", "S4:gp"]);
    // Already broken before and not made worse: not new.
    expect(newBreaches(a, a)).toEqual([]);
  });

  it("finds the whole seeded structure compliant today", () => {
    const report = evaluateAll(RULES, seedContext(YEAR), AS_OF);
    const problems = [...report.structure, ...report.bodies.flatMap((b) => b.results)].filter((r) => r.findings.length);
    expect(problems).toEqual([]);
    expect(report.bodies.find((b) => b.body.slug === "ssu")!.results.find((r) => r.code === "S7")!.due).toBe("2027-01-01");
    expect(report.bodies.find((b) => b.body.slug === "omradeutval-voss")!.results.find((r) => r.code === "O5")!.due).toBe("2027-01-01");
  });
});

describe("counts in rule messages (issue 14 item 7: 1 representant / 2 representantar)", () => {
  const ref = (n: number) => ({ key: "fixAppointFor" as const, params: { n, party: "Askøy kommune" } });
  it("chooses the singular for one and the plural for more, in nynorsk and bokmål", () => {
    expect(formatRuleMessage(getTranslator("nn"), "nn", ref(1))).toBe("Oppnemn 1 representant for Askøy kommune.");
    expect(formatRuleMessage(getTranslator("nn"), "nn", ref(2))).toBe("Oppnemn 2 representantar for Askøy kommune.");
    expect(formatRuleMessage(getTranslator("nb"), "nb", ref(1))).toBe("Oppnevn 1 representant for Askøy kommune.");
    expect(formatRuleMessage(getTranslator("nb"), "nb", ref(3))).toBe("Oppnevn 3 representanter for Askøy kommune.");
    const meetings = (count: number) => ({ key: "meetingsNote" as const, params: { body: "SSU", count, min: 4, year: "2026" } });
    expect(formatRuleMessage(getTranslator("nb"), "nb", meetings(1))).toBe("SSU har 1 møte i 2026 (minst 4).");
    expect(formatRuleMessage(getTranslator("nb"), "nb", meetings(5))).toBe("SSU har 5 møter i 2026 (minst 4).");
  });
});
