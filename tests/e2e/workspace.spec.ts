// Issue 14: the signed-in portal. A member and a personal deputy (S6) reach Mitt Saman from the header, open the next
// SSU meeting's restricted paper and download it; an anonymous visitor sees only that it exists (kind and legal
// basis), never its title or link; a partner finds the case they submitted and reads its background and attachment;
// the secretariat reaches each task from home. Nynorsk and bokmål, desktop and the 320 px phone project, axe on every
// page; at phone width the menu is the "Meny" disclosure (keyboard, aria-expanded, Escape).
import { expect, test, type Page } from "@playwright/test";
import { EXTRA_SSU_MEETING_ID, EXTRA_SSU_PAPER_TITLE, INTERNAL_LEGAL_BASIS } from "../../prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { mainMenu, menuLink } from "./menu";
import { signInOnPage } from "./sign-in";
import { journeyLanguage } from "./matrix";

const LANGS = [
  {
    lang: "nn",
    prefix: "",
    home: "Mitt Saman",
    seats: "Verva mine",
    meetings: "Dei neste møta mine",
    deputiseFor: /Du er personleg vara for/,
    myDeputy: /Min personlege vara:/,
    paperKind: "Saksframlegg",
    exempt: `Unnateke frå innsyn – ${INTERNAL_LEGAL_BASIS}`,
    ownCases: "Mine saker",
    submit: { title: "Tittel", description: "Kva gjeld saka?", background: "Bakgrunn (valfritt)", attachments: "Vedlegg (valfritt)", confirm: /Eg stadfestar/, button: "Send inn saka" },
    background: "Bakgrunn",
    attachments: "Vedlegg",
    tasks: "Oppgåver for sekretariatet",
    following: "Det eg følgjer",
  },
  {
    lang: "nb",
    prefix: "/nb",
    home: "Mitt Saman",
    seats: "Mine verv",
    meetings: "Mine neste møter",
    deputiseFor: /Du er personlig vara for/,
    myDeputy: /Min personlige vara:/,
    paperKind: "Saksfremlegg",
    exempt: `Unntatt fra innsyn – ${INTERNAL_LEGAL_BASIS}`,
    ownCases: "Mine saker",
    submit: { title: "Tittel", description: "Hva gjelder saken?", background: "Bakgrunn (valgfritt)", attachments: "Vedlegg (valgfritt)", confirm: /Jeg bekrefter/, button: "Send inn saken" },
    background: "Bakgrunn",
    attachments: "Vedlegg",
    tasks: "Oppgaver for sekretariatet",
    following: "Det jeg følger",
  },
] as const;

type L = (typeof LANGS)[number];



