// Only the messages a Client Component needs reach the browser (issue 19.1): <ClientMessages for="…"> picks the paths of
// components/i18n/client-namespaces.ts, every path exists in both catalogs, every key a client component reads with
// useTranslations is covered by its entry, and a public page's form gets a small part of the catalog, not all of it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_NAMESPACES, type ClientComponent } from "@/components/i18n/client-namespaces";
import { catalogs } from "@/lib/i18n/catalog";
import { pickMessages } from "@/lib/i18n/translator";

const root = process.cwd();
const size = (value: unknown) => JSON.stringify(value).length;

function clientFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(rel);
    return entry.name.endsWith(".tsx") && /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, rel), "utf8")) ? [rel] : [];
  });
}

describe("client messages", () => {
  it("names only paths that exist in both catalogs", () => {
    for (const [component, paths] of Object.entries(CLIENT_NAMESPACES)) {
      for (const lang of ["nn", "nb"] as const) expect(() => pickMessages(lang, paths), `${component} ${lang}`).not.toThrow();
    }
  });

  it("covers every key a client component reads with useTranslations", () => {
    const missing: string[] = [];
    for (const file of [...clientFiles("components"), ...clientFiles("app")]) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const components = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]!).filter((c): c is ClientComponent => c in CLIENT_NAMESPACES);
      if (components.length === 0) continue;
      for (const declaration of source.matchAll(/const (\w+) = useTranslations\((?:"([^"]*)")?\)/g)) {
        const [, name, namespace] = declaration;
        for (const call of source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\("([^"]+)"`, "g"))) {
          const key = namespace ? `${namespace}.${call[1]}` : call[1]!;
          for (const component of components) {
            const paths: readonly string[] = CLIENT_NAMESPACES[component];
            if (!paths.some((p) => key === p || key.startsWith(`${p}.`))) missing.push(`${file} ${component}: ${key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("sends a public page's form (sign-in) its own messages, not the catalog", () => {
    const element = ClientMessages({ lang: "nn", for: "SignInForm", children: null });
    const messages = element.props.messages as { auth: { signIn: Record<string, string> } };
    expect(Object.keys(messages)).toEqual(["auth"]);
    expect(messages.auth.signIn.email).toBe(catalogs.nn.auth.signIn.email);
    expect(size(messages)).toBeLessThan(size(catalogs.nn) / 20);
    expect(JSON.stringify(messages)).not.toContain(catalogs.nn.rules.messages.seatCount);
  });
});
