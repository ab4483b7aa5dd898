// The slugs of the default description's bodies (prisma/structure/bergen.json) that its demo content refers to. The
// bodies themselves – names, mandates, tasks – are data in the description file, read by ./structure.
import type { AreaSlug } from "./structure";

export const BODY = {
  pm: "partnarskapsmotet",
  ssu: "ssu",
  sek: "samarbeidssekretariatet",
  ou: (area: AreaSlug) => `omradeutval-${area}`,
  phr: "fsu-psykisk-helse-og-rus",
  bu: "fsu-barn-og-unge",
  ek: "fsu-eldre-og-kronikarar",
  ag: "ag-samordna-utskriving",
} as const;
