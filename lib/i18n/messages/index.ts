import type { Locale } from "../config";
import { nb } from "./nb";
import { nn } from "./nn";

/** Every UI string of the portal. Nynorsk defines the shape; bokmål must match it key for key. */
export type Messages = typeof nn;

const messages: Record<Locale, Messages> = { nn, nb };

/** The UI strings of a language. Plain data: safe to pass (or parts of it) to Client Components. */
export function getMessages(lang: Locale): Messages {
  return messages[lang];
}
