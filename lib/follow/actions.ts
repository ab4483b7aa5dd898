"use server";
// Server actions for follow and alerts (issue 16 item 5), on the one chain (lib/actions/chain.ts), all public – with
// why: anyone may follow (validated, rate limited per address in the mutation); confirming and unsubscribing need the
// mailed token; stopping one follow needs the account (the viewer from the database) or a token.
import { redirect } from "next/navigation";
import { formAction, langOfForm, postAction, type ActionError, type Values } from "@/lib/actions/chain";
import { requestIp } from "@/lib/auth/request";
import { href } from "@/lib/i18n";
import { accountEmail } from "./data";
import { confirmFollow, requestFollow, stopFollow, unsubscribe } from "./mutations";
import { emailSchema, followSchema, TOKEN_PATTERN } from "./schema";

export type FollowState = { ok: true; status: "PENDING" | "FOLLOWING"; n: number } | { ok: false; error: ActionError; email: string; n: number } | null;

const str = (raw: Values, name: string) => String(raw[name] ?? "").slice(0, 300);
const read = (form: FormData): Values => {
  const values: Values = {};
  for (const name of ["target", "targetId", "frequency", "email", "token", "followId", "name"]) values[name] = String(form.get(name) ?? "").slice(0, 300);
  return values;
};

/** Follows a body, case, measure or the news: with the account's own address, or an address to confirm by mail. */
export const followAction = formAction<FollowState, Values>({
  name: "follow.follow",
  access: { public: "anyone may follow with an e-mail address (confirmed by mail, rate limited per address)" },
  read,
  noEcho: true,
  refuse: (refusal, form, prev) => ({ ok: false, error: refusal.error, email: String(form.get("email") ?? "").slice(0, 300), n: (prev?.n ?? 0) + 1 }),
  run: async ({ raw, viewer, form, prev }, refuse) => {
    const n = (prev?.n ?? 0) + 1;
    const lang = langOfForm(form);
    const email = str(raw, "email");
    const parsed = followSchema.safeParse({ target: str(raw, "target"), targetId: str(raw, "targetId"), frequency: str(raw, "frequency") || "IMMEDIATE", email });
    if (!parsed.success) return refuse({ error: "INVALID" });
    const own = viewer.userId ? await accountEmail(viewer.userId) : null;
    const result =
      viewer.userId && own
        ? await requestFollow(parsed.data, { userId: viewer.userId, email: own }, lang)
        : emailSchema.safeParse(parsed.data.email).success
          ? await requestFollow(parsed.data, { userId: null, email: parsed.data.email, ip: await requestIp() }, lang)
          : null;
    if (!result) return refuse({ error: "INVALID" });
    return result.ok ? { ok: true, status: result.status, n } : { ok: false, error: result.error, email, n };
  },
});

/** Back to a token step's page with its outcome (a fault says so too). */
function back(form: FormData, path: string, query: string): never {
  redirect(`${href(langOfForm(form), path)}?${query}`);
}

const tokenOf = (raw: Values) => str(raw, "token");

export const confirmFollowAction = postAction({
  name: "follow.confirm",
  access: { public: "the mailed token is the authorization" },
  read,
  refuse: (refusal, form) => back(form, `/folg/stadfest/${String(form.get("token") ?? "").slice(0, 300)}`, `utfall=${refusal.error}`),
  run: async ({ raw, form }) => {
    const token = tokenOf(raw);
    const ok = TOKEN_PATTERN.test(token) && (await confirmFollow(token, langOfForm(form))).ok;
    back(form, `/folg/stadfest/${token}`, `utfall=${ok ? "ok" : "ugyldig"}`);
  },
});

export const unsubscribeAction = postAction({
  name: "follow.unsubscribe",
  access: { public: "the mailed token is the authorization" },
  read,
  refuse: (refusal, form) => back(form, `/folg/avmeld/${String(form.get("token") ?? "").slice(0, 300)}`, `utfall=${refusal.error}`),
  run: async ({ raw, form }) => {
    const token = tokenOf(raw);
    const ok = TOKEN_PATTERN.test(token) && (await unsubscribe(token));
    back(form, `/folg/avmeld/${token}`, `utfall=${ok ? "ok" : "ugyldig"}`);
  },
});

/** Stops one follow from "Det eg følgjer": the signed-in user's own, or (no account) one of the token's address. */
export const stopFollowAction = postAction({
  name: "follow.stop",
  access: { public: "the token of 'Det eg følgjer', or the signed-in user's own follows only" },
  read,
  refuse: (refusal, form) => back(form, form.get("token") ? `/det-eg-folgjer/${String(form.get("token")).slice(0, 300)}` : "/det-eg-folgjer", `utfall=${refusal.error}`),
  run: async ({ raw, viewer, form }) => {
    const token = tokenOf(raw);
    const followId = str(raw, "followId");
    let ok = false;
    if (token) {
      ok = TOKEN_PATTERN.test(token) && (await stopFollow(followId, { token }));
    } else {
      const email = viewer.userId ? await accountEmail(viewer.userId) : null;
      if (viewer.userId && email) ok = await stopFollow(followId, { userId: viewer.userId, email });
    }
    back(form, token ? `/det-eg-folgjer/${token}` : "/det-eg-folgjer", ok ? `stoppa=${encodeURIComponent(str(raw, "name"))}` : "utfall=ugyldig");
  },
});
