// GET /api/vedtak/<adoptionId>: a party's decision document (issue 21.1), streamed from the database. Only the
// secretariat and the row's own party (lib/adoption/policy canReadAdoptionDocument); anything else – unknown, no
// document, not allowed – gets the same bare 404, and a denial is audit-logged. Never cached.
import { audit } from "@/lib/audit/mutations";
import { getCurrentSession } from "@/lib/auth/data";
import { getAdoptionDocument } from "@/lib/adoption/data";
import { canReadAdoptionDocument } from "@/lib/adoption/policy";
import { contentDisposition } from "@/lib/downloads/headers";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const [{ viewer }, row] = await Promise.all([getCurrentSession(), getAdoptionDocument(id)]);
  if (!row?.documentContent || !row.documentName) return notFound();
  if (!canReadAdoptionDocument(viewer, row.partyId)) {
    await audit({ actorId: viewer.userId, action: "adoption.document", outcome: "DENIED", entityType: "AgreementAdoption", entityId: id });
    return notFound();
  }
  return new Response(new Uint8Array(row.documentContent), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(row.documentContent.byteLength),
      "Content-Disposition": contentDisposition(row.documentName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${row.documentSha256 ?? ""}"`,
    },
  });
}
