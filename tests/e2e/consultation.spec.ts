// Consultation rounds (issue 21 item 2), by role and label, nynorsk and bokmål: the secretariat opens a round asking
// Askøy and Haraldsplass and sends a reminder (the mail arrives) → Haraldsplass's contact answers from Mitt Saman, on
// time → the secretariat closes the round (the deadline becomes now) → Askøy's contact answers after the deadline and
// the answer is marked late → the public compiled page and its PDF list both, the late one marked. axe on every page;
// the compiled page and the answer form at 360 px without sideways scrolling (nynorsk). Not a phone-project journey.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO_USERS } from "@/prisma/seed";
import { expectNoAxeViolations } from "./axe";
import { waitForMail } from "./mailbox";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";
const nn = getTranslator("nn");
const nb = getTranslator("nb");

const expect = baseExpect.configure({ timeout: 15_000 });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PDF = (text: string) => ({ name: "innspel.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`) });

async function noSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const { lang, prefix } of [
  { lang: "nn", prefix: "", all: nn },
  { lang: "nb", prefix: "/nb", all: nb },
] as const) {
  test(`a round is opened, two parties answer, one late, the compiled page and PDF list both (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "the 360 px checks are made inside this journey");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(240_000);
    const c = getTranslator(lang, "consultation");
    const title = `Høyring e2e ${lang} ${Date.now().toString(36)}`;
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const onTime = `Haraldsplass støttar utkastet (${lang}).`;
    const late = `Askøy kommune ber om at tiltaka blir prioriterte (${lang}).`;

    // The secretariat opens the round, asking two parties.
    const staff = await signIn(browser, "secretariat", prefix);
    await staff.page.goto(`${prefix}/admin`);
    await staff.page.getByRole("link", { name: c("nav"), exact: true }).click();
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(c("admin.title"));
    await staff.page.getByLabel(c("form.title"), { exact: true }).fill(title);
    await staff.page.getByLabel(c("form.text"), { exact: true }).fill("Kva meiner parten om utkastet?\n\nSvar innan fristen.");
    await staff.page.getByLabel(c("form.deadlineDate")).fill(inTwoDays);
    await staff.page.getByLabel(c("form.deadlineTime")).fill("12:00");
    await staff.page.getByLabel("Askøy kommune", { exact: true }).check();
    await staff.page.getByLabel("Haraldsplass Diakonale Sykehus", { exact: true }).check();
    await expectNoAxeViolations(staff.page);
    await staff.page.getByRole("button", { name: c("form.submit") }).click();
    await expect(staff.page.getByTestId("saved")).toHaveText(c("round.opened"));
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(title);
    const roundPath = new URL(staff.page.url()).pathname;
    const roundId = roundPath.split("/").pop()!;
    const status = staff.page.getByTestId("round-status");
    await expect(status.getByRole("row")).toHaveCount(3);
    await expect(status.getByRole("row", { name: /Askøy/ })).toContainText(c("round.answerStatus.NONE"));
    await expectNoAxeViolations(staff.page);

    // A reminder before the deadline: through the outbox to the contacts of both parties.
    await staff.page.getByRole("button", { name: c("round.remind") }).click();
    await expect(staff.page.getByTestId("reminder-sent")).toBeFocused();
    await expect(staff.page.getByTestId("reminder-sent")).toHaveText(c("round.reminded", { mails: 2, parties: 2 }));
    await waitForMail({ to: DEMO_USERS.hospitalPartner.email, subject: new RegExp(escape(title)) });

    // Haraldsplass's contact answers on time, from Mitt Saman.
    const hospital = await signIn(browser, "hospitalPartner", prefix);
    await hospital.page.goto(`${prefix}/mitt-saman`);
    const homeLink = c("own.homeLink").split(":")[0]!.replace("{party}", "Haraldsplass Diakonale Sykehus");
    await hospital.page.getByRole("link", { name: new RegExp(`^${escape(homeLink)}`) }).click();
    await expect(hospital.page.getByRole("heading", { level: 1 })).toHaveText(c("own.title"));
    await expectNoAxeViolations(hospital.page);
    await hospital.page.getByRole("link", { name: c("own.answer", { title }) }).click();
    await hospital.page.getByLabel(c("answer.text"), { exact: true }).fill(onTime);
    await hospital.page.getByLabel(c("answer.files")).setInputFiles(PDF("Vedlegg"));
    await expectNoAxeViolations(hospital.page);
    await hospital.page.getByRole("button", { name: c("answer.submit") }).click();
    await expect(hospital.page.getByTestId("submitted")).toContainText(c("answer.submitted").split(" {date}")[0]!);
    await expect(hospital.page.getByTestId("own-answer")).toHaveText(onTime);
    await expect(hospital.page.getByRole("link", { name: "innspel.pdf" })).toBeVisible();
    await expectNoAxeViolations(hospital.page);
    await hospital.context.close();

    // The secretariat closes the round now: the deadline has passed.
    await staff.page.reload();
    await expect(status.getByRole("row", { name: /Haraldsplass/ })).toContainText(c("round.answerStatus.SUBMITTED"));
    await staff.page.getByRole("button", { name: c("round.close") }).click();
    await expect(staff.page.getByTestId("round-closed")).toBeFocused();
    await staff.page.reload();
    await expect(staff.page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(staff.page.getByRole("button", { name: c("round.remind") })).toHaveCount(0);

    // Askøy's contact answers after the deadline: taken, and marked late.
    const askoy = await signIn(browser, "partner", prefix);
    await askoy.page.goto(`${prefix}/mine-hoyringar/${roundId}`);
    await expect(askoy.page.getByText(c("answer.afterDeadline"))).toBeVisible();
    await askoy.page.getByLabel(c("answer.text"), { exact: true }).fill(late);
    if (lang === "nn") await noSidewaysScroll(askoy.page);
    await askoy.page.getByRole("button", { name: c("answer.submit") }).click();
    await expect(askoy.page.getByTestId("submitted")).toContainText(c("answer.submittedLate").split("{date}")[1]!.trim());
    await expectNoAxeViolations(askoy.page);
    await askoy.context.close();

    // The secretariat sees both; the late one marked.
    await staff.page.reload();
    await expect(status.getByRole("row", { name: /Askøy/ })).toContainText(c("round.late"));
    await expect(status.getByRole("row", { name: /Haraldsplass/ })).not.toContainText(c("round.late"));
    await expectNoAxeViolations(staff.page);
    await staff.context.close();

    // Anyone: the compiled page lists both answers, the late one marked, and the PDF does too.
    const anonymous = await browser.newContext();
    const visitor = await anonymous.newPage();
    await visitor.goto(`${prefix}/hoyringar`);
    await expectNoAxeViolations(visitor);
    await visitor.getByRole("link", { name: c("compiled.title", { title }) }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(c("compiled.title", { title }));
    const answers = visitor.getByTestId("compiled-answers").locator(":scope > li");
    await expect(answers).toHaveCount(2);
    await expect(answers.filter({ hasText: "Askøy kommune" })).toContainText(late);
    await expect(answers.filter({ hasText: "Askøy kommune" }).getByTestId("late")).toHaveText(c("compiled.late"));
    await expect(answers.filter({ hasText: "Haraldsplass" })).toContainText(onTime);
    await expect(answers.filter({ hasText: "Haraldsplass" }).getByTestId("late")).toHaveCount(0);
    await expectNoAxeViolations(visitor);
    if (lang === "nn") await noSidewaysScroll(visitor);
    const pdfHref = await visitor.getByTestId("compiled-pdf").getAttribute("href");
    const response = await visitor.request.get(pdfHref!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.body())), { mergePages: true });
    const pdfText = (text as string).replace(/\s+/g, " ");
    expect(pdfText).toContain(title);
    expect(pdfText).toContain(late);
    expect(pdfText).toContain(onTime);
    expect(pdfText.match(new RegExp(c("pdf.late"), "g"))).toHaveLength(1);
    await anonymous.close();
  });
}
