import { getViewer } from "@/lib/auth/data";
import { can } from "@/lib/auth/permissions";
import { costReport } from "@/lib/fees/cost-report";
import { costCsv } from "@/lib/fees/export";
import { yearSchema } from "@/lib/fees/schema";
import { isLocale } from "@/lib/i18n";

// GET /api/honorar/kostnader?ar=2026[&lang=nb]: the yearly cost report (approved fees and travel, 50/50, the municipal
// half by the key; the spec's economy section) as CSV – for the secretariat only (fee.manage, the one role table).

function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (viewer.userId === null) return refuse(401, "sign in required");
  if (!can(viewer, "fee.manage")) return refuse(403, "forbidden");
  const url = new URL(request.url);
  const parsed = yearSchema.safeParse(url.searchParams.get("ar") ?? "");
  if (!parsed.success) return refuse(400, "invalid year");
  const langParam = url.searchParams.get("lang");
  const lang = isLocale(langParam) ? langParam : "nn";
  const report = await costReport(parsed.data);
  return new Response(costCsv(lang, report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kostnader-${parsed.data}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
