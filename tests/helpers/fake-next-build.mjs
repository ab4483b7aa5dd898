// A stand-in for `next build` in tests/integration/build-lock.test.ts: records that it ran, refuses to run beside
// another build in the same folder (as `next build` does), takes a moment, then writes .next/BUILD_ID.
import fs from "node:fs";

fs.appendFileSync("builds.log", `${process.pid}\n`);
try {
  fs.closeSync(fs.openSync(".building", "wx"));
} catch {
  console.error("another next build is running");
  process.exit(1);
}
setTimeout(() => {
  fs.mkdirSync(".next", { recursive: true });
  fs.writeFileSync(".next/BUILD_ID", String(process.pid));
  fs.rmSync(".building");
}, Number(process.env.FAKE_BUILD_MS ?? 1000));
