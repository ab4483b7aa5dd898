// What another person changed on a saksliste since a form was opened (issue 15: two secretaries editing the same
// agenda). The form carries the lines it showed; on a version CONFLICT the save is refused and told these changes.
// Pure, so it is unit-tested.

/** One line as a form showed it: the item's id and its label ("SSU 12/2026 Tittel"). */
export type SeenLine = [id: string, label: string];

export type AgendaChange = { what: "added" | "removed" | "moved"; label: string };

/** Parses the form's hidden `seen` field (JSON of [id, label] pairs); anything malformed counts as nothing seen. */
export function parseSeen(value: string | null | undefined): SeenLine[] | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return null;
    return parsed.filter((p): p is SeenLine => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string");
  } catch {
    return null;
  }
}

/** Lines added, removed, and moved (their order among the lines both lists have changed), in the current order. */
export function agendaChanges(seen: SeenLine[], current: SeenLine[]): AgendaChange[] {
  const seenIds = new Set(seen.map(([id]) => id));
  const currentIds = new Set(current.map(([id]) => id));
  const commonBefore = seen.filter(([id]) => currentIds.has(id)).map(([id]) => id);
  const commonAfter = current.filter(([id]) => seenIds.has(id)).map(([id]) => id);
  const changes: AgendaChange[] = [];
  for (const [id, label] of current) {
    if (!seenIds.has(id)) changes.push({ what: "added", label });
    else if (commonBefore.indexOf(id) !== commonAfter.indexOf(id)) changes.push({ what: "moved", label });
  }
  for (const [id, label] of seen) if (!currentIds.has(id)) changes.push({ what: "removed", label });
  return changes;
}
