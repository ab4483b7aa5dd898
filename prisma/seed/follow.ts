// Demo follows (issue 16 item 5): the demo SSU member follows SSU and the partner contact follows the news, both as a
// weekly digest and confirmed (signed-in users follow with their account's address, no opt-in mail). Weekly, so demo
// events fill the digest rather than send mails at once. No tokens are seeded: a token is only ever made for a mail.
// Deterministic ids, skipDuplicates: a follow the user has stopped or changed is never reset.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { BODY } from "./bodies";
import { ids } from "./ids";
import { DEMO_USERS } from "./users";

const SINCE = new Date("2026-01-05T08:00:00Z");

export async function insertFollows(prisma: PrismaClient): Promise<number> {
  const follows = [
    { id: "seed-follow-member-ssu", user: DEMO_USERS.member, target: "BODY" as const, targetId: ids.body(BODY.ssu) },
    { id: "seed-follow-partner-news", user: DEMO_USERS.partner, target: "NEWS" as const, targetId: "" },
  ];
  const { count } = await prisma.follow.createMany({
    data: follows.map(({ id, user, target, targetId }) => ({
      id,
      email: user.email,
      userId: user.id,
      target,
      targetId,
      frequency: "WEEKLY" as const,
      locale: "nn",
      confirmedAt: SINCE,
      createdAt: SINCE,
    })),
    skipDuplicates: true,
  });
  return count;
}
