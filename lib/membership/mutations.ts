import "server-only";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import { loadRuleInput, type RuleInput } from "./data";
import { addDays, dayOf, isoDay, isoOf } from "./rules/dates";
import { evaluateBody, evaluateStructure, newBreaches, newWarnings } from "./rules/engine";
import type { Finding, MessageRef, RuleResult } from "./rules/types";
import type { AppointMembership, ChangeMembership, EndMembership } from "./schema";

// Appoint, change and end memberships under the retningsline. Each change runs in ONE transaction: write it, read
// the composition back, and evaluate the rules as of every day the change touches (and today), for every body and
// the whole structure. A hard rule the change breaks (or makes worse) rolls everything back and comes back as a
// refusal naming the rule; soft-rule warnings are saved with the change and kept in MembershipWarning.

export type RuleViolation = {
  code: string;
  bodyId: string | null;
  /** The day of the composition checked (YYYY-MM-DD). */
  asOf: string;
  findingId: string;
  message: MessageRef;
  fix?: MessageRef;
};

export type MembershipError = "NOT_FOUND" | "CONFLICT" | "INVALID";

export type MembershipChangeResult =
  | { ok: true; membershipId: string; warnings: RuleViolation[] }
  | { ok: false; error: "RULES_BROKEN"; breaches: RuleViolation[] }
  | { ok: false; error: MembershipError };

export type MutationOptions = {
  now?: Date;
  actorId?: string | null;
  /** Off in tests, where there is no Next request to revalidate. */
  revalidate?: boolean;
};

type Tx = Prisma.TransactionClient;
type Work = { ok: true; membershipId: string; bodyId: string; days: Date[]; audit: { action: string; before?: unknown; after?: unknown } } | { ok: false; error: MembershipError };

/** Thrown inside the transaction to roll it back; carries the result to return. */
class Rollback extends Error {
  constructor(readonly result: MembershipChangeResult) {
    super("rollback");
  }
}

// One key for all membership changes: G3 and O8 look across bodies, so changes are checked one at a time.
const LOCK_KEY = 72_616_001;

type Judged = { breaches: RuleViolation[]; warnings: RuleViolation[] };

function evaluateEverything(input: RuleInput, day: Date): Map<string, RuleResult[]> {
  const results = new Map<string, RuleResult[]>();
  results.set("", evaluateStructure(input.rules, input.ctx, day));
  for (const body of input.ctx.bodies) {
    if (body.closedOn && body.closedOn.getTime() <= day.getTime()) continue;
    results.set(body.id, evaluateBody(body, input.rules, input.ctx, day));
  }
  return results;
}

const violation = (bodyId: string, day: Date) => ({ code, finding }: { code: string; finding: Finding }): RuleViolation => ({
  code,
  bodyId: bodyId || null,
  asOf: isoOf(day),
  findingId: finding.id,
  message: finding.message,
  fix: finding.fix,
});

