// GET /api/honorar/kvittering/<id>: a fee claim's receipt (issue 16 item 3), from the database. The same policy that
// decides whether a page shows the link (lib/fees/policy.ts canDownloadReceipt: the claimant and the secretariat)
// decides here on every request. Anyone else – another member, a partner, an anonymous visitor – gets the same bare
// 404 as an unknown id, so a receipt's existence is never revealed; a denial is audit-logged. Personal data: always
// a download (attachment), never sniffed, never cached.
import { audit } from "@/lib/audit/mutations";
import { getCurrentSession } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { contentDisposition } from "@/lib/downloads/headers";
import { receiptContent, receiptForDownload } from "@/lib/fees/data";
import { canDownloadReceipt } from "@/lib/fees/policy";

export const dynamic = "force-dynamic";

const ID = /^[A-Za-z0-9_-]{1,100}$/;

function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!ID.test(id)) return notFound();
  const [{ viewer }, receipt] = await Promise.all([getCurrentSession(), receiptForDownload(id)]);
  if (!receipt) return notFound();
  if (!canDownloadReceipt(viewer, receipt.claim)) {
    await audit({ actorId: viewer.userId, action: "fee.receipt.download", outcome: "DENIED", entityType: "FeeReceipt", entityId: receipt.id, ip: await requestIp() });
    return notFound();
  }
  const content = await receiptContent(receipt.id);
  if (!content) return notFound();
  // The secretariat reading someone's receipt is logged (personal data); the claimant reading their own is not.
  if (viewer.userId !== receipt.claim.userId) await audit({ actorId: viewer.userId, action: "fee.receipt.download", entityType: "FeeReceipt", entityId: receipt.id });
  return new Response(new Uint8Array(content), {
    status: 200,
    headers: {
      "Content-Type": receipt.mimeType,
      "Content-Length": String(content.byteLength),
      "Content-Disposition": contentDisposition(receipt.fileName, "attachment"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${receipt.sha256}"`,
    },
  });
}
