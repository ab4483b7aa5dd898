// Issue 15 journeys by role and label: the secretariat previews the notice (recipients with a count), confirms, and
// the outbox holds exactly one mail per recipient; corrects a published paper ("retta") and withdraws another (410
// Gone); downloads the combined meeting PDF. The leader of an area committee approves the minutes drafted from the
// meeting in the portal, and the secretariat publishes them. axe on every new page, at 1280 px and 320 px.
import { expect as baseExpect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { expectNoAxeViolations } from "./axe";
import { signInOnPage } from "./sign-in";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

const expect = baseExpect.configure({ timeout: 30_000 });


async function pdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, font, size: 12 });
  return Buffer.from(await doc.save());
}

function word(prefix: string): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let out = prefix;
  for (let i = 0; i < 8; i++) out += letters[Math.floor(Math.random() * letters.length)];
  return out;
}

async function createMeeting(page: Page, prefix: string, m: typeof nn, opts: { body?: string; date: string; start?: string; end?: string; afterTheFact?: boolean }) {
  const a = getTranslator(prefix ? "nb" : "nn", "meetingAdmin");
  await page.goto(`${prefix}/admin/moter/ny`);
  const form = page.locator("#new-meeting");
  if (opts.body) await form.getByLabel(a("fields.bodyId")).selectOption({ label: opts.body });
  await form.getByLabel(a("fields.date")).fill(opts.date);
  if (opts.start) await form.getByLabel(a("fields.startTime")).fill(opts.start);
  if (opts.end) await form.getByLabel(a("fields.endTime")).fill(opts.end);
  if (opts.afterTheFact) await form.getByLabel(m("meetingFlow.afterTheFact")).check();
  await form.getByRole("button", { name: a("buttons.create") }).click();
  await expect(page).toHaveURL(/\/admin\/moter\/(?!ny$)[a-z0-9]+$/);
  return page.url().split("/").pop()!;
}

/** A case on the agenda (the form is folded away once the body's standard items are there). */
async function addCase(page: Page, m: typeof nn, title: string) {
  const a = getTranslator(m === nb ? "nb" : "nn", "meetingAdmin");
  const form = page.locator("#add-case");
  if (!(await form.isVisible())) await page.getByText(a("sections.addCase"), { exact: true }).click();
  await form.getByLabel(a("fields.caseTitle")).fill(title);
  await form.getByLabel(a("fields.description")).fill("Frå e2e.");
  await form.getByRole("button", { name: a("buttons.addCase") }).click();
  await expect(page.getByTestId("admin-agenda")).toContainText(title);
}

async function uploadPaper(page: Page, m: typeof nn, title: string, file: { name: string; buffer: Buffer }) {
  const a = getTranslator(m === nb ? "nb" : "nn", "meetingAdmin");
  const upload = page.getByTestId("upload-form");
  if (!(await upload.isVisible())) await page.getByText(a("sections.upload"), { exact: true }).click();
  await upload.getByLabel(a("fields.docTitle")).fill(title);
  await upload.getByLabel(a("fields.file")).setInputFiles({ ...file, mimeType: "application/pdf" });
  await upload.getByRole("button", { name: a("buttons.upload") }).click();
  await expect(page.getByTestId("admin-documents")).toContainText(title);
}

