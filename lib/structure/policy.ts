// Who may export and import the structure description (issue 20 item 3): the secretariat, through the one role table.
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

export const STRUCTURE_ADMIN_PATH = "/admin/struktur";
export const STRUCTURE_EXPORT_PATH = "/api/struktur/eksport";
export const STRUCTURE_SCHEMA_PATH = "/api/v1/structure.schema.json";
/** The largest description file accepted (prisma/structure/bergen.json is about 65 kB). */
export const STRUCTURE_MAX_BYTES = 2_000_000;

/** The export and the import page; the same function decides whether the export link is shown. */
export const canManageStructure = (viewer: Viewer) => can(viewer, "structure.manage");
