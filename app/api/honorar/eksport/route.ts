import { getViewer } from "@/lib/auth/data";
import { can } from "@/lib/auth/permissions";
import { approvedClaims } from "@/lib/fees/data";
import { feeCsv } from "@/lib/fees/export";
import { exportSchema } from "@/lib/fees/schema";
import { isLocale } from "@/lib/i18n";

// GET /api/honorar/eksport?fra=2026-01-01&til=2026-12-31[&lang=nb]: approved fee claims of meetings in the period, as
// CSV for payroll – for the secretariat only (fee.manage, the one role table).

function refuse(status: number, error: string): Response {
  return Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (viewer.userId === null) return refuse(401, "sign in required");
  if (!can(viewer, "fee.manage")) return refuse(403, "forbidden");
  const url = new URL(request.url);
  const parsed = exportSchema.safeParse({ fra: url.searchParams.get("fra") ?? "", til: url.searchParams.get("til") ?? "" });
  if (!parsed.success) return refuse(400, "invalid period");
  const langParam = url.searchParams.get("lang");
  const lang = isLocale(langParam) ? langParam : "nn";
  const claims = await approvedClaims(parsed.data.fra, parsed.data.til);
  return new Response(feeCsv(lang, claims), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="honorar-${parsed.data.fra}-${parsed.data.til}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
