// The List-Unsubscribe address of every alert mail (issue 16 item 5). RFC 8058: a POST whose body is
// "List-Unsubscribe=One-Click" unsubscribes at once, with no further interaction. A GET changes nothing (mail scanners
// prefetch links): it sends the reader to the confirm page, which has the button.
import { unsubscribe } from "@/lib/follow/mutations";
import { TOKEN_PATTERN } from "@/lib/follow/schema";
import { siteOrigin } from "@/lib/site-url";

type Context = { params: Promise<{ token: string }> };
const langOf = (request: Request) => (new URL(request.url).searchParams.get("lang") === "nb" ? "/nb" : "");

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const path = `${langOf(request)}/folg/avmeld/${TOKEN_PATTERN.test(token) ? token : "ugyldig"}`;
  return Response.redirect(`${siteOrigin(request)}${path}`, 303);
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const body = (await request.text()).slice(0, 200);
  if (new URLSearchParams(body).get("List-Unsubscribe") !== "One-Click") {
    return Response.json({ ok: false, error: "expected List-Unsubscribe=One-Click" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  // Idempotent: a used token still answers 200 (the follow is gone either way); an unknown one 404.
  const ok = TOKEN_PATTERN.test(token) && (await unsubscribe(token));
  return Response.json({ ok }, { status: ok ? 200 : 404, headers: { "Cache-Control": "no-store" } });
}
