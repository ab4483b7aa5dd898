import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Issue 19.7: Node 20 is end of life; the portal runs on Node 24 LTS. Machines that ship Node 20 get Node 24 from the
// registry's `node` package, which npm puts first on PATH (node_modules/.bin) for every npm script and npx.
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: { node: string }; engines: { node: string } };
const major = (version: string) => Number(version.replace(/^v/, "").split(".")[0]);

describe("runtime (issue 19.7)", () => {
  it("the tests run on Node 24", () => {
    expect(major(process.version)).toBe(24);
  });

  it("npm scripts (npm start, the build, the e2e server) get the Node of the node package", () => {
    // `npm exec` builds PATH as `npm run`/`npm start` does.
    const result = spawnSync("npm", ["exec", "--offline", "--", "node", "-p", "process.version"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`v${pkg.dependencies.node}`);
    expect(major(pkg.dependencies.node)).toBe(24);
    expect(pkg.engines.node).toBe(">=24 <25");
  });
});
