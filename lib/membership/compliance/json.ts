// The stored compliance report is JSON; its dates (a body's closing day, a membership's term) must come back as Dates.
const DATE_KEY = "$date";

/** Plain JSON (dates as { $date }), ready for a Json column. */
export function toStoredJson(value: unknown): object {
  return JSON.parse(
    JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : current;
    }),
  ) as object;
}

/** The stored report from its JSON text (read as text: one parse instead of the driver's and a copy's). */
export function fromStoredJson<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && DATE_KEY in value && Object.keys(value).length === 1) {
      return new Date((value as Record<string, string>)[DATE_KEY]!);
    }
    return value;
  }) as T;
}
