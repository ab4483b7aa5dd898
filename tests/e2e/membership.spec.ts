// The secretariat's journeys through membership and compliance, in nynorsk and bokmål: the compliance view shows
// every rule as ok / warning / breach; appointing a third Bergen representative to SSU is refused with the rule's
// message and nothing is saved; ending a membership saves it with the soft-rule warning, which stays on the
// compliance view; changing a membership saves it, a change that breaks a hard rule is refused, and saving over a
// newer change is a conflict that overwrites nothing.
//
// The tests share one seeded database and run in parallel, so every (project, language) pair writes to its own
// area committee; SSU is only read, or written by changes that are refused.
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";

// Every change is checked against the whole structure, one change at a time (an advisory lock), while the other
// workers change theirs: a result may take several seconds.
const expect = baseExpect.configure({ timeout: 20_000 });
import { signInOnPage } from "./sign-in";
import { journeyLanguage } from "./matrix";

const OSLO_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
const today = () => OSLO_DAY.format(new Date());
const year = () => Number(today().slice(0, 4));

const TEXT = {
  nn: {
    prefix: "",
    refused: "Endringa er ikkje lagra fordi ho bryt retningslina:",
    savedWithWarnings: "Endringa er lagra, med desse åtvaringane:",
    saved: "Endringa er lagra.",
    conflict: "Nokon andre har endra medlemskapet etter at du opna skjemaet",
    status: { ok: "I orden", warning: "Åtvaring", breach: "Brot" },
    s1: "S1: SSU skal ha 2 kommunale representantar frå Bergen; samansetjinga har 3.",
    fields: { person: "Person", party: "Representerer", termStart: "Funksjonstid frå", lastDay: "Siste dag", portfolio: "Ansvarsområde (valfritt)", role: "Rolle" },
    roles: { leader: "leiar", member: "medlem" },
    seats: { gp: "fastlege", specialist: "spesialisthelseteneste", municipal: "kommune" },
    bergen: "Bergen kommune",
    appoint: "Oppnemn",
    end: "Avslutt",
    endSummary: "Avslutt medlemskapet til",
    change: "Endre medlemskapet til",
    saveChange: "Lagre endringa",
    warningsHeading: "Lagra åtvaringar frå endringar",
    s7Next: (y: number) => `Neste steg: Leiinga i SSU skal gå over til spesialisthelsetenesta frå 1. januar ${y}.`,
  },
  nb: {
    prefix: "/nb",
    refused: "Endringen er ikke lagret fordi den bryter retningslinjen:",
    savedWithWarnings: "Endringen er lagret, med disse advarslene:",
    saved: "Endringen er lagret.",
    conflict: "Noen andre har endret medlemskapet etter at du åpnet skjemaet",
    status: { ok: "I orden", warning: "Advarsel", breach: "Brudd" },
    s1: "S1: SSU skal ha 2 kommunale representanter fra Bergen; sammensetningen har 3.",
    fields: { person: "Person", party: "Representerer", termStart: "Funksjonstid fra", lastDay: "Siste dag", portfolio: "Ansvarsområde (valgfritt)", role: "Rolle" },
    roles: { leader: "leder", member: "medlem" },
    seats: { gp: "fastlege", specialist: "spesialisthelsetjeneste", municipal: "kommune" },
    bergen: "Bergen kommune",
    appoint: "Oppnevn",
    end: "Avslutt",
    endSummary: "Avslutt medlemskapet til",
    change: "Endre medlemskapet til",
    saveChange: "Lagre endringen",
    warningsHeading: "Lagrede advarsler fra endringer",
    s7Next: (y: number) => `Neste steg: Ledelsen i SSU skal gå over til spesialisthelsetjenesten fra 1. januar ${y}.`,
  },
} as const;
type Lang = keyof typeof TEXT;

/** The area committee this project and language may write to. */
function areaFor(project: string, lang: Lang): { slug: string; shortName: string } {
  const areas = {
    "desktop-nn": ["omradeutval-bergen", "OU Bergen"],
    "desktop-nb": ["omradeutval-bergensregionen", "OU Bergensregionen"],
    "phone-nn": ["omradeutval-nordhordland", "OU Nordhordland"],
    "phone-nb": ["omradeutval-voss", "OU Voss"],
  } as Record<string, [string, string]>;
  const [slug, shortName] = areas[`${project}-${lang}`]!;
  return { slug, shortName };
}


/** A membership row on the admin page whose summary line starts with `role · seat`. */
function row(page: Page, role: string, seat: string): Locator {
  return page.locator("li[data-membership]").filter({ has: page.locator("p", { hasText: new RegExp(`^${role} · ${seat}( ·|$)`) }) });
}

