// Issue 15: every body's standard saksliste (copied onto each new meeting; the secretariat edits it in the portal),
// and the meeting-number counters raised past the seeded meetings' numbers. Deterministic and idempotent: standard
// items are only written for a body that has none (the secretariat's edits are never overwritten), counters only
// ever go up.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import type { AgendaItemKind } from "../../lib/domain/vocabulary";
import { pad } from "./ids";

export const STANDARD_AGENDA: { kind: AgendaItemKind; title: string; titleNb: string }[] = [
  { kind: "NOTICE_APPROVAL", title: "Godkjenning av innkalling og saksliste", titleNb: "Godkjenning av innkalling og saksliste" },
  { kind: "MINUTES_APPROVAL", title: "Godkjenning av referat frå førre møte", titleNb: "Godkjenning av referat fra forrige møte" },
  { kind: "ACTION_PLAN_STATUS", title: "Status i handlingsplanen", titleNb: "Status i handlingsplanen" },
  { kind: "ORIENTATION", title: "Orienteringssaker", titleNb: "Orienteringssaker" },
  { kind: "OTHER", title: "Eventuelt", titleNb: "Eventuelt" },
];

export const standardItemId = (bodyId: string, position: number) => `${bodyId}-std-${pad(position, 2)}`;

export async function insertStandardAgendaAndCounters(prisma: PrismaClient, bodyIds: string[], log: (line: string) => void): Promise<void> {
  const withItems = new Set((await prisma.bodyStandardAgendaItem.groupBy({ by: ["bodyId"], where: { bodyId: { in: bodyIds } } })).map((g) => g.bodyId));
  const rows = bodyIds
    .filter((id) => !withItems.has(id))
    .flatMap((bodyId) => STANDARD_AGENDA.map((item, i) => ({ id: standardItemId(bodyId, i + 1), bodyId, position: i + 1, ...item })));
  const created = rows.length ? (await prisma.bodyStandardAgendaItem.createMany({ data: rows, skipDuplicates: true })).count : 0;
  log(`  BodyStandardAgendaItem: ${created} new`);
  const raised = await prisma.$executeRaw`
    INSERT INTO "MeetingNumberCounter" ("bodyId", "year", "lastSequence")
    SELECT "bodyId", "numberYear", max("number") FROM "Meeting" WHERE "number" IS NOT NULL GROUP BY "bodyId", "numberYear"
    ON CONFLICT ("bodyId", "year") DO UPDATE SET "lastSequence" = EXCLUDED."lastSequence"
      WHERE "MeetingNumberCounter"."lastSequence" < EXCLUDED."lastSequence"`;
  log(`  MeetingNumberCounter: ${raised} new or raised`);
}
