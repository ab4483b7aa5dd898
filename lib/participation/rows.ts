// The membership and answer rows the participation reads share (lib/participation/data.ts and person-meetings/).
import type { MembershipRole, SeatCategory } from "@/lib/domain/vocabulary";

export const membershipSelect = {
  id: true,
  personId: true,
  role: true,
  seat: true,
  principalId: true,
  termStart: true,
  termEnd: true,
  person: { select: { givenName: true, familyName: true } },
  party: { select: { name: true, nameNb: true } },
} as const;

export type MembershipRow = {
  id: string;
  personId: string;
  role: MembershipRole;
  seat: SeatCategory;
  principalId: string | null;
  termStart: Date;
  termEnd: Date | null;
  person: { givenName: string; familyName: string };
  party: { name: string; nameNb: string | null } | null;
};

export const answerSelect = { membershipId: true, attending: true, deputyId: true, note: true, onBehalf: true, updatedAt: true } as const;