/** The rule statuses on a compliance page, as { code: status }. */
async function statuses(page: Page): Promise<Record<string, string>> {
  const items = page.locator("li[data-rule]");
  const out: Record<string, string> = {};
  for (const item of await items.all()) out[(await item.getAttribute("data-rule"))!] = (await item.getAttribute("data-status"))!;
  return out;
}

for (const lang of ["nn", "nb"] as const) {
  const t = TEXT[lang];
  test.describe(`membership journeys (${lang})`, () => {
    journeyLanguage(lang);
    test.describe.configure({ timeout: 90_000 });
    test.beforeEach(async ({ page }) => signInOnPage(page, "secretariat"));

    test("the compliance view shows each rule as ok, warning or breach, per body and as of a date", async ({ page }) => {
      await page.goto(`${t.prefix}/samsvar`);
      await expect(page.locator("h1")).toBeVisible();
      const structure = await statuses(page);
      expect(Object.keys(structure)).toContain("G3");
      expect(structure.G3).toBe("ok");
      await expect(page.locator("[data-body=ssu]")).toContainText(t.status.ok);

      await page.locator("[data-body=ssu]").getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${t.prefix}/samsvar/ssu`));
      const ssu = await statuses(page);
      for (const code of ["S1", "S2", "S3", "S5", "S6", "S7"]) expect(ssu[code], code).toBe("ok");
      await expect(page.locator("li[data-rule=S1]")).toContainText(t.status.ok);

      // Three years on, every term has run out: the hard rules are breached and the view says what is missing.
      await page.getByLabel(lang === "nn" ? "Samansetjing per dato" : "Sammensetning per dato").fill(`${year() + 3}-06-01`);
      await page.getByRole("button", { name: lang === "nn" ? "Vis" : "Vis" }).click();
      await expect(page).toHaveURL(/dato=/);
      await expect(page.locator("li[data-rule=S1]")).toHaveAttribute("data-status", "breach");
      await expect(page.locator("li[data-rule=S1]")).toContainText(t.status.breach);
      await expect(page.locator("li[data-rule=S4]")).toHaveAttribute("data-status", "warning");
      await expect(page.locator("li[data-rule=S4]")).toContainText(t.status.warning);
    });

    test("SSU's page shows staff a compliance summary: all in order, and the alternation due next", async ({ page }) => {
      await page.goto(`${t.prefix}/ssu`);
      const summary = page.getByTestId("compliance-summary");
      await expect(summary).toHaveAttribute("data-status", "ok");
      await expect(summary).toContainText(t.status.ok);
      await expect(summary).toContainText(t.s7Next(year() + 1));
      await summary.getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${t.prefix}/samsvar/ssu$`));
      // The planned change is on the admin page: the specialist deputy leader leads from 1 January.
      await page.goto(`${t.prefix}/admin/medlemskap/ssu`);
      await expect(row(page, t.roles.leader, t.seats.specialist)).toHaveCount(1);
      await expect(row(page, t.roles.leader, t.seats.municipal)).toHaveCount(1);
    });

    test("appointing a third Bergen representative to SSU is refused with S1 and nothing is saved", async ({ page }) => {
      await page.goto(`${t.prefix}/admin/medlemskap/ssu`);
      await expect(page.locator("form[data-hydrated]").last()).toBeAttached();
      const rows = page.locator("li[data-membership]");
      const before = await rows.count();
      expect(before).toBeGreaterThan(20);
      await page.getByLabel(t.fields.person, { exact: true }).selectOption({ index: 1 });
      await page.getByLabel(t.fields.party).selectOption({ label: t.bergen });
      await page.getByLabel(t.fields.termStart).fill(today());
      await page.getByRole("button", { name: t.appoint, exact: true }).click();
      const refused = page.getByTestId("membership-refused");
      await expect(refused).toContainText(t.refused);
      await expect(refused).toContainText(t.s1);
      await expect(refused).toBeFocused();
      await page.reload();
      await expect(rows).toHaveCount(before);
    });

    test("ending a membership saves it with the soft-rule warning, which the compliance view keeps", async ({ page }, info) => {
      const area = areaFor(info.project.name, lang);
      await page.goto(`${t.prefix}/admin/medlemskap/${area.slug}`);
      const gp = row(page, t.roles.member, t.seats.gp);
      await expect(gp).toHaveCount(1);
      await expect(gp.locator("form[data-hydrated]")).toBeAttached();
      await gp.locator("summary").click();
      await gp.getByLabel(t.fields.lastDay).fill(today());
      await gp.getByRole("button", { name: t.end, exact: true }).click();
      const saved = gp.getByTestId("membership-saved");
      await expect(saved).toContainText(t.savedWithWarnings);
      await expect(saved).toContainText(`O3: ${area.shortName}`);

      await page.goto(`${t.prefix}/samsvar/${area.slug}?dato=${year() + 1}-01-15`);
      await expect(page.locator("li[data-rule=O3]")).toHaveAttribute("data-status", "warning");
      const kept = page.locator("section", { has: page.getByRole("heading", { name: t.warningsHeading }) });
      await expect(kept).toContainText(`O3: ${area.shortName}`);
    });

    test("changing a membership saves it; a change that breaks a hard rule is refused and saves nothing", async ({ page }, info) => {
      const area = areaFor(info.project.name, lang);
      await page.goto(`${t.prefix}/admin/medlemskap/${area.slug}`);
      const specialist = row(page, t.roles.member, t.seats.specialist).first();
      await specialist.getByRole("link", { name: new RegExp(t.change) }).click();
      await expect(page).toHaveURL(/\/endre\//);
      await expect(page.locator("h1")).toContainText(t.change);
      await expect(page.locator("form[data-hydrated]")).toBeAttached();
      await page.getByLabel(t.fields.portfolio).fill(`Rehabilitering ${lang}`);
      await page.getByRole("button", { name: t.saveChange }).click();
      await expect(page.getByTestId("membership-saved")).toContainText(t.saved);
      await page.goto(`${t.prefix}/admin/medlemskap/${area.slug}`);
      await expect(page.locator("li[data-membership]").filter({ hasText: `Rehabilitering ${lang}` })).toHaveCount(1);

      // O7: the area committee's leader is municipal; making the leader an ordinary member leaves it without one.
      const leader = row(page, t.roles.leader, t.seats.municipal);
      await expect(leader).toHaveCount(1);
      await leader.getByRole("link", { name: new RegExp(t.change) }).click();
      await expect(page).toHaveURL(/\/endre\//);
      await expect(page.locator("form[data-hydrated]")).toBeAttached();
      await expect(page.getByLabel(t.fields.role)).toHaveValue("LEADER");
      await page.getByLabel(t.fields.role).selectOption({ label: t.roles.member });
      await page.getByRole("button", { name: t.saveChange }).click();
      const refused = page.getByTestId("membership-refused");
      await expect(refused).toContainText(t.refused);
      await expect(refused).toContainText("O7:");
      await page.goto(`${t.prefix}/admin/medlemskap/${area.slug}`);
      await expect(row(page, t.roles.leader, t.seats.municipal)).toHaveCount(1);
    });
  });
}

