// One "portal starting" in tests/integration/build-lock.test.ts: waits for the go signal (so two drivers call
// buildIfNeeded at the same moment), runs it with the fake build command, prints the outcome.
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "../../scripts/lib/build";

const root = process.argv[2] ?? "";
fs.writeFileSync(path.join(root, `ready-${process.pid}`), "");
while (!fs.existsSync(path.join(root, "go"))) await new Promise((resolve) => setTimeout(resolve, 10));
const outcome = await buildIfNeeded({
  root,
  command: [process.execPath, path.resolve(import.meta.dirname, "fake-next-build.mjs")],
  pollMs: 50,
  log: () => {},
});
process.stdout.write(JSON.stringify({ outcome }));
