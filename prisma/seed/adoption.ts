// Demo adoption rows (issue 21 item 1): for the latest version SSU adopted of each seeded agreement, one row per
// adopting party with a realistic spread – the older a version, the more parties have adopted it; a few reservations,
// one decline, some on the agenda, some not started. Deterministic (ids and values from the seed data and `now`),
// idempotent (skipDuplicates: a row a partner has since updated is never reset).
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { ADOPTING_PARTY_KINDS, type AdoptionStatus } from "../../lib/adoption/policy";
import type { SeedData } from "./index";

const DAY = 86_400_000;

function statusFor(ageDays: number, h: number): AdoptionStatus {
  // h in 0..99: a stable pseudo-random number per version and party.
  const adoptedShare = ageDays > 720 ? 92 : ageDays > 365 ? 80 : ageDays > 180 ? 55 : 25;
  if (h < adoptedShare - 8) return "ADOPTED";
  if (h < adoptedShare) return "ADOPTED_WITH_RESERVATIONS";
  if (h === 99) return "DECLINED";
  return h % 3 === 0 ? "NOT_STARTED" : "ON_AGENDA";
}

export function buildAdoptions(data: Pick<SeedData, "agreementVersions" | "parties">, now: Date) {
  const latest = new Map<string, (typeof data.agreementVersions)[number]>();
  for (const v of data.agreementVersions) {
    const seen = latest.get(v.agreementId);
    if (!seen || v.validFrom > seen.validFrom) latest.set(v.agreementId, v);
  }
  const parties = data.parties.filter((p) => (ADOPTING_PARTY_KINDS as readonly string[]).includes(p.kind));
  return [...latest.values()].flatMap((v, vi) =>
    parties.map((p, pi) => {
      const adoptedOn = new Date(v.adoptedOn!);
      const partyId = p.id!;
      const ageDays = Math.floor((now.getTime() - adoptedOn.getTime()) / DAY);
      const h = (vi * 37 + pi * 53 + 11) % 100;
      const status = statusFor(ageDays, h);
      const decidedAt = Math.min(adoptedOn.getTime() + (21 + ((h * 7) % 120)) * DAY, now.getTime() - DAY);
      const decidedOn = new Date(Math.floor(decidedAt / DAY) * DAY);
      const year = decidedOn.getUTCFullYear();
      const decided = status !== "NOT_STARTED";
      const board = p.kind === "MUNICIPALITY" ? "PS" : "Styresak";
      return {
        id: `seed-adoption-${v.id.replace("seed-agreement-", "")}-${partyId.replace("seed-party-", "")}`,
        agreementVersionId: v.id,
        partyId,
        status,
        decidedOn: decided ? decidedOn : null,
        reference: decided ? `${board} ${(h % 80) + 10}/${year}` : null,
        note: status === "ADOPTED_WITH_RESERVATIONS" ? "Vedteke med atterhald om finansiering av auka kapasitet." : status === "DECLINED" ? "Kommunestyret ønskjer ny drøfting i områdeutvalet først." : null,
        createdAt: adoptedOn,
        updatedAt: decided ? decidedOn : adoptedOn,
      };
    }),
  );
}

export async function insertAdoptions(prisma: PrismaClient, data: SeedData, now: Date): Promise<number> {
  const { count } = await prisma.agreementAdoption.createMany({ data: buildAdoptions(data, now), skipDuplicates: true });
  return count;
}
