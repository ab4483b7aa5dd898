import { getViewer } from "@/lib/auth/data";
import { getAgreements, getAreas, getDeviationFacts, getOverview, getParties } from "@/lib/deviations/data";
import { overviewLabels } from "@/lib/deviations/labels";
import { isSignedIn, overviewScope, resolveAreaScope } from "@/lib/deviations/policy";
import { reportData, reportRows, toCsv } from "@/lib/deviations/report";
import { renderReportPdf } from "@/lib/deviations/report-pdf";
import { isLocale, localize, getTranslator } from "@/lib/i18n";
import { formatOslo } from "@/lib/i18n/oslo";
import { siteName } from "@/lib/structure/data";

// GET /api/avvik/rapport/2026.csv[?omrade=bergen][&lang=nb]: the yearly report as CSV for Excel, and 2026.pdf as a
// PDF – the same suppressed numbers as the report page, for the same viewers, in the viewer's language.

function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^(\d{4})\.(csv|pdf)$/.exec(file);
  const year = match ? Number(match[1]) : NaN;
  const thisYear = Number(formatOslo(new Date(), "yyyy"));
  if (!match || year < 2000 || year > thisYear) return refuse(404, "not found");

  const viewer = await getViewer();
  if (!isSignedIn(viewer)) return refuse(401, "sign in required");
  const url = new URL(request.url);
  const langParam = url.searchParams.get("lang");
  const lang = isLocale(langParam) ? langParam : "nn";
  const [facts, areas] = await Promise.all([getDeviationFacts(), getAreas()]);
  const target = resolveAreaScope(overviewScope(viewer, facts), areas, url.searchParams.get("omrade") ?? "");
  if (!target) return refuse(403, "forbidden");

  const [overview, parties, agreements] = await Promise.all([
    getOverview(year, target.kind === "all" ? "all" : [target.area.id]),
    getParties(),
    getAgreements(),
  ]);
  const scope = target.kind === "all" ? getTranslator(lang)("deviations.overview.scopeAll") : localize(lang, target.area.name, target.area.nameNb);
  const labels = overviewLabels(lang, parties, agreements);
  const format = match[2] === "pdf" ? "pdf" : "csv";
  const name = `samhandlingsavvik-${year}${target.kind === "area" ? `-${target.area.slug}` : ""}.${format}`;
  const body =
    format === "pdf"
      ? await renderReportPdf(lang, reportData(lang, overview, labels, scope), new Date(), (await siteName(lang)).text)
      : toCsv(reportRows(lang, overview, labels, scope));
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": format === "pdf" ? "application/pdf" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