/** Preview → count → confirm; returns the recipient count the preview showed. */
async function sendNotice(page: Page, prefix: string, m: typeof nn, meetingId: string, axe = false) {
  const w = getTranslator(prefix ? "nb" : "nn", "meetingWorkflow.notice");
  // The notice is the step of the "innkall" phase; it leads to the preview, never sends with one click.
  await page.goto(`${prefix}/admin/moter/${meetingId}?fase=innkall`);
  await page.getByRole("link", { name: w("openPreview") }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/moter/${meetingId}/innkalling$`));
  const rows = page.getByTestId("notice-recipients").locator("tbody tr");
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  await expect(page.getByRole("heading", { level: 2, name: w("recipients", { count }) })).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByTestId("confirm-notice").getByRole("button", { name: w("confirm", { count }) }).click();
  await expect(page.getByTestId("notice-sent")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("notice-outbox").locator("li")).toHaveCount(count);
  return count;
}

test("notice with preview, exactly one mail per recipient; correct and withdraw papers; the combined PDF (nn)", async ({ page, baseURL }, info) => {
  test.skip(info.project.name === "phone", "the journey runs once; the axe test below covers the phone width");
  test.setTimeout(300_000);
  const m = getTranslator("nn");
  const a = getTranslator("nn", "meetingAdmin");
  const w = getTranslator("nn", "meetingWorkflow");
  const paperWord = word("papir");
  const anon = await playwrightRequest.newContext({ baseURL });
  await signInOnPage(page, "sekretariat@saman.example.no");
  const meetingId = await createMeeting(page, "", m, { date: `2027-10-${String(1 + Math.floor(Math.random() * 27)).padStart(2, "0")}` });
  await addCase(page, m, `Sak om ${paperWord}`); // the papers go on the case item, the last one
  await uploadPaper(page, m, `Saksframlegg ${paperWord}`, { name: "framlegg.pdf", buffer: await pdf(`Utgreiing ${paperWord}`) });
  await uploadPaper(page, m, `Vedlegg ${paperWord}`, { name: "vedlegg.pdf", buffer: await pdf(`Vedlegg ${paperWord}`) });

  const count = await sendNotice(page, "", m, meetingId, true);
  // The outbox (admin's view) holds the notice exactly once per recipient, even after a second visit to the preview.
  await page.reload();
  await expect(page.getByTestId("notice-outbox").locator("li")).toHaveCount(count);
  await expect(page.getByTestId("confirm-notice")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Correct the published paper (the "førebu" phase): a new version with a note; the public page says "retta".
  await page.goto(`/admin/moter/${meetingId}?fase=forebu`);
  const item = page.getByTestId("admin-documents").locator("li", { hasText: `Saksframlegg ${paperWord}` }).first();
  await item.getByText(a("newVersionOf", { title: `Saksframlegg ${paperWord}` })).click();
  const form = item.locator('form[id^="version-"]');
  await form.getByLabel(a("fields.file")).setInputFiles({ name: "framlegg-v2.pdf", mimeType: "application/pdf", buffer: await pdf(`Retta utgreiing ${paperWord}`) });
  await form.getByRole("button", { name: a("buttons.upload") }).click();
  await expect(form.getByRole("alert")).toContainText(a("errorsGeneral.INVALID"));
  await form.getByLabel(w("documents.correctionNote")).fill("Retta tal i tabell 2");
  // A browser never keeps a chosen file across a refused post: the file is chosen again, the text was kept.
  await form.getByLabel(a("fields.file")).setInputFiles({ name: "framlegg-v2.pdf", mimeType: "application/pdf", buffer: await pdf(`Retta utgreiing ${paperWord}`) });
  await form.getByRole("button", { name: a("buttons.upload") }).click();
  await expect(page.getByTestId("admin-documents")).toContainText("framlegg-v2.pdf");
  const publicPage = await anon.get(`/mote/${meetingId}`).then((r) => r.text());
  expect(publicPage).toContain("Retta tal i tabell 2");

  // Withdraw the other: a confirmation page with a reason; the public page and the download say so.
  await page.goto(`/admin/moter/${meetingId}?fase=forebu`);
  const versionHref = await page.getByTestId("admin-documents").locator("li", { hasText: `Vedlegg ${paperWord}` }).first().locator('a[href^="/api/dokument/"]').first().getAttribute("href");
  // (Chromium names the link with a space before the visually hidden ": <title>"; matched either way.)
  await page.getByRole("link", { name: new RegExp(`^${w("documents.withdraw")}: Vedlegg ${paperWord}$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w("documents.withdrawHeading", { title: `Vedlegg ${paperWord}` }));
  await expectNoAxeViolations(page);
  await page.getByTestId("withdraw-document").getByRole("button", { name: w("documents.confirmWithdraw") }).click();
  await expect(page.getByTestId("withdraw-document").getByRole("alert")).toContainText(a("errorsGeneral.INVALID"));
  await page.getByTestId("withdraw-document").getByLabel(w("documents.reason")).fill("Feil vedlegg");
  await page.getByTestId("withdraw-document").getByRole("button", { name: w("documents.confirmWithdraw") }).click();
  await expect(page.getByTestId("withdrawn-state")).toContainText("Feil vedlegg");
  const gone = await anon.get(versionHref!);
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain("Feil vedlegg");
  await page.goto(`/mote/${meetingId}`);
  await expect(page.getByTestId("document-withdrawn")).toContainText("Feil vedlegg");
  await expect(page.getByTestId("document-corrected")).toContainText("Retta tal i tabell 2");

  // The combined meeting document from the public page: a PDF with the corrected paper, without the withdrawn one.
  const href = await page.getByRole("link", { name: w("bundle.link") }).getAttribute("href");
  const response = await anon.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const bundle = await PDFDocument.load(await response.body());
  // Contents, notice, agenda, a cover per agenda item (the standard items and the case) and the corrected paper.
  const items = await page.getByTestId("agenda").locator(":scope > li").count();
  expect(items).toBeGreaterThan(1);
  expect(bundle.getPageCount()).toBe(3 + items + 1);
  // The members' edition is not for the public.
  expect((await anon.get(`${href}?utgave=medlem`)).status()).toBe(404);
});

async function asLeader(browser: Browser, baseURL: string | undefined, prefix: string, meetingId: string, m: typeof nb) {
  const context = await browser.newContext({ baseURL });
  const leader = await context.newPage();
  await signInOnPage(leader, "ou-bergensregionen@saman.example.no");
  await leader.goto(`${prefix}/mote/${meetingId}/referat/godkjenn`);
  await expect(leader.getByTestId("leader-draft")).toBeVisible();
  await expectNoAxeViolations(leader);
  await leader.locator("#leader-approval").getByRole("button", { name: m("meetingWorkflow.minutes.leaderApprove") }).click();
  await expect(leader.getByTestId("leader-approval-state")).toHaveText(m("meetingWorkflow.minutes.leaderAlready"));
  await context.close();
}

