import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3180";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
for (const js of [true, false]) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(base + "/avvik/registrer", { waitUntil: "networkidle" });
  await page.selectOption("#dv-areaId", { label: "Bergen" });
  await page.selectOption("#dv-reportingPartyId", { label: "Bergen kommune" });
  await page.selectOption("#dv-concernedPartyId", { label: "Helse Bergen HF" });
  await page.selectOption("#dv-category", "DISCHARGE");
  await page.fill("#dv-month", "2026-10");
  await page.check("input[name=severity][value=LOW]");
  await page.fill("#dv-description", "Pasient 024607 76352 vart skriven ut utan varsel til heimetenesta.");
  await page.click("button[type=submit]");
  await page.waitForTimeout(3000);
  const summary = await page.getByTestId("error-summary").textContent().catch(() => null);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
  console.log("js", js, "summary:", summary, "focused:", focused, "desc err:", await page.locator("#dv-description-error").textContent().catch(()=>null), "described:", await page.getAttribute("#dv-description", "aria-describedby"));
  await page.screenshot({ path: `/tmp/wt8-err-${js}.png`, clip: { x: 0, y: 150, width: 1280, height: 700 } });
  await page.fill("#dv-description", "Utskriving seint på kvelden utan varsel.");
  await page.click("button[type=submit]");
  await page.waitForTimeout(3000);
  console.log("receipt:", await page.getByTestId("registration-receipt").textContent().catch(() => null));
  await ctx.close();
}
await browser.close();
