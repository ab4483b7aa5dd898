// Issue 19: the README lists every runtime dependency with a line on why it is there, and the unmaintained pdf-lib is
// gone (item 3): every PDF comes from @cantoo/pdf-lib with embedded fonts (lib/pdf/fonts.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies?: Record<string, string> };
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

/** The rows of the README's Dependencies table: the packages named in the first cell, and the why. */
function dependencyRows(): { packages: string[]; why: string }[] {
  const section = readme.slice(readme.indexOf("\n## Dependencies"), readme.indexOf("\n## ", readme.indexOf("\n## Dependencies") + 1));
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [, first = "", why = ""] = line.split("|");
      return { packages: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), why: why.trim() };
    });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [rel] : [];
  });
}

describe("runtime dependencies", () => {
  it("each has a row with why in the README, and the table names nothing else", () => {
    const rows = dependencyRows();
    const named = rows.flatMap((r) => r.packages);
    expect([...named].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    for (const row of rows) expect(row.why.length, row.packages.join(", ")).toBeGreaterThan(20);
  });

  it("has no pdf-lib and no @pdf-lib/fontkit: every PDF is written with @cantoo/pdf-lib and @cantoo/fontkit", () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(all).not.toHaveProperty("pdf-lib");
    expect(all).not.toHaveProperty("@pdf-lib/fontkit");
    expect(all).toHaveProperty("@cantoo/pdf-lib");
    expect(all).toHaveProperty("@cantoo/fontkit");
    const importers = ["lib", "app", "components", "prisma", "scripts", "tests"]
      .flatMap(sourceFiles)
      .filter((file) => /(from |import\()["'](pdf-lib|@pdf-lib\/fontkit)["']/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(importers).toEqual([]);
  });
});