test("minutes from the prefilled draft, approved by the leader in the portal, then published (nb)", async ({ page, browser, baseURL }, info) => {
  test.skip(info.project.name === "phone", "the journey runs once; the axe test below covers the phone width");
  test.setTimeout(300_000);
  const m = nb;
  const a = getTranslator("nb", "meetingAdmin");
  const caseWord = word("sak");
  await signInOnPage(page, "sekretariat@saman.example.no");
  // A meeting that has started (today, from midnight Oslo time): the minutes may be written and approved.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" });
  const meetingId = await createMeeting(page, "/nb", m, { body: "Områdeutvalg Bergensregionen", date: today, start: "00:00", end: "00:30", afterTheFact: true });
  await addCase(page, m, `Legevakt ${caseWord}`);
  await sendNotice(page, "/nb", m, meetingId);
  await page.goto(`/nb/admin/moter/${meetingId}?fase=mote`);
  const decision = page.locator('form[id^="decision-"]').last(); // the case comes after the standard items
  await decision.getByLabel(a("fields.text")).fill(`Utvalet stiller seg bak ${caseWord}.`);
  await decision.getByRole("button", { name: a("buttons.saveDecision") }).click();
  await expect(page.getByTestId("admin-decision")).toContainText(caseWord);
  await page.locator("#mark-held").getByRole("button", { name: a("buttons.markHeld") }).click();
  await expect(page.getByTestId("admin-meeting-status")).toHaveText(m("labels.meetingStatus.HELD"));

  // The draft is written from the meeting (the "referat" phase): the agenda, the members, the decision.
  await page.goto(`/nb/admin/moter/${meetingId}?fase=referat`);
  const body = page.locator("#minutes-draft").getByLabel(a("fields.minutesBody"), { exact: true });
  await expect(body).toHaveValue(new RegExp(`Legevakt ${caseWord}`));
  await expect(body).toHaveValue(new RegExp(`Utvalet stiller seg bak ${caseWord}`));
  await expect(body).toHaveValue(/Til stades/);
  await page.locator("#minutes-draft").getByRole("button", { name: a("buttons.saveDraft") }).click();
  await expect(page.getByTestId("minutes-preview")).toContainText(`Legevakt ${caseWord}`);
  await expect(page.getByTestId("minutes-approval")).toContainText(`/mote/${meetingId}/referat/godkjenn`);
  await expectNoAxeViolations(page);

  await asLeader(browser, baseURL, "/nb", meetingId, m);

  await page.reload();
  await expect(page.getByTestId("admin-meeting-status")).toHaveText(m("labels.meetingStatus.MINUTES_APPROVED"));
  await expect(page.getByTestId("minutes-approval")).toContainText("møteleder");
  await page.locator("#publish-minutes").getByRole("button", { name: a("buttons.publish") }).click();
  await expect(page.getByTestId("admin-meeting-status")).toHaveText(m("labels.meetingStatus.MINUTES_PUBLISHED"));
  await page.goto(`/nb/mote/${meetingId}`);
  await expect(page.getByTestId("minutes")).toContainText(`Utvalet stiller seg bak ${caseWord}`);
});

test("the new pages pass axe (notice preview, withdraw confirmation, minutes version, meeting page with the combined PDF link)", async ({ page }) => {
  test.setTimeout(180_000);
  await signInOnPage(page, "sekretariat@saman.example.no");
  // A seeded meeting whose notice has gone out (the next SSU meeting), with papers.
  await page.goto("/admin/moter");
  const rows = page.locator("tbody tr", { hasText: nn("labels.meetingStatus.NOTICE_SENT") });
  const adminHref = await rows.first().locator('a[href*="/admin/moter/"]').first().getAttribute("href");
  const meetingId = adminHref!.split("?")[0]!.split("/").pop()!; // the list may link to a phase (?fase=…)
  for (const prefix of ["", "/nb"]) {
    await page.goto(`${prefix}/admin/moter/${meetingId}/innkalling`);
    await expect(page.getByTestId("notice-subject")).toBeVisible();
    await expectNoAxeViolations(page);
    // Nothing scrolls sideways (the mail text and the recipients wrap at 320/360 px).
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.goto(`${prefix}/mote/${meetingId}`);
    await expect(page.getByTestId("bundle-links")).toBeVisible();
    await expectNoAxeViolations(page);
  }
  const withdraw = page.getByRole("link", { name: new RegExp(`^${nn("meetingWorkflow.documents.withdraw")}: `) });
  await page.goto(`/admin/moter/${meetingId}?fase=forebu`);
  if (await withdraw.count()) {
    await withdraw.first().click();
    await expect(page.getByTestId("withdraw-document")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