function judge(before: RuleInput, after: RuleInput, days: Date[]): Judged {
  const out: Judged = { breaches: [], warnings: [] };
  const seen = new Set<string>();
  for (const day of days) {
    const b = evaluateEverything(before, day);
    const a = evaluateEverything(after, day);
    for (const [bodyId, results] of a) {
      const prior = b.get(bodyId) ?? [];
      for (const [list, found] of [
        [out.breaches, newBreaches(prior, results)],
        [out.warnings, newWarnings(prior, results)],
      ] as const) {
        for (const f of found) {
          // The same finding on several days is reported once, for the first day it appears.
          const key = `${bodyId}|${f.finding.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          list.push(violation(bodyId, day)(f));
        }
      }
    }
  }
  return out;
}

async function checked(options: MutationOptions, work: (tx: Tx) => Promise<Work>): Promise<MembershipChangeResult> {
  const now = options.now ?? new Date();
  const today = dayOf(now);
  try {
    const result = await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
        const before = await loadRuleInput(tx, now);
        const done = await work(tx);
        if (!done.ok) throw new Rollback(done);
        const after = await loadRuleInput(tx, now);
        const days = [...new Map([today, ...done.days].map((d) => [d.getTime(), d])).values()].sort((x, y) => x.getTime() - y.getTime());
        const { breaches, warnings } = judge(before, after, days);
        if (breaches.length) throw new Rollback({ ok: false, error: "RULES_BROKEN", breaches });

        await keepWarnings(tx, done.membershipId, warnings, after, now);
        await tx.auditEntry.create({
          data: {
            actorId: options.actorId ?? null,
            action: done.audit.action,
            entityType: "Membership",
            entityId: done.membershipId,
            before: (done.audit.before ?? undefined) as Prisma.InputJsonValue | undefined,
            after: (done.audit.after ?? undefined) as Prisma.InputJsonValue | undefined,
          },
        });
        return { ok: true as const, membershipId: done.membershipId, warnings };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    if (options.revalidate !== false) revalidatePath("/", "layout");
    return result;
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/** Stores the change's new soft-rule warnings and resolves kept ones the composition no longer has. */
async function keepWarnings(tx: Tx, membershipId: string, warnings: RuleViolation[], after: RuleInput, now: Date) {
  const open = await tx.membershipWarning.findMany({ where: { resolvedAt: null } });
  const today = dayOf(now);
  const cache = new Map<number, Map<string, RuleResult[]>>();
  const stillThere = (bodyId: string | null, findingId: string, asOf: Date) => {
    const day = asOf.getTime() > today.getTime() ? asOf : today;
    if (!cache.has(day.getTime())) cache.set(day.getTime(), evaluateEverything(after, day));
    return (cache.get(day.getTime())!.get(bodyId ?? "") ?? []).some((r) => r.findings.some((f) => f.id === findingId));
  };
  const resolved = open.filter((w) => !stillThere(w.bodyId, w.findingId, w.asOf)).map((w) => w.id);
  if (resolved.length) await tx.membershipWarning.updateMany({ where: { id: { in: resolved } }, data: { resolvedAt: now } });
  const kept = new Set(open.filter((w) => !resolved.includes(w.id)).map((w) => `${w.bodyId ?? ""}|${w.findingId}`));
  const fresh = warnings.filter((w) => !kept.has(`${w.bodyId ?? ""}|${w.findingId}`));
  if (fresh.length) {
    await tx.membershipWarning.createMany({
      data: fresh.map((w) => ({
        bodyId: w.bodyId,
        membershipId,
        ruleCode: w.code,
        findingId: w.findingId,
        message: { message: w.message, fix: w.fix ?? null } as unknown as Prisma.InputJsonValue,
        asOf: isoDay(w.asOf),
        createdAt: now,
      })),
    });
  }
}

const dayAfter = (d: Date | null | undefined) => (d ? [addDays(d, 1)] : []);

async function validReferences(
  tx: Tx,
  bodyId: string,
  v: { personId: string; partyId?: string; principalId?: string; deputyPersonId?: string },
  selfId?: string,
): Promise<{ ok: true; partySide: "MUNICIPAL" | "SPECIALIST" | null } | { ok: false; error: MembershipError }> {
  const people = [v.personId, ...(v.deputyPersonId ? [v.deputyPersonId] : [])];
  if ((await tx.person.count({ where: { id: { in: people } } })) !== new Set(people).size) return { ok: false, error: "INVALID" };
  let partySide: "MUNICIPAL" | "SPECIALIST" | null = null;
  if (v.partyId) {
    const party = await tx.party.findUnique({ where: { id: v.partyId }, select: { side: true } });
    if (!party) return { ok: false, error: "INVALID" };
    partySide = party.side;
  }
  if (v.principalId) {
    const principal = await tx.membership.findUnique({ where: { id: v.principalId }, select: { bodyId: true, role: true } });
    if (!principal || principal.bodyId !== bodyId || principal.role === "PERSONAL_DEPUTY" || v.principalId === selfId) {
      return { ok: false, error: "INVALID" };
    }
  }
  return { ok: true, partySide };
}

export async function appointMembership(input: AppointMembership, options: MutationOptions = {}): Promise<MembershipChangeResult> {
  return checked(options, async (tx) => {
    const body = await tx.body.findUnique({ where: { id: input.bodyId }, select: { id: true } });
    if (!body) return { ok: false, error: "NOT_FOUND" };
    const refs = await validReferences(tx, body.id, input);
    if (!refs.ok) return refs;
    const termStart = isoDay(input.termStart);
    const termEnd = input.termEnd ? isoDay(input.termEnd) : null;
    if (input.replacesId) {
      // A planned replacement: the old membership ends the day before, so the rules see one seat changing hands.
      const old = await tx.membership.findUnique({ where: { id: input.replacesId } });
      const lastDay = addDays(termStart, -1);
      if (!old || old.bodyId !== body.id || lastDay < old.termStart || (old.termEnd && old.termEnd < lastDay)) {
        return { ok: false, error: "INVALID" };
      }
      await tx.membership.updateMany({
        where: { OR: [{ id: old.id }, { principalId: old.id, OR: [{ termEnd: null }, { termEnd: { gt: lastDay } }] }] },
        data: { termEnd: lastDay, version: { increment: 1 } },
      });
    }
    const fields = {
      bodyId: body.id,
      partyId: input.partyId ?? null,
      side: input.side ?? refs.partySide,
      portfolio: input.portfolio ?? null,
      termStart,
      termEnd,
    };
    const created = await tx.membership.create({
      data: { ...fields, personId: input.personId, seat: input.seat, role: input.role, principalId: input.principalId ?? null },
    });
    if (input.deputyPersonId) {
      await tx.membership.create({
        data: { ...fields, personId: input.deputyPersonId, seat: input.deputySeat ?? input.seat, role: "PERSONAL_DEPUTY", principalId: created.id },
      });
    }
    return {
      ok: true,
      membershipId: created.id,
      bodyId: body.id,
      days: [termStart, ...dayAfter(termEnd)],
      audit: { action: "membership.appoint", after: { ...input } },
    };
  });
}

export async function changeMembership(input: ChangeMembership, options: MutationOptions = {}): Promise<MembershipChangeResult> {
  return checked(options, async (tx) => {
    const current = await tx.membership.findUnique({ where: { id: input.membershipId } });
    if (!current) return { ok: false, error: "NOT_FOUND" };
    if (current.version !== input.version) return { ok: false, error: "CONFLICT" };
    const refs = await validReferences(tx, current.bodyId, input, current.id);
    if (!refs.ok) return refs;
    const termStart = isoDay(input.termStart);
    const termEnd = input.termEnd ? isoDay(input.termEnd) : null;
    const { count } = await tx.membership.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        personId: input.personId,
        seat: input.seat,
        role: input.role,
        partyId: input.partyId ?? null,
        side: input.side ?? refs.partySide,
        portfolio: input.portfolio ?? null,
        principalId: input.principalId ?? null,
        termStart,
        termEnd,
        version: { increment: 1 },
      },
    });
    if (count !== 1) return { ok: false, error: "CONFLICT" };
    return {
      ok: true,
      membershipId: current.id,
      bodyId: current.bodyId,
      days: [current.termStart, termStart, ...dayAfter(current.termEnd), ...dayAfter(termEnd)],
      audit: { action: "membership.change", before: { ...current }, after: { ...input } },
    };
  });
}

/** Ends a membership on its last day (inclusive); its personal deputies end with it. Access follows at once. */
export async function endMembership(input: EndMembership, options: MutationOptions = {}): Promise<MembershipChangeResult> {
  return checked(options, async (tx) => {
    const current = await tx.membership.findUnique({ where: { id: input.membershipId } });
    if (!current) return { ok: false, error: "NOT_FOUND" };
    if (current.version !== input.version) return { ok: false, error: "CONFLICT" };
    const lastDay = isoDay(input.lastDay);
    if (lastDay < current.termStart || (current.termEnd && lastDay > current.termEnd)) return { ok: false, error: "INVALID" };
    const { count } = await tx.membership.updateMany({
      where: { id: current.id, version: input.version },
      data: { termEnd: lastDay, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, error: "CONFLICT" };
    await tx.membership.updateMany({
      where: { principalId: current.id, OR: [{ termEnd: null }, { termEnd: { gt: lastDay } }] },
      data: { termEnd: lastDay, version: { increment: 1 } },
    });
    return {
      ok: true,
      membershipId: current.id,
      bodyId: current.bodyId,
      days: [addDays(lastDay, 1)],
      audit: { action: "membership.end", before: { termEnd: current.termEnd }, after: { termEnd: input.lastDay } },
    };
  });
}
