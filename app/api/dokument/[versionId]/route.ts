import { ANONYMOUS } from "@/lib/auth/viewer";
import { getDownload } from "@/lib/downloads/data";

// Public-only download of one document version (minimal; the documents issue brings the signed-in version).
// Anything the public may not read answers exactly like a version that does not exist.

function notFound(): Response {
  return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }): Promise<Response> {
  const { versionId } = await params;
  const download = await getDownload(versionId, ANONYMOUS);
  if (!download) return notFound();
  return new Response(Buffer.from(download.content), {
    headers: {
      "Content-Type": download.mimeType,
      "Content-Length": String(download.content.byteLength),
      "Content-Disposition": contentDisposition(download.fileName),
      "X-Content-Type-Options": "nosniff",
      ETag: `"${download.sha256}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
