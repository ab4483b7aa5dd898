// Rule kinds about what a body does: meetings per year (S8) and decisions by consensus (G6).
import { bodyName, msg, type BodyEnv, type Outcome } from "./kit";
import type { ParamsOf } from "./params";
import { formatOslo } from "@/lib/i18n/oslo";

export function meetingsPerYear(env: BodyEnv, p: ParamsOf<"MEETINGS_PER_YEAR">): Outcome {
  const min = p.min ?? env.body.minMeetingsPerYear;
  if (!min) return { findings: [] };
  const year = env.day.getUTCFullYear();
  const count = env.ctx.meetings.filter(
    (m) => m.bodyId === env.body.id && !m.cancelled && Number(formatOslo(m.startsAt, "yyyy")) === year,
  ).length;
  const note = msg("meetingsNote", { body: bodyName(env.body), count, min, year: String(year) });
  if (count >= min) return { findings: [], notes: [note] };
  return {
    findings: [
      {
        id: `${env.code}:${year}`,
        gap: min - count,
        message: msg("meetingsTooFew", { code: env.code, body: bodyName(env.body), count, min, year: String(year) }),
        fix: msg("fixPlanMeetings", { n: min - count, year: String(year) }),
      },
    ],
    notes: [note],
  };
}

/** G6 is about how decisions are made, not who sits where: the data model only knows consensus or disagreement. */
export function consensusDecisions(env: BodyEnv): Outcome {
  const year = env.day.getUTCFullYear();
  const decisions = env.ctx.decisions.filter((d) => d.bodyId === env.body.id && Number(formatOslo(d.decidedAt, "yyyy")) === year);
  return {
    findings: [],
    notes: [
      msg("decisionsNote", {
        code: env.code,
        year: String(year),
        consensus: decisions.filter((d) => d.kind === "CONSENSUS").length,
        disagreement: decisions.filter((d) => d.kind === "DISAGREEMENT").length,
      }),
    ],
  };
}
