// JSON texts that come back unchanged request after request – the public data cache's entries (lib/public-cache.ts)
// and the stored compliance report (lib/membership/compliance/data.ts) – were parsed anew for every render, with a
// reviver that turns { $date } back into Dates. On a member's /ssu that parse was ~9 % of the render's CPU (profile
// of 5 Dec, BENCHMARKS.md). The same text always gives the same value, so each slot keeps the last text it parsed and
// its value, and hands that value out again while the text is the same.
//
// A value handed to many renders must not be changed by one of them: every value is deep-frozen, here and where the
// value does not come from this memo (see `frozen`), so a render that tried would fail in every test, not only in
// production. Nothing here changes an answer: a slot answers only for the very text it parsed.

/** The texts kept, in characters (their values take a few times that): bounded, the oldest slot goes first. */
const MAX_CHARS = 4_000_000;

const slots = new Map<string, { text: string; value: unknown }>();
let keptChars = 0;

/** `parse(text)`, deep-frozen; the same value again while `slot`'s text is unchanged. */
export function parseOnce<T>(slot: string, text: string, parse: (text: string) => T): T {
  const kept = slots.get(slot);
  if (kept && kept.text === text) {
    // Most recently used last: the Map's order is the eviction order.
    slots.delete(slot);
    slots.set(slot, kept);
    return kept.value as T;
  }
  const value = frozen(parse(text));
  if (kept) {
    slots.delete(slot);
    keptChars -= kept.text.length;
  }
  if (text.length <= MAX_CHARS / 4) {
    slots.set(slot, { text, value });
    keptChars += text.length;
    for (const [oldest, entry] of slots) {
      if (keptChars <= MAX_CHARS) break;
      slots.delete(oldest);
      keptChars -= entry.text.length;
    }
  }
  return value;
}

/**
 * Freezes a parsed value and everything in it (objects, arrays, Dates). Byte arrays (a file's content read outside
 * Next) are left as they are: JavaScript cannot freeze them, and no JSON text holds one.
 */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

/** For tests: forget every slot. */
export function forgetParsed(): void {
  slots.clear();
  keptChars = 0;
}
