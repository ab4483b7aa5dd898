// Messages through next-intl (issue 19.1): the ICU catalogs of lib/i18n/catalog.ts read with next-intl's
// createTranslator and an explicit locale. The portal keeps its own URL scheme (nn without prefix, nb under /nb,
// lib/i18n/paths.ts), so next-intl's middleware, routing and request config are not used: Server Components, route
// handlers, mails and PDFs call getTranslator(lang, namespace); Client Components call useTranslations(namespace)
// under <ClientMessages> (components/i18n/client-messages.tsx), which sends the browser only the namespaces asked for.
import { createTranslator, type _Translator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { catalogs } from "./catalog";
import { timeZone, type Locale } from "./config";

/**
 * The shape of the catalog for next-intl's typed keys. A list in the catalog (the parties on "Om Saman", the CSV
 * headers …) is plain data read whole with t.raw(); it counts as one key here, so next-intl's key types (which do not
 * descend into arrays) stay exact.
 */
type Catalog<T> = { [K in keyof T]: T[K] extends readonly unknown[] ? string : T[K] extends object ? Catalog<T[K]> : T[K] };
export type Messages = Catalog<(typeof catalogs)["nn"]>;

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

/** A namespace of the catalog ("cases", "cases.submit"): what getTranslator and useTranslations take. */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** The translator of one namespace, as getTranslator and useTranslations return it; for helpers that take one. */
export type Translator<NS extends Namespace = never> = _Translator<Messages, NS>;

const cache = new Map<string, unknown>();

/**
 * The translator of `lang`, for one namespace or the whole catalog. A message that is missing or cannot be formatted
 * (a value not given) throws instead of showing its key: the tests find it, users never see "cases.submit.title".
 */
export function getTranslator<NS extends Namespace = never>(lang: Locale, namespace?: NS): Translator<NS> {
  const cacheKey = `${lang}:${namespace ?? ""}`;
  let t = cache.get(cacheKey) as Translator<NS> | undefined;
  if (!t) {
    t = createTranslator<Messages, NS>({
      locale: lang,
      messages: catalogs[lang] as unknown as Messages,
      timeZone,
      namespace,
      onError(error) {
        throw error;
      },
    });
    cache.set(cacheKey, t);
  }
  return t;
}

/**
 * The messages under the given paths ("cases.submit", "faults.discardDraft") in `lang`, nested as in the catalog, for
 * <ClientMessages>: only these reach the browser. An unknown path throws.
 */
export function pickMessages(lang: Locale, paths: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const ns of paths) {
    const parts = ns.split(".");
    let source: unknown = catalogs[lang];
    let target = picked;
    parts.forEach((part, i) => {
      source = (source as Record<string, unknown>)[part];
      if (source === undefined) throw new Error(`No messages at ${ns}`);
      if (i === parts.length - 1) target[part] = source;
      else target = (target[part] ??= {}) as Record<string, unknown>;
    });
  }
  return picked;
}

/** The keys of one namespace ("rules.messages" → "seatCount" | …), for data that names a message. */
export type MessageKey<NS extends Namespace> = Parameters<Translator<NS>>[0];
