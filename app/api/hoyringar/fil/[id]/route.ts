// GET /api/hoyringar/fil/<fileId>: a consultation round's document or an answer's attachment (issue 21.2), streamed
// from the database. The guard is lib/consultation/policy canReadConsultationFile – the function the pages ask before
// they show the link. Unknown and not allowed get the same bare 404; a denial is audit-logged.
import { audit } from "@/lib/audit/mutations";
import { getCurrentSession } from "@/lib/auth/data";
import { getConsultationFile } from "@/lib/consultation/data";
import { canReadConsultationFile } from "@/lib/consultation/policy";
import { contentDisposition } from "@/lib/downloads/headers";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const [{ viewer }, file] = await Promise.all([getCurrentSession(), getConsultationFile(id)]);
  if (!file) return notFound();
  if (!canReadConsultationFile(viewer, file)) {
    await audit({ actorId: viewer.userId, action: "consultation.file", outcome: "DENIED", entityType: "ConsultationFile", entityId: id });
    return notFound();
  }
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(file.fileName, file.mimeType === "application/pdf" ? "inline" : "attachment"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}
