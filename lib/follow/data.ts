import "server-only";
// Reads for follow and alerts (issue 16 item 5): a signed-in user's address, and "Det eg følgjer" – the follows of a
// signed-in user's address or of the address a mailed manage token stands for.
import { prisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n";
import { sha256, targetName } from "./mutations";
import type { FollowFrequencyKind, FollowTargetKind } from "./schema";

export async function accountEmail(userId: string): Promise<string | null> {
  return (await prisma.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email.toLowerCase() ?? null;
}

/** The address a manage/unsubscribe token stands for, or null. */
export async function emailOfToken(token: string): Promise<string | null> {
  return (await prisma.followToken.findUnique({ where: { tokenHash: sha256(token) }, select: { email: true } }))?.email ?? null;
}

export type FollowRow = { id: string; target: FollowTargetKind; name: string; frequency: FollowFrequencyKind; confirmed: boolean };

export async function followsOf(email: string, lang: Locale): Promise<FollowRow[]> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.follow.findMany({ where: { email: email.toLowerCase() }, orderBy: { createdAt: "asc" }, select: { id: true, target: true, targetId: true, frequency: true, confirmedAt: true } });
    const named = await Promise.all(rows.map(async (r) => ({ r, name: await targetName(tx, lang, r.target, r.targetId) })));
    return named.filter((n) => n.name !== null).map(({ r, name }) => ({ id: r.id, target: r.target, name: name!, frequency: r.frequency, confirmed: r.confirmedAt !== null }));
  });
}
