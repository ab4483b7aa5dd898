// The error boundaries and the 404 body look their texts up without next-intl's formatter (issue 18: own JavaScript
// on public reading pages, components/i18n/shell-messages.ts). That is only right while those texts need nothing
// but plain {name} arguments: every one, in both languages, must come out exactly as next-intl formats it.
import { describe, expect, it } from "vitest";
import { shellKeys, shellText } from "@/components/i18n/shell-messages";
import { catalogs } from "@/lib/i18n/catalog";
import { getTranslator } from "@/lib/i18n/translator";

/** A value for every argument the catalog's message names (plain ones and ICU ones alike). */
function valuesFor(lang: "nn" | "nb", key: string): Record<string, string> {
  const raw = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogs[lang]);
  return Object.fromEntries([...String(raw).matchAll(/\{\s*(\w+)/g)].map(([, name]) => [name!, `«${name}»`]));
}

describe("shell messages", () => {
  it("come out as next-intl formats them, in both languages", () => {
    const keys = shellKeys();
    expect(keys).toEqual(expect.arrayContaining(["site.name", "error.title", "error.reference", "notFound.title"]));
    for (const lang of ["nn", "nb"] as const) {
      const t = getTranslator(lang) as unknown as (key: string, values?: Record<string, string>) => string;
      for (const key of keys) {
        const values = valuesFor(lang, key);
        expect(shellText(lang, key, values), `${lang} ${key}`).toBe(t(key, values));
      }
    }
  });

  it("fills the error reference and refuses a missing argument or key", () => {
    expect(shellText("nn", "error.reference", { digest: "d1g" })).toContain("d1g");
    expect(() => shellText("nb", "error.reference")).toThrow(/digest/);
    expect(() => shellText("nn", "error.nope" as never)).toThrow(/error\.nope/);
  });
});
