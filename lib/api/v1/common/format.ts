// Small conversions from rows to API values, shared by the resources' data.ts.
export const loc = (nn: string, nb: string | null | undefined) => ({ nn, nb: nb ?? null });
/** A @db.Date column (midnight UTC) as YYYY-MM-DD. */
export const day = (value: Date) => value.toISOString().slice(0, 10);
export const dayOrNull = (value: Date | null) => (value ? day(value) : null);
export const iso = (value: Date) => value.toISOString();
export const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);
