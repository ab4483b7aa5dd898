/** Where a meeting's own page lives (language-neutral). */
export function meetingPath(id: string): string {
  return `/mote/${encodeURIComponent(id)}`;
}