/** From any page to Mitt Saman through the header's menu. */
async function goHome(page: Page, t: L) {
  await page.goto(`${t.prefix}/om`);
  await (await menuLink(page, t.home)).click();
  await expect(page).toHaveURL(new RegExp(`${t.prefix}/mitt-saman$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.home);
}

for (const t of LANGS) {
  test.describe(`Mitt Saman (${t.lang})`, () => {
    journeyLanguage(t.lang);
    for (const who of ["member", "deputy"] as const) {
      test(`the ${who} opens the next SSU meeting's restricted paper from home and downloads it`, async ({ page }) => {
        test.setTimeout(180_000);
        await signInOnPage(page, who, t.prefix);
        // Signed in without a page to return to: the home page.
        await expect(page).toHaveURL(new RegExp(`${t.prefix}/mitt-saman$`), { timeout: 30_000 });
        await goHome(page, t);
        await expect(page.locator("html")).toHaveAttribute("lang", t.lang);
        const seats = page.getByRole("region", { name: t.seats });
        await expect(seats).toContainText("Strategisk samarbeidsutval");
        // S6: the deputy is told whom they stand in for, the member who their personal deputy is.
        await expect(seats.getByTestId("seat-deputy").first()).toHaveText(who === "deputy" ? t.deputiseFor : t.myDeputy);
        await expectNoAxeViolations(page);

        const meetings = page.getByRole("region", { name: t.meetings });
        const meeting = meetings.locator(`[data-meeting="${EXTRA_SSU_MEETING_ID}"]`);
        await expect(meeting).toBeVisible();
        const paper = meeting.getByRole("link", { name: EXTRA_SSU_PAPER_TITLE });
        await expect(paper).toBeVisible();
        await expect(meeting.getByTestId("restricted-document").first()).toContainText(INTERNAL_LEGAL_BASIS);
        const download = await page.request.get((await paper.getAttribute("href"))!);
        expect(download.status()).toBe(200);
        expect(download.headers()["content-type"]).toBe("application/pdf");
        expect(download.headers()["cache-control"]).toContain("no-store");
        expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

        // The meeting page offers the same paper to them.
        await meeting.getByRole("heading", { level: 3 }).getByRole("link").click();
        await expect(page).toHaveURL(new RegExp(`/mote/${EXTRA_SSU_MEETING_ID}$`), { timeout: 30_000 });
        await expect(page.getByRole("link", { name: EXTRA_SSU_PAPER_TITLE })).toBeVisible();
        await expectNoAxeViolations(page);

        // Home leads to what they follow by e-mail (issue 16 item 5).
        await goHome(page, t);
        await page.getByRole("main").getByRole("link", { name: t.following }).click();
        await expect(page).toHaveURL(new RegExp(`${t.prefix}/det-eg-folgjer$`), { timeout: 30_000 });
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.following);
      });
    }

    test("an anonymous visitor sees that the paper exists, with its kind and legal basis, but no title or link", async ({ page }) => {
      const response = await page.goto(`${t.prefix}/mote/${EXTRA_SSU_MEETING_ID}`);
      expect(response?.status()).toBe(200);
      const exempt = page.getByTestId("exempt-document").first();
      await expect(exempt).toHaveText(t.exempt);
      await expect(page.getByTestId("agenda")).toContainText(t.paperKind);
      await expect(page.getByRole("link", { name: EXTRA_SSU_PAPER_TITLE })).toHaveCount(0);
      const html = await page.content();
      expect(html).not.toContain(EXTRA_SSU_PAPER_TITLE);
      expect(html).not.toContain("notat-okonomisk-status-internt.pdf");
      expect(html).not.toContain("/api/dokument/seed-doc-notat-okonomi-ssu-ekstra");
      // No personal menu for anonymous visitors, and Mitt Saman asks them to sign in.
      await expect(mainMenu(page).getByRole("link", { name: t.home, includeHidden: true })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.goto(`${t.prefix}/mitt-saman`);
      await expect(page).toHaveURL(/\/logg-inn\?callbackUrl=/);
    });

    test("a partner finds the case they submitted and reads its background and attachment", async ({ page, browser }, info) => {
      test.setTimeout(180_000);
      const stamp = `${t.lang}-${info.project.name}-${Date.now()}`;
      const title = `Vedlegg til heimesida ${stamp}`;
      const background = `Bakgrunnen for saka ${stamp}: kommunane manglar ei felles oversikt.`;
      await signInOnPage(page, "partner", t.prefix);
      await page.goto(`${t.prefix}/meld-inn-sak`);
      const ssu = await page.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
      await page.locator("#case-targetBodyId").selectOption(ssu!);
      await page.getByLabel(t.submit.title, { exact: true }).fill(title);
      await page.getByLabel(t.submit.description).fill("Kommunane og sjukehuset treng ei felles oversikt over vedlegga til sakene.");
      await page.getByLabel(t.submit.background).fill(background);
      await page.locator("#case-priorityGroups input[value=CHILDREN_YOUTH]").check();
      const pdf = `%PDF-1.4\n% vedlegg ${stamp}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`;
      await page.getByLabel(t.submit.attachments).setInputFiles({ name: `vedlegg-${stamp}.pdf`, mimeType: "application/pdf", buffer: Buffer.from(pdf) });
      await page.getByLabel(t.submit.confirm).check();
      await page.getByRole("button", { name: t.submit.button }).click();
      await expect(page.getByTestId("case-reference")).toBeVisible({ timeout: 30_000 });
      const reference = (await page.getByTestId("case-reference").textContent())!.trim();
      // The receipt repeats what was sent and gives the private status link.
      await expect(page.getByTestId("case-receipt-summary")).toContainText(title);
      await expect(page.getByTestId("case-status-link")).toHaveAttribute("href", new RegExp(`^${t.prefix}/sak/status/[A-Za-z0-9_-]{20,}$`));

      // From the header: Mitt Saman lists the party's cases; the case page shows what was sent.
      await goHome(page, t);
      const cases = page.getByTestId("partner-cases");
      await expectNoAxeViolations(page);
      await cases.getByRole("link", { name: `${reference}: ${title}` }).click();
      await expect(page).toHaveURL(new RegExp(`${t.prefix}/mine-saker/`), { timeout: 30_000 });
      await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
      await expect(page.getByTestId("case-background")).toContainText(background);
      const attachment = page.getByTestId("case-attachments").getByRole("link");
      await expect(attachment).toHaveCount(1);
      const file = await page.request.get((await attachment.getAttribute("href"))!);
      expect(file.status()).toBe(200);
      expect((await file.body()).toString("latin1")).toContain(`vedlegg ${stamp}`);
      await expectNoAxeViolations(page);

      // Nobody else gets it: an anonymous request for the same file is the bare 404.
      const anonymous = await browser.newContext();
      expect((await anonymous.request.get((await attachment.getAttribute("href"))!)).status()).toBe(404);
      await anonymous.close();
    });

    test("the secretariat reaches each task from home", async ({ page }) => {
      test.setTimeout(300_000);
      await signInOnPage(page, "secretariat", t.prefix);
      await goHome(page, t);
      const tasks = page.getByRole("region", { name: t.tasks }).getByRole("listitem");
      const keys = await tasks.evaluateAll((items) => items.map((i) => i.getAttribute("data-task")));
      expect(keys).toEqual(["newCases", "drafts", "minutesAwaiting", "noticesDue", "termsEnding", "compliance", "uncoveredSeats", "feeClaims", "agreementReviews", "consultationResults"]);
      await expectNoAxeViolations(page);
      for (const key of keys) {
        await goHome(page, t);
        const link = page.locator(`[data-task="${key}"]`).getByRole("link");
        const target = (await link.getAttribute("href"))!;
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${target.replace(/[?]/g, "\\?")}$`), { timeout: 30_000 });
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Fann ikkje|Fant ikke/);
      }
    });
  });
}

test("at phone width the menu is one Meny disclosure: keyboard, aria-expanded, Escape", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signInOnPage(page, "member", "");
  await page.goto("/om");
  const nav = mainMenu(page);
  await expect(nav).toHaveAttribute("data-enhanced", "true");
  const button = nav.getByRole("button", { name: "Meny" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  const listId = await button.getAttribute("aria-controls");
  await expect(page.locator(`[id="${listId}"]`)).toBeHidden();
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Mitt Saman" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
  // No horizontal scroll at 360 px on the home page and on a meeting page with a long agenda.
  for (const path of ["/mitt-saman", "/mote/seed-mtg-omradeutval-voss-2026-02-17", `/mote/${EXTRA_SSU_MEETING_ID}`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
  }
  await context.close();
});

test("without JavaScript the whole menu is there, with no button", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/om");
  const nav = mainMenu(page);
  await expect(nav.getByRole("link", { name: "Organisering" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Meny" })).toHaveCount(0);
  await context.close();
});
