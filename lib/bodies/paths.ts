// Public addresses of the bodies: the well-known ones get short names (/ssu, /partnarskapsmotet,
// /samarbeidssekretariatet, /omradeutval/<area>), professional committees and working groups live under /utval/<slug>.

const AREA_PREFIX = "omradeutval-";
const TOP_LEVEL = new Set(["ssu", "partnarskapsmotet", "samarbeidssekretariatet"]);

export function bodyPath(body: { slug: string }): string {
  if (TOP_LEVEL.has(body.slug)) return `/${body.slug}`;
  if (body.slug.startsWith(AREA_PREFIX)) return `/omradeutval/${body.slug.slice(AREA_PREFIX.length)}`;
  return `/utval/${body.slug}`;
}

/** The body slug behind /omradeutval/<area>. */
export function areaCommitteeSlug(area: string): string {
  return `${AREA_PREFIX}${area}`;
}

/** Whether /utval/<slug> is the canonical address of `slug` (so /utval/ssu does not duplicate /ssu). */
export function isCommitteeSlug(slug: string): boolean {
  return !TOP_LEVEL.has(slug) && !slug.startsWith(AREA_PREFIX);
}
