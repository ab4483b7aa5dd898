import { getViewer } from "@/lib/auth/data";
import { getAnnualReport } from "@/lib/annual-report/data";
import { renderAnnualReportPdf } from "@/lib/annual-report/pdf";
import { canReadAnnualReport } from "@/lib/annual-report/policy";
import { siteName } from "@/lib/structure/data";

// GET /api/arsmelding/2025.pdf: the annual report as a PDF. canReadAnnualReport decides, the same function the pages
// ask before they show the link: a published report for everyone, a draft for the secretariat (and then never cached).

function refuse(status: number): Response {
  return new Response(status === 404 ? "Not found" : "Forbidden", { status, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^(\d{4})\.pdf$/.exec((await params).file);
  if (!match) return refuse(404);
  const [report, viewer] = await Promise.all([getAnnualReport(Number(match[1])), getViewer()]);
  // A draft the viewer may not read answers as if it did not exist: nothing about what is there.
  if (!report || !canReadAnnualReport(viewer, report.status)) return refuse(404);
  const body = await renderAnnualReportPdf(report, (await siteName(report.language)).text);
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="arsmelding-${report.year}.pdf"`,
      // Never kept stale: a withdrawn report must stop opening at once.
      "Cache-Control": report.status === "PUBLISHED" ? "public, no-cache" : "private, no-store",
    },
  });
}
