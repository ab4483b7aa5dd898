// GET /api/journal/<YYYY-MM>.csv[?lang=nb]: one month of the public document journal as CSV (issue 20 item 2).
// Public: a document exempt from public access is a line with its legal basis, never its title or file name.
import { getJournal } from "@/lib/journal/data";
import { journalRows } from "@/lib/journal/csv";
import { parseMonth } from "@/lib/journal/journal";
import { toCsv } from "@/lib/deviations/report";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const month = file.endsWith(".csv") ? parseMonth(file.slice(0, -4)) : null;
  if (!month) return Response.json({ ok: false, error: "not found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const lang = new URL(request.url).searchParams.get("lang") === "nb" ? "nb" : "nn";
  const csv = toCsv(journalRows(lang, await getJournal(month.year, month.month)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="journal-${file}"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
