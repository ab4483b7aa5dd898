// GET /api/hoyringar/<roundId>/pdf: a consultation round's compiled answers as a PDF (issue 21.2). The guard is the
// function the pages ask before they show the link (lib/consultation/policy canReadCompiled): after the deadline for
// everyone when the round is public, the secretariat only when it is restricted. Anything else gets the same bare 404.
import { getCurrentSession } from "@/lib/auth/data";
import { getRound } from "@/lib/consultation/data";
import { renderCompiledPdf } from "@/lib/consultation/compiled-pdf";
import { canReadCompiled } from "@/lib/consultation/policy";
import { contentDisposition } from "@/lib/downloads/headers";
import { isLocale } from "@/lib/i18n";
import { siteName } from "@/lib/structure/data";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const [{ viewer }, round] = await Promise.all([getCurrentSession(), getRound(id)]);
  const now = new Date();
  if (!round || !canReadCompiled(viewer, round, now)) return notFound();
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : "nn";
  const bytes = await renderCompiledPdf(locale, round, now, (await siteName(locale)).text);
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(`hoyring-${round.id}.pdf`),
      "X-Content-Type-Options": "nosniff",
      // Late answers can still arrive: never cached; a restricted round is private.
      "Cache-Control": round.isPublic ? "no-cache" : "private, no-store",
    },
  });
}
