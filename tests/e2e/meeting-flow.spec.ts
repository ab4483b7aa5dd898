// Issue 15 journeys, by role and label, in nynorsk and bokmål: the secretariat creates a meeting and finds its number
// and the body's standard saksliste on it, reorders the saksliste by keyboard (focus stays, the new position is
// announced), moves between the phases (førebu, innkall, møte, referat: links with ?fase=, the shown one marked
// aria-current), and is refused – with the date in the message – when approving the minutes of a meeting that has not
// started (G-rules: nothing presumes a meeting before it has taken place). Every page is axe-checked; on the phone
// project at 320 px nothing scrolls sideways.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { formatDate, formatTime, getTranslator } from "@/lib/i18n";
import { osloInstant } from "@/lib/i18n/oslo";
import { STANDARD_AGENDA } from "@/prisma/seed/standard-agenda";
import { expectNoAxeViolations } from "./axe";
import { signInOnPage } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const LANGS = [
  { lang: "nn", prefix: "", m: nn },
  { lang: "nb", prefix: "/nb", m: nb },
] as const;


async function noSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const { lang, prefix, m } of LANGS) {
  test(`create a meeting: number, standard items, phases, keyboard reordering, and minutes refused before the start (${lang})`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, lang);
    const a = getTranslator(lang, "meetingAdmin");
    const f = getTranslator(lang, "meetingFlow");
    await signInOnPage(page, "secretariat");
    await page.goto(`${prefix}/admin/moter/ny`);
    await expectNoAxeViolations(page);
    await noSideways(page);
    const day = `2028-0${lang === "nn" ? 3 : 4}-${String(1 + Math.floor(Math.random() * 27)).padStart(2, "0")}`;
    const form = page.locator("#new-meeting");
    await form.getByLabel(a("fields.date")).fill(day);
    await form.getByLabel(a("fields.startTime")).fill("10:00");
    await form.getByRole("button", { name: a("buttons.create") }).click();
    await expect(page).toHaveURL(/\/admin\/moter\/(?!ny$)[a-z0-9]+$/);
    const meetingPath = new URL(page.url()).pathname;

    // 1. The number is given, not typed: SSU møte n/2028.
    await expect(page.getByTestId("admin-meeting-number")).toHaveText(/^SSU møte \d+\/2028$/);
    // 2. The saksliste starts with the body's standard items, in order.
    const agenda = page.getByTestId("admin-agenda");
    const titles = STANDARD_AGENDA.map((s) => (lang === "nn" ? s.title : s.titleNb));
    await expect(agenda.locator(":scope > li")).toHaveCount(titles.length);
    for (const [i, title] of titles.entries()) await expect(agenda.locator(":scope > li").nth(i)).toContainText(`${i + 1}. ${title}`);
    // 8. The phases: førebu is shown and marked; only its sections are on the page.
    const phases = page.getByRole("navigation", { name: f("phasesLabel") });
    await expect(phases.getByRole("link", { name: new RegExp(f("phases.forebu")) })).toHaveAttribute("aria-current", "step");
    await expect(page.getByRole("heading", { name: a("sections.minutes") })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await noSideways(page);

    // Keyboard reordering: the first item moves down; focus stays on it and its new place is announced.
    const first = titles[0]!;
    const down = agenda.getByRole("button", { name: `${a("moveDown")}: ${first}` });
    await down.focus();
    await page.keyboard.press("Enter");
    await expect(agenda.locator(":scope > li").nth(1)).toContainText(`2. ${first}`);
    await expect(agenda.locator(":scope > li").nth(0)).toContainText(`1. ${titles[1]}`);
    await expect(page.getByRole("status").filter({ hasText: f("movedTo", { title: first, position: 2, count: titles.length }) })).toHaveCount(1);
    await expect(agenda.getByRole("button", { name: `${a("moveDown")}: ${first}` })).toBeFocused();

    // 3. The minutes of a meeting that has not started cannot be approved: the form says from when.
    await phases.getByRole("link", { name: new RegExp(f("phases.referat")) }).click();
    await expect(page).toHaveURL(new RegExp(`${meetingPath}\\?fase=referat$`));
    await expect(phases.getByRole("link", { name: new RegExp(f("phases.referat")) })).toHaveAttribute("aria-current", "step");
    const startsAt = osloInstant(day, "10:00");
    const when = `${formatDate(lang, startsAt, "long")} ${formatTime(lang, startsAt)}`;
    await expect(page.getByTestId("phase-waits")).toContainText(when);
    const approve = page.locator("#approve-minutes");
    await approve.getByRole("button", { name: a("buttons.approve") }).click();
    const alert = approve.getByRole("alert");
    await expect(alert).toContainText(f("beforeStart.approveMinutes", { date: when }));
    await expect(alert).toBeFocused();
    await expect(page.getByTestId("admin-meeting-status")).toHaveText(m("labels.meetingStatus.PLANNED"));
    await expectNoAxeViolations(page);
    await noSideways(page);

    // The møte phase says the same before the start; the innkall phase works as a link too.
    await page.goto(`${prefix}${meetingPath.replace(/^\/nb/, "")}?fase=mote`);
    await expect(page.getByTestId("phase-waits")).toContainText(when);
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}${meetingPath.replace(/^\/nb/, "")}?fase=innkall`);
    await expect(page.getByTestId("notice-link")).toHaveText(m("meetingWorkflow.notice.openPreview"));
    await expectNoAxeViolations(page);
  });

  test(`the standard saksliste is kept per body by the secretariat (${lang})`, async ({ page }, info) => {
    skipUnlessRunInLanguage(info, lang);
    await signInOnPage(page, "secretariat");
    await page.goto(`${prefix}/admin/moter/standardsaksliste?organ=ssu`);
    await expect(page.locator("h1")).toHaveText(m("meetingFlow.standardTitle"));
    await expect(page.getByTestId("standard-agenda").locator(":scope > li")).toHaveCount(STANDARD_AGENDA.length);
    await expectNoAxeViolations(page);
    await noSideways(page);
  });
}
