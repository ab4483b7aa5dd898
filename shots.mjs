import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3180";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
for (const spec of process.argv.slice(2)) {
  const [path, width, name, y = "0", h = "1400"] = spec.split(",");
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(base + path, { waitUntil: "networkidle" });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  const sh = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(path, width, "scrollWidth", sw, "height", sh);
  await page.screenshot({ path: `/tmp/wt8-${name}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Math.min(Number(h), sh - Number(y)) } });
  await page.close();
}
await browser.close();
