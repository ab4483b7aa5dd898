// The client-side copies of the error and 404 strings stay equal to the message files.
import { describe, expect, it } from "vitest";
import { locales, getTranslator } from "@/lib/i18n";
import { getShellMessages } from "@/lib/i18n/shell-messages";

describe("shell messages", () => {
  for (const lang of locales) {
    it(`match the ${lang} message file`, () => {
      const m = getTranslator(lang);
      expect(getShellMessages(lang)).toEqual({ site: { name: m("site.name") }, notFound: m.notFound, error: m.error });
    });
  }
});
