// Two portal instances on one PostgreSQL behind nginx (issue 18 item 3; scripts/multi-instance.ts starts them): the
// load balancer alternates between them with no sticky sessions, and what one instance writes is what the other
// answers at once – a case submitted on one is on the other's case desk, a paper published through one is served to
// anonymous visitors by both (their page caches for anonymous readers included), and both outbox workers together
// send every mail exactly once. Each instance names itself in X-Saman-Instance.
import { expect, request as playwrightRequest, test, type BrowserContext } from "@playwright/test";
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import pg from "pg";
import { getTranslator } from "@/lib/i18n";
import { expectNoAxeViolations } from "../e2e/axe";
import { receivedMail, waitForMail } from "../e2e/mailbox";
import { signIn, signInOnPage } from "../e2e/sign-in";

const nn = getTranslator("nn");
const a = getTranslator("nn", "meetingAdmin");

/** Each instance directly, past nginx: [{ id: "a", url }, { id: "b", url }]. */
const INSTANCES = (process.env.MULTI_INSTANCES ?? "").split(",").map((entry) => {
  const [id, url] = entry.split("=");
  return { id: id!, url: url! };
});

async function pdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 50, y: 700, font, size: 12 });
  return Buffer.from(await doc.save());
}

test("two instances behind nginx: a case, a published paper and every mail, whichever instance answers", async ({ browser, baseURL }) => {
  expect(INSTANCES.map((i) => i.id)).toEqual(["a", "b"]);
  const stamp = Date.now().toString(36);
  // Which instance answered each request that went through nginx.
  const answeredBy: string[] = [];
  const track = (context: BrowserContext) =>
    context.on("response", (response) => {
      if (!response.url().startsWith(baseURL!)) return;
      const instance = response.headers()["x-saman-instance"];
      if (instance) answeredBy.push(instance);
    });

  // (a) A partner submits a case through nginx; the secretariat finds it on the case desk of the OTHER instance.
  const partner = await signIn(browser, "partner");
  track(partner.context);
  await partner.page.goto("/meld-inn-sak");
  const contact = `kontakt-multi-${stamp}@askoy.example.no`;
  const ssu = await partner.page.locator("#case-targetBodyId option", { hasText: "Strategisk" }).first().getAttribute("value");
  await partner.page.locator("#case-targetBodyId").selectOption(ssu!);
  await partner.page.getByLabel("Tittel", { exact: true }).fill(`Felles rutine på to instansar ${stamp}`);
  await partner.page.getByLabel("Kva gjeld saka?").fill("Kommunane og sjukehuset treng ein felles rutine for utskriving.");
  await partner.page.locator("#case-contactEmail").fill(contact);
  await partner.page.locator("#case-priorityGroups input[value=FRAIL_ELDERLY]").check();
  await partner.page.getByLabel(/Eg stadfestar/).check();
  const [submission] = await Promise.all([
    partner.page.waitForResponse((response) => response.request().method() === "POST" && response.url().startsWith(baseURL!)),
    partner.page.getByRole("button", { name: "Send inn saka" }).click(),
  ]);
  const submittedOn = await submission.headerValue("x-saman-instance");
  await expect(partner.page.getByTestId("case-receipt")).toContainText("Saka er motteken");
  const reference = (await partner.page.getByTestId("case-reference").textContent())!.trim();
  await expectNoAxeViolations(partner.page);
  const other = INSTANCES.find((instance) => instance.id !== submittedOn)!;
  expect(other, `the submission was answered by ${submittedOn}`).toBeDefined();

  const deskContext = await browser.newContext({ baseURL: other.url });
  const desk = await deskContext.newPage();
  await signInOnPage(desk, "secretariat");
  const deskAnswer = await desk.goto(`/saksbehandling?q=${encodeURIComponent(reference)}`);
  expect(await deskAnswer!.headerValue("x-saman-instance")).toBe(other.id);
  // One page load, no reload: the other instance shows it at once.
  await expect(desk.getByRole("link", { name: reference })).toBeVisible();
  await deskContext.close();
  await waitForMail({ to: contact, subject: new RegExp(reference) });

  // (b) The secretariat publishes a meeting paper through nginx; an anonymous visitor gets it from both instances,
  // which had the meeting page in Next's cache from before – one cache in PostgreSQL, shared by both (issue 18 item 1).
  const secretariat = await signIn(browser, "secretariat");
  track(secretariat.context);
  const page = secretariat.page;
  await page.goto("/admin/moter/ny");
  const newMeeting = page.locator("#new-meeting");
  const meetingDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date(Date.now() - 3 * 86_400_000));
  await newMeeting.getByLabel(a("fields.bodyId")).selectOption({ label: "Områdeutval Bergensregionen" });
  await newMeeting.getByLabel(a("fields.date")).fill(meetingDay);
  await newMeeting.getByLabel(a("fields.title")).fill(`Møte på to instansar ${stamp}`);
  await newMeeting.getByLabel(nn("meetingFlow.afterTheFact")).check();
  await newMeeting.getByRole("button", { name: a("buttons.create") }).click();
  await expect(page).toHaveURL(/\/admin\/moter\/(?!ny$)[a-z0-9]+$/);
  const meetingId = page.url().split("/").pop()!;
  const paperTitle = `Saksframlegg multi ${stamp}`;
  const upload = page.getByTestId("upload-form");
  if (!(await upload.isVisible())) await page.getByText(a("sections.upload"), { exact: true }).click();
  await upload.getByLabel(a("fields.docTitle")).fill(paperTitle);
  await upload.getByLabel(a("fields.file")).setInputFiles({ name: "saksframlegg.pdf", mimeType: "application/pdf", buffer: await pdf(`Utgreiing ${stamp}`) });
  await upload.getByRole("button", { name: a("buttons.upload") }).click();
  await expect(page.getByTestId("admin-documents")).toContainText(paperTitle);
  await expectNoAxeViolations(page);

  // Before the notice the paper is not public; the anonymous meeting page is rendered once and then served from the
  // shared cache by both instances.
  const anonymous = await Promise.all(INSTANCES.map((instance) => playwrightRequest.newContext({ baseURL: instance.url })));
  for (const [index, instance] of INSTANCES.entries()) {
    const first = await anonymous[index]!.get(`/mote/${meetingId}`);
    expect(first.status()).toBe(200);
    expect((await first.text()).includes(paperTitle), "the paper is not public before the notice").toBe(false);
    const again = await anonymous[index]!.get(`/mote/${meetingId}`);
    expect(again.headers()["x-saman-instance"]).toBe(instance.id);
    expect(again.headers()["x-nextjs-cache"], `${instance.id} serves the anonymous page from the cache`).toBe("HIT");
  }

  // The notice makes the agenda and its papers public (it is sent through nginx: one of the two instances).
  await page.goto(`/admin/moter/${meetingId}/innkalling`);
  await page.getByTestId("confirm-notice").getByRole("button").click();
  await expect(page.getByTestId("notice-sent")).toBeVisible({ timeout: 60_000 });

  // At once, from both: the write expired the page's tags in the shared cache (revalidatePublic), on every instance.
  for (const [index, instance] of INSTANCES.entries()) {
    const now = await anonymous[index]!.get(`/mote/${meetingId}`);
    expect(now.headers()["x-saman-instance"]).toBe(instance.id);
    // (A boolean: the whole page in the failure message would bury it.)
    expect((await now.text()).includes(paperTitle), `instance ${instance.id} serves the published paper`).toBe(true);
  }
  await Promise.all(anonymous.map((context) => context.dispose()));
  // And a visitor's browser through nginx.
  const visitorContext = await browser.newContext();
  track(visitorContext);
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/mote/${meetingId}`);
  await expect(visitor.getByRole("link", { name: new RegExp(paperTitle) })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitorContext.close();

  // nginx alternated: both instances answered a fair share of the journey's requests (round robin, no stickiness).
  for (const { id } of INSTANCES) {
    const share = answeredBy.filter((by) => by === id).length / answeredBy.length;
    expect(share, `share of ${answeredBy.length} requests answered by ${id}`).toBeGreaterThan(0.3);
  }

  // (c) Every mail of the journey (the receipt, the notice to each member and deputy …) arrived exactly once: both
  // instances' outbox workers deliver from the one outbox, and each mail carries its outbox row's Message-ID.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    // The journey's mails: queued until now (housekeeping may queue more later; those are not this journey's).
    // (As text in UTC, like Prisma's timestamp columns, whatever the session's time zone.)
    const until = (await db.query<{ now: string }>(`SELECT (now() AT TIME ZONE 'UTC')::text AS now`)).rows[0]!.now;
    const pending = async () =>
      Number((await db.query(`SELECT count(*) AS n FROM "OutgoingEmail" WHERE "status" <> 'SENT' AND "createdAt" <= $1::timestamp`, [until])).rows[0].n);
    await expect.poll(pending, { timeout: 120_000 }).toBe(0);
    const journey = (await db.query<{ id: string }>(`SELECT "id" FROM "OutgoingEmail" WHERE "createdAt" <= $1::timestamp`, [until])).rows.map((row) => row.id);
    const sent = new Set((await db.query<{ id: string }>(`SELECT "id" FROM "OutgoingEmail" WHERE "status" = 'SENT'`)).rows.map((row) => row.id));
    const received = (await receivedMail()).map((mail) => /<outbox-([^@>]+)@/.exec(mail.headers["message-id"] ?? "")?.[1] ?? "(no outbox id)");
    const times = (id: string) => received.filter((other) => other === id).length;
    expect(journey.filter((id) => times(id) !== 1), "mails of the journey not received exactly once").toEqual([]);
    expect(received.filter((id) => times(id) !== 1 || !sent.has(id)), "mails received twice, or not sent from the outbox").toEqual([]);
    // The journey's own mails are among them: the receipt and a notice per member of the committee.
    expect(journey.length).toBeGreaterThan(3);
  } finally {
    await db.end();
  }
  await partner.context.close();
  await secretariat.context.close();
});
