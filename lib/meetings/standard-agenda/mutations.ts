import "server-only";
// The body's standard saksliste (BodyStandardAgendaItem): copied onto each new meeting, and kept by the secretariat.
import type { Tx } from "../core/mutations";

/** Copies the body's standard items onto a new (empty) meeting, in their order, as positions 1..n. */
export async function copyStandardAgenda(tx: Tx, meetingId: string, bodyId: string): Promise<number> {
  const items = await tx.bodyStandardAgendaItem.findMany({ where: { bodyId }, orderBy: { position: "asc" }, select: { kind: true, title: true, titleNb: true } });
  if (!items.length) return 0;
  await tx.agendaItem.createMany({ data: items.map((item, i) => ({ meetingId, position: i + 1, kind: item.kind, title: item.title, titleNb: item.titleNb })) });
  return items.length;
}
