// Meeting participation (issue 16), by role and label, in nynorsk and bokmål: a member reports forfall on the meeting
// page → the personal deputy (S6) has the meeting on their home page (Mitt Saman) with its members' papers, and the call-up mail
// is in the outbox; the secretariat sees who comes and records the attendance register of a held meeting, which then
// shows the empty seat; a member makes a personal calendar address and the feed parses as iCalendar. axe on every page.
import { expect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import ICAL from "ical.js";
import { DEMO_USERS, ids } from "@/prisma/seed";
import { meetingsOf } from "@/prisma/seed/schedule";
import { isoDate } from "@/prisma/seed/time";
import { expectNoAxeViolations } from "./axe";
import { menuLink } from "./menu";
import { signIn } from "./sign-in";
import { journeyLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

const now = new Date();
const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(now));
const ssu = [YEAR - 1, YEAR, YEAR + 1].flatMap((y) => meetingsOf("ssu", y)).filter((m) => !m.cancelled);
const meetingId = (m: (typeof ssu)[number]) => ids.meeting("ssu", isoDate(m.startsAt));
// An hour's margin: the e2e server seeded a little before the test started.
const upcoming = ssu.filter((m) => m.startsAt.getTime() > now.getTime() + 3_600_000);
const held = ssu.filter((m) => m.startsAt.getTime() < now.getTime() - 3_600_000);


const langs = [
  { lang: "nn", prefix: "", m: getTranslator("nn", "participation"), index: 1 },
  { lang: "nb", prefix: "/nb", m: getTranslator("nb", "participation"), index: 2 },
] as const;

for (const { lang, prefix, m, index } of langs) {
  test.describe(`meeting participation (${lang})`, () => {
    journeyLanguage(lang);
    // Long journeys with several sign-ins; sending a notice mails every member of SSU.
    test.describe.configure({ timeout: 300_000 });
    test("a member reports forfall → the deputy is called: their page shows the meeting, the mail is in the outbox", async ({ browser }) => {
      // nn and nb each use their own meeting (the 2nd and 3rd coming SSU meetings) so they never share an answer.
      const meeting = meetingId(upcoming[index]!);
      // The papers are shown from the notice on: the secretariat sends it first (once; the phone run finds it sent).
      const staff = await signIn(browser, "secretariat", prefix);
      // Issue 15: the notice leaves only from its preview, after the confirmation.
      await staff.page.goto(`${prefix}/admin/moter/${meeting}/innkalling`);
      const send = staff.page.getByTestId("confirm-notice");
      if (await send.count()) {
        await send.getByRole("button").click();
        await expect(staff.page.getByTestId("notice-sent")).toBeVisible({ timeout: 90_000 });
      }
      await staff.context.close();

      const member = await signIn(browser, "member", prefix);
      await member.page.goto(`${prefix}/mote/${meeting}`);
      const section = member.page.getByRole("region", { name: m("form.heading") });
      await expect(section.getByTestId("my-answer")).toBeVisible();
      if ((await section.getByTestId("my-answer").innerText()).startsWith(m("myMeetings.absent"))) {
        // A second run (the phone project) finds the forfall of the first: take it back, which releases the deputy.
        await section.getByLabel(m("form.coming")).check();
        await section.getByRole("button", { name: m("form.submit") }).click();
        await expect(section.getByRole("status")).toHaveText(m("form.saved"));
      }
      await section.getByLabel(m("form.absent")).check();
      await section.getByLabel(m("form.note")).fill("Kommunestyremøte");
      await section.getByRole("button", { name: m("form.submit") }).click();
      await expect(section.getByRole("status")).toHaveText(m("form.savedDeputy"));
      await expect(section.getByRole("status")).toBeFocused();
      await expectNoAxeViolations(member.page);
      await member.context.close();

      // The deputy's home page (Mitt Saman) shows the meeting they are called to (S6); the header leads to Møta mine.
      const deputy = await signIn(browser, "deputy", prefix);
      await deputy.page.goto(`${prefix}/mitt-saman`);
      await expect(await menuLink(deputy.page, (lang === "nn" ? nn : nb)("workspace.nav.myMeetings"))).toHaveAttribute("href", `${prefix}/mine-mote`);
      const mine = deputy.page.getByTestId("my-meetings");
      const item = mine.getByRole("listitem").filter({ has: deputy.page.locator(`a[href$="/mote/${meeting}"]`) });
      await expect(item).toContainText(m("myMeetings.asDeputy").replace(" {name}", ""));
      // S6: the deputy reads the members' papers – the restricted case paper is a download link, and it downloads.
      await item.locator("summary", { hasText: m("myMeetings.papersCount").replace(" ({count})", "") }).click();
      const paper = item.locator('a[href^="/api/dokument/"]').first();
      await expect(paper).toBeVisible();
      await expectNoAxeViolations(deputy.page);
      const download = await deputy.context.request.get((await paper.getAttribute("href"))!);
      expect(download.status()).toBe(200);
      await item.locator(`a[href$="/mote/${meeting}"]`).click();
      await expect(deputy.page).toHaveURL(new RegExp(`/mote/${meeting}$`));
      await expect(deputy.page.getByRole("region", { name: m("form.heading") })).toContainText(m("myMeetings.asDeputy").replace(" {name}", ""));
      await deputy.context.close();

      const admin = await signIn(browser, "admin", prefix);
      await admin.page.goto(`${prefix}/admin/utboks`);
      await expect(admin.page.getByTestId("outbox").getByText(new RegExp(`${DEMO_USERS.deputy.email}`)).first()).toBeVisible();
      await expect(admin.page.getByTestId("outbox")).toContainText(nn("participation.mail.callUpSubject").split(":")[0]!);
      await admin.context.close();
    });

    test("the secretariat sees who comes, then records the attendance of a held meeting", async ({ browser }) => {
      const { context, page } = await signIn(browser, "secretariat", prefix);
      await page.goto(`${prefix}/admin/moter/${meetingId(upcoming[0]!)}?fase=mote`);
      const section = page.getByTestId("participation-admin");
      await expect(section.getByTestId("participation-table")).toContainText(m("admin.states.deputy"));
      await expectNoAxeViolations(page);

      // The latest held meeting has no register in the seed (nn records it; nb the one before).
      const heldMeeting = meetingId(held[held.length - index]!);
      await page.goto(`${prefix}/admin/moter/${heldMeeting}?fase=mote`);
      const register = page.locator("#attendance-register");
      const firstSeat = register.getByRole("group").nth(2);
      const seatName = (await firstSeat.locator("legend").innerText()).split(" – ")[0]!;
      await firstSeat.getByLabel(m("admin.absentOption")).check();
      await register.getByRole("button", { name: m("admin.registerSubmit") }).click();
      await expect(register.getByRole("status")).toHaveText(m("admin.saved"));
      await page.reload();
      await expect(page.getByTestId("unfilled-seats")).toContainText(seatName);
      await expectNoAxeViolations(page);
      await context.close();
    });

    test("a member makes a personal calendar address; the feed is valid iCalendar with their meetings", async ({ browser, request }) => {
      const { context, page } = await signIn(browser, "gp", prefix);
      await page.goto(`${prefix}/mine-mote`);
      await page.getByRole("button", { name: m("calendar.create") }).click();
      const address = page.getByLabel(m("calendar.address"));
      await expect(address).toHaveValue(/^webcal:\/\/.+\/api\/kalender\/personleg\/[A-Za-z0-9_-]{43}\.ics$/);
      await expectNoAxeViolations(page);
      const url = (await address.inputValue()).replace(/^webcal:\/\/[^/]+/, "");
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const events = calendar.getAllSubcomponents("vevent");
      expect(events.map((e) => String(e.getFirstPropertyValue("uid")))).toContainEqual(expect.stringContaining(meetingId(upcoming[0]!)));
      // Revoking ends the address at once.
      await page.getByRole("button", { name: m("calendar.revoke") }).click();
      await expect(page.getByRole("status")).toContainText(m("calendar.revoked"));
      expect((await request.get(url)).status()).toBe(404);
      await context.close();
    });
  });
}
