// Who may see what of a case, as pure functions of facts the caller read from the database.

/** The route a case has taken: where it was sent first (target) and every step since (forwarding, a decision's G6). */
export type CaseRouteFacts = {
  targetBodyId: string;
  currentBodyId: string;
  route: readonly { fromBodyId: string | null; toBodyId: string }[];
};

/**
 * Every body the case has been before: the one it was sent to, every body it was forwarded to, and where it is now.
 * Members of each of them work on the case in turn (a forwarded case keeps its attachments), so each may read its
 * internal attachments – never the public.
 */
export function caseBodyIds(c: CaseRouteFacts): string[] {
  const ids = [c.targetBodyId, ...c.route.flatMap((step) => (step.fromBodyId ? [step.fromBodyId, step.toBodyId] : [step.toBodyId])), c.currentBodyId];
  return [...new Set(ids)];
}

/**
 * Who reads a case's attachments besides the secretariat: the members of every body on its route, and the party
 * that submitted it – it sees what it sent (issue 14 item 5). Fed into lib/documents/policy `canReadDocument`, which
 * decides both the download and the link.
 */
export function caseDocumentReaders(c: CaseRouteFacts & { submitterPartyId: string | null }): { readerBodyIds: string[]; readerPartyIds: string[] } {
  return { readerBodyIds: caseBodyIds(c), readerPartyIds: c.submitterPartyId ? [c.submitterPartyId] : [] };
}
