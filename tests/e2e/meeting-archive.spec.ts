// Issue 20 item 2: the archive export of a meeting, downloaded as a person would. The secretariat takes the full
// export from the meeting's admin page; a visitor takes the public one from the meeting page. Both ZIPs hold
// metadata.json (Noark 5 names) and the files it names, each with the SHA-256 the metadata states. Axe on both pages.
import { createHash } from "node:crypto";
import { getTranslator } from "@/lib/i18n";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { expectNoAxeViolations } from "./axe";
import { signInOnPage } from "./sign-in";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

type Objekt = { referanseDokumentfil: string; sjekksum: string; filstoerrelse: number };
type Beskrivelse = { offentligTittel: string; dokumentobjekt: Objekt[] };
type Metadata = { arkivuttrekk: { utgaave: string }; moetemappe: { systemID: string; dokumentbeskrivelse: Beskrivelse[]; moeteregistrering: { dokumentbeskrivelse: Beskrivelse[] }[] } };

/** Clicks the link, saves the download and checks the ZIP: every file the metadata names, with its checksum. */
async function downloadArchive(page: Page, name: string): Promise<Metadata> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  expect(download.suggestedFilename()).toMatch(/^arkiv-.+\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const metadata = JSON.parse(new TextDecoder().decode(files["metadata.json"])) as Metadata;
  const objects = [...metadata.moetemappe.dokumentbeskrivelse, ...metadata.moetemappe.moeteregistrering.flatMap((r) => r.dokumentbeskrivelse)].flatMap((d) => d.dokumentobjekt);
  expect(objects.length).toBeGreaterThan(0);
  for (const o of objects) {
    const bytes = files[o.referanseDokumentfil]!;
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(o.sjekksum);
    expect(bytes.byteLength).toBe(o.filstoerrelse);
  }
  return metadata;
}

test("the secretariat downloads a meeting's full archive export; a visitor the public one", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "a download journey; the pages' layout is covered by the axe checks");
  test.setTimeout(180_000);
  await signInOnPage(page, "sekretariat@saman.example.no");
  await page.goto("/admin/moter?organ=ssu");
  const row = page.locator("tbody tr", { hasText: nn("labels.meetingStatus.MINUTES_PUBLISHED") }).first();
  const adminHref = await row.locator('a[href*="/admin/moter/"]').first().getAttribute("href");
  const meetingId = adminHref!.split("?")[0]!.split("/").pop()!;

  await page.goto(`/admin/moter/${meetingId}`);
  await expect(page.getByRole("heading", { level: 2, name: nn("meetingWorkflow.archive.heading") })).toBeVisible();
  await expectNoAxeViolations(page);
  const full = await downloadArchive(page, nn("meetingWorkflow.archive.full"));
  expect(full.arkivuttrekk.utgaave).toBe("full");
  expect(full.moetemappe.systemID).toBe(meetingId);

  await page.goto(`/nb/admin/moter/${meetingId}`);
  await expect(page.getByRole("link", { name: nb("meetingWorkflow.archive.public") })).toBeVisible();
  await expectNoAxeViolations(page);

  // A visitor: the meeting page offers the public edition only.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  for (const [prefix, m] of [["", nn], ["/nb", nb]] as const) {
    await anonymous.goto(`${prefix}/mote/${meetingId}`);
    await expect(anonymous.getByTestId("archive-links")).toBeVisible();
    await expect(anonymous.getByRole("link", { name: m("meetingWorkflow.archive.full") })).toHaveCount(0);
    await expectNoAxeViolations(anonymous);
  }
  const open = await downloadArchive(anonymous, nb("meetingWorkflow.archive.public"));
  expect(open.arkivuttrekk.utgaave).toBe("offentleg");
  // The format link leads to its description on the open-data page.
  await anonymous.getByRole("link", { name: nb("meetingWorkflow.archive.format") }).click();
  await expect(anonymous.getByRole("heading", { level: 2, name: "Arkivuttrekk per møte" })).toBeVisible();
  await visitor.close();
});
