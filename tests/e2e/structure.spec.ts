// The structure as data (issue 20 item 3), by role and label, nynorsk and bokmål: the secretariat downloads the
// structure description, uploads a broken copy (sees every problem with its path; nothing changed; cross-references are checked in
// tests/integration/structure.test.ts once the shape is right), uploads a copy
// where the working group has a new name (sees the dry run: one body changed, no hard-rule consequences), applies it and
// sees the new name on the public /organisering page; then uploads the downloaded original again, so the shared demo
// database ends as it began. axe on every page visited.
import { readFile } from "node:fs/promises";
import { expect as baseExpect, test } from "@playwright/test";
import { getTranslator } from "@/lib/i18n";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./sign-in";
import { skipUnlessRunInLanguage } from "./matrix";

const expect = baseExpect.configure({ timeout: 20_000 });

type Description = { bodies: { slug: string; name: { nn: string; nb: string | null } }[]; parties: Record<string, unknown>[] };

test.describe.configure({ mode: "serial" });

for (const { lang, prefix } of [
  { lang: "nn", prefix: "" },
  { lang: "nb", prefix: "/nb" },
] as const) {
  test(`the secretariat exports the structure, a broken file is refused with paths, a changed one is previewed and applied (${lang})`, async ({ browser }, info) => {
    test.skip(info.project.name === "phone", "a desktop journey of the secretariat");
    skipUnlessRunInLanguage(info, lang);
    test.setTimeout(240_000);
    const m = getTranslator(lang, "structure");
    const staff = await signIn(browser, "secretariat", prefix);
    const page = staff.page;
    await page.goto(`${prefix}/admin`);
    await page.getByRole("link", { name: m("nav"), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("title"));
    await expectNoAxeViolations(page);

    // Export: one JSON file.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: m("export.download") }).click()]);
    const original = await readFile((await download.path())!, "utf8");
    const description = JSON.parse(original) as Description;
    expect(description.bodies.length).toBeGreaterThan(5);

    // A broken file: every problem with its path, nothing changed.
    const broken = structuredClone(description) as unknown as { bodies: Record<string, unknown>[]; parties: Record<string, unknown>[] };
    broken.bodies[0]!.kind = "COUNCIL";
    delete broken.parties[0]!.name;
    await page.getByLabel(m("import.file")).setInputFiles({ name: "struktur.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole("button", { name: m("import.preview") }).click();
    const refused = page.getByTestId("structure-refused");
    await expect(refused).toBeFocused();
    await expect(refused).toContainText(m("problems.heading", { count: 2 }));
    const problems = page.getByTestId("structure-problems").getByRole("listitem");
    await expect(problems).toHaveCount(2);
    await expect(problems.filter({ hasText: "/bodies/0/kind" })).toContainText(m("problems.code.invalidValue", { detail: "" }).split(",")[0]!);
    await expect(problems.filter({ hasText: "/parties/0/name" })).toContainText(m("problems.code.missing"));
    await expectNoAxeViolations(page);

    // A changed file: the working group gets a new name; the dry run shows one body changed and no broken hard rule.
    const stamp = `${Date.now().toString(36)}`;
    const changed = structuredClone(description);
    const group = changed.bodies.find((b) => b.slug === "ag-samordna-utskriving")!;
    const newName = `Arbeidsgruppe for samordna utskriving ${stamp}`;
    group.name = { nn: newName, nb: newName };
    await page.getByLabel(m("import.file")).setInputFiles({ name: "struktur.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(changed)) });
    await page.getByRole("button", { name: m("import.preview") }).click();
    const preview = page.getByTestId("structure-preview");
    await expect(preview.getByRole("heading", { name: m("preview.heading") })).toBeVisible();
    await expect(preview).toContainText(m("preview.changed", { key: "ag-samordna-utskriving", fields: "name" }));
    await expect(preview).toContainText(m("preview.noConsequences"));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: m("preview.apply") }).click();
    await expect(page.getByTestId("structure-applied")).toHaveText(m("applied"));
    await expectNoAxeViolations(page);

    // The public page shows the new name at once.
    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${prefix}/organisering`);
    await expect(publicPage.getByRole("link", { name: newName }).first()).toBeVisible();
    await expectNoAxeViolations(publicPage);

    // The original again: the dry run names the same body, and after applying the public page has the old name back.
    await page.getByLabel(m("import.file")).setInputFiles({ name: "struktur.json", mimeType: "application/json", buffer: Buffer.from(original) });
    await page.getByRole("button", { name: m("import.preview") }).click();
    await expect(page.getByTestId("structure-preview")).toContainText(m("preview.changed", { key: "ag-samordna-utskriving", fields: "name" }));
    await page.getByRole("button", { name: m("preview.apply") }).click();
    await expect(page.getByTestId("structure-applied")).toBeVisible();
    await publicPage.reload();
    await expect(publicPage.getByRole("link", { name: newName })).toHaveCount(0);
    await visitor.close();
    await staff.context.close();
  });
}
