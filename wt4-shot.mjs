import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const base = "http://127.0.0.1:3140";
const [,, email, path, out, width, lang] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
if (email !== "-") {
  await page.goto(base + "/logg-inn");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill("Saman-demo-2026");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.getByTestId("account").waitFor();
}
await page.goto(base + path);
if (out.endsWith(".png")) await page.screenshot({ path: out, fullPage: true });
else console.log((await page.content()).slice(0, Number(out)));
await browser.close();
