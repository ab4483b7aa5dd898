"use server";
// Server actions for follow and alerts (issue 16 item 5): anyone may follow (validated, rate limited per address in
// the mutation); confirming and unsubscribing need the mailed token; stopping one follow needs the account or a token.
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/data";
import { requestIp } from "@/lib/auth/request";
import { href, isLocale, type Locale } from "@/lib/i18n";
import { accountEmail } from "./data";
import { confirmFollow, requestFollow, stopFollow, unsubscribe } from "./mutations";
import { emailSchema, followSchema, TOKEN_PATTERN } from "./schema";

export type FollowState = { ok: true; status: "PENDING" | "FOLLOWING"; n: number } | { ok: false; error: "INVALID" | "RATE_LIMITED" | "NOT_FOUND" | "UNAVAILABLE"; email: string; n: number } | null;

const langOf = (form: FormData): Locale => {
  const lang = String(form.get("lang") ?? "");
  return isLocale(lang) ? lang : "nn";
};
const str = (form: FormData, name: string) => String(form.get(name) ?? "").slice(0, 300);

export async function followAction(prev: FollowState, form: FormData): Promise<FollowState> {
  const n = (prev?.n ?? 0) + 1;
  const lang = langOf(form);
  const email = str(form, "email");
  const parsed = followSchema.safeParse({ target: str(form, "target"), targetId: str(form, "targetId"), frequency: str(form, "frequency") || "IMMEDIATE", email });
  if (!parsed.success) return { ok: false, error: "INVALID", email, n };
  const viewer = await getViewer();
  const own = viewer.userId ? await accountEmail(viewer.userId) : null;
  if (viewer.userId && own) {
    const result = await requestFollow(parsed.data, { userId: viewer.userId, email: own }, lang);
    return result.ok ? { ok: true, status: result.status, n } : { ok: false, error: result.error, email, n };
  }
  if (!emailSchema.safeParse(parsed.data.email).success) return { ok: false, error: "INVALID", email, n };
  try {
    const result = await requestFollow(parsed.data, { userId: null, email: parsed.data.email, ip: await requestIp() }, lang);
    return result.ok ? { ok: true, status: result.status, n } : { ok: false, error: result.error, email, n };
  } catch {
    return { ok: false, error: "UNAVAILABLE", email, n };
  }
}

export async function confirmFollowAction(form: FormData): Promise<void> {
  const lang = langOf(form);
  const token = str(form, "token");
  const ok = TOKEN_PATTERN.test(token) && (await confirmFollow(token, lang)).ok;
  redirect(`${href(lang, `/folg/stadfest/${token}`)}?utfall=${ok ? "ok" : "ugyldig"}`);
}

export async function unsubscribeAction(form: FormData): Promise<void> {
  const lang = langOf(form);
  const token = str(form, "token");
  const ok = TOKEN_PATTERN.test(token) && (await unsubscribe(token));
  redirect(`${href(lang, `/folg/avmeld/${token}`)}?utfall=${ok ? "ok" : "ugyldig"}`);
}

/** Stops one follow from "Det eg følgjer": the signed-in user's own, or (no account) one of the token's address. */
export async function stopFollowAction(form: FormData): Promise<void> {
  const lang = langOf(form);
  const token = str(form, "token");
  const followId = str(form, "followId");
  const name = str(form, "name");
  const base = token ? `/det-eg-folgjer/${token}` : "/det-eg-folgjer";
  let ok = false;
  if (token) {
    ok = TOKEN_PATTERN.test(token) && (await stopFollow(followId, { token }));
  } else {
    const viewer = await getViewer();
    const email = viewer.userId ? await accountEmail(viewer.userId) : null;
    if (viewer.userId && email) ok = await stopFollow(followId, { userId: viewer.userId, email });
  }
  redirect(`${href(lang, base)}?${ok ? `stoppa=${encodeURIComponent(name)}` : "utfall=ugyldig"}`);
}
