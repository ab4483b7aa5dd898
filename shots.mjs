import { chromium } from "playwright";
const base = "http://127.0.0.1:3900";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
async function as(email, width, pages) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/logg-inn`);
  await page.locator("input[type=email], input[name=email]").first().fill(email);
  await page.locator("input[type=password]").first().fill("Saman-demo-2026");
  await page.locator("main form button[type=submit]").first().click();
  await page.getByTestId("account").waitFor();
  for (const [name, path, setup] of pages) {
    await page.goto(base + path);
    if (setup) await setup(page);
    await page.screenshot({ path: `/tmp/participation-shots/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    console.log(name, width, "horizontal overflow:", overflow);
  }
  await ctx.close();
}
const [held, upcoming] = process.argv.slice(2);
for (const width of [360, 1280]) {
  await as("vara@saman.example.no", width, [["mine-mote-vara", "/mine-mote", async (p) => { for (const s of await p.locator("summary").all()) await s.click(); }], ["mine-mote-vara-nb", "/nb/mine-mote"]]);
  await as("medlem@saman.example.no", width, [["meeting-member", `/mote/${upcoming}`]]);
  await as("sekretariat@saman.example.no", width, [["admin-upcoming", `/admin/moter/${upcoming}`], ["admin-held", `/admin/moter/${held}`], ["admin-overview", "/admin"]]);
}
await browser.close();