test("saving over a newer change is a conflict and overwrites nothing", async ({ browser }, info) => {
  test.setTimeout(90_000);
  const area = areaFor(info.project.name, "nn");
  const t = TEXT.nn;
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signInOnPage(first, "secretariat");
  await signInOnPage(second, "secretariat");
  await first.goto(`/admin/medlemskap/${area.slug}`);
  const target = row(first, t.roles.member, t.seats.specialist).last();
  const link = await target.getByRole("link", { name: new RegExp(t.change) }).getAttribute("href");
  await first.goto(link!);
  await second.goto(link!);
  for (const p of [first, second]) await expect(p.locator("form[data-hydrated]")).toBeAttached();

  await first.getByLabel(t.fields.portfolio).fill("Fyrste versjon");
  await first.getByRole("button", { name: t.saveChange }).click();
  await expect(first.getByTestId("membership-saved")).toContainText(t.saved);

  await second.getByLabel(t.fields.portfolio).fill("Andre versjon");
  await second.getByRole("button", { name: t.saveChange }).click();
  await expect(second.getByTestId("membership-error")).toContainText(t.conflict);

  await second.reload();
  await expect(second.getByLabel(t.fields.portfolio)).toHaveValue("Fyrste versjon");
  await expect(first.locator("form[data-hydrated]")).toBeAttached();
  // The first page builds on its own save: a second change from it is not a conflict.
  await first.getByLabel(t.fields.portfolio).fill("Tredje versjon");
  await first.getByRole("button", { name: t.saveChange }).click();
  await expect(first.locator("[data-testid=membership-saved][data-count='2']")).toContainText(t.saved);
  await second.reload();
  await expect(second.getByLabel(t.fields.portfolio)).toHaveValue("Tredje versjon");
  await first.close();
  await second.close();
});
