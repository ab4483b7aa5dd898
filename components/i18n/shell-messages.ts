// The messages of the special pages that render without the layout (the error boundaries, the 404 body): the small
// site/notFound/error catalogs of both languages, looked up without a message formatter. These boundaries are part of
// every page's JavaScript, and next-intl's formatter would add ~12 kB gzip to each (issue 18: own JavaScript on
// public reading pages). Their texts use at most plain {name} arguments; tests/unit/shell-messages.test.ts holds every
// one, in both languages, equal to what next-intl formats from the same catalog.
import nbError from "@/messages/nb/error.json" with { type: "json" };
import nbNotFound from "@/messages/nb/notFound.json" with { type: "json" };
import nbSite from "@/messages/nb/site.json" with { type: "json" };
import nnError from "@/messages/nn/error.json" with { type: "json" };
import nnNotFound from "@/messages/nn/notFound.json" with { type: "json" };
import nnSite from "@/messages/nn/site.json" with { type: "json" };
import type { Locale } from "@/lib/i18n/config";

const shell = {
  nn: { ...nnSite, ...nnNotFound, ...nnError },
  nb: { ...nbSite, ...nbNotFound, ...nbError },
};

type Leaves<T, P extends string = ""> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
export type ShellKey = Leaves<(typeof shell)["nn"]>;

/** The shell message `key` in `lang`, with its {name} arguments filled in. */
export function shellText(lang: Locale, key: ShellKey, values: Record<string, string> = {}): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], shell[lang]);
  if (typeof text !== "string") throw new Error(`No shell message ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`Shell message ${key} needs ${name}`);
    return values[name]!;
  });
}

/** Every shell message key (for the test that compares them with next-intl's formatting). */
export function shellKeys(): ShellKey[] {
  const walk = (node: Record<string, unknown>, prefix: string): string[] =>
    Object.entries(node).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : walk(value as Record<string, unknown>, `${prefix}${key}.`)));
  return walk(shell.nn, "") as ShellKey[];
}
