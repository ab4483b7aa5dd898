// The main menu in journeys: at ≤ 640 px it collapses behind the "Meny" disclosure button once the page is hydrated
// (components/layout/primary-nav.tsx), so a journey opens it first when the button shows.
import { expect, type Locator, type Page } from "@playwright/test";

export function mainMenu(page: Page): Locator {
  return page.getByRole("navigation", { name: /^(Hovudmeny|Hovedmeny)$/ });
}

/** A link of the main menu, with the menu opened when it is collapsed (phone width). */
export async function menuLink(page: Page, name: string | RegExp): Promise<Locator> {
  const nav = mainMenu(page);
  await expect(nav).toHaveAttribute("data-enhanced", "true");
  const button = nav.getByRole("button", { name: "Meny" });
  if ((await button.isVisible()) && (await button.getAttribute("aria-expanded")) !== "true") await button.click();
  return nav.getByRole("link", { name, exact: typeof name === "string" });
}
