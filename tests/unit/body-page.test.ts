// The body page of a body with years of meetings: the latest minutes and the two latest years in full, each earlier
// year one link to the meeting calendar (server-rendered HTML, what a visitor without JavaScript gets).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BodyPageView } from "@/components/public/body-page";
import type { BodyPage } from "@/lib/bodies/data";

const NOW = new Date("2026-11-22T12:00:00Z");

function bodyWithYears(years: number[]): BodyPage {
  const meetings = years.flatMap((year) =>
    Array.from({ length: 14 }, (_, i) => {
      const startsAt = new Date(Date.UTC(year, 0, 10 + i * 24, 9));
      const past = startsAt < NOW;
      return {
        id: `m-${year}-${i}`,
        title: null,
        startsAt,
        endsAt: null,
        location: "Bergen",
        cancelledAt: null,
        status: past ? "MINUTES_PUBLISHED" : "PLANNED",
        hasMinutes: past,
      };
    }),
  );
  meetings.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return {
    id: "b",
    slug: "ssu",
    kind: "STRATEGIC_COMMITTEE",
    name: "Strategisk samarbeidsutval",
    nameNb: null,
    shortName: "SSU",
    mandate: "Mandat.",
    mandateNb: null,
    parent: null,
    tasks: [],
    members: [],
    meetings,
    cases: [],
  };
}

const render = (body: BodyPage, lang: "nn" | "nb" = "nn") => renderToStaticMarkup(createElement(BodyPageView, { lang, body, now: NOW }));

describe("body page archive", () => {
  it("lists ten minutes and two years in full; earlier years link to the calendar for that body and year", () => {
    const html = render(bodyWithYears([2021, 2022, 2023, 2024, 2025, 2026]));
    const minutes = html.slice(html.indexOf('data-testid="body-minutes"'), html.indexOf('id="archive"'));
    expect(minutes.match(/<li>/g)).toHaveLength(10);
    expect(minutes).toContain('href="#archive"');
    expect(html).toContain("Møte i 2026</h3>");
    expect(html).toContain("Møte i 2025</h3>");
    expect(html).not.toContain("Møte i 2024</h3>");
    const years = html.slice(html.indexOf('data-testid="body-archive-years"'));
    for (const year of [2024, 2023, 2022, 2021]) {
      expect(years).toContain(`href="/mote?organ=ssu&amp;ar=${year}">Møte i ${year} (14)</a>`);
    }
    // The 2021–2024 meetings are not each on the page any more.
    expect(html).not.toContain('href="/mote/m-2023-3"');
  });

  it("keeps bokmål links under /nb, and a young body's archive whole", () => {
    const nb = render(bodyWithYears([2023, 2024, 2025, 2026]), "nb");
    expect(nb).toContain('href="/nb/mote?organ=ssu&amp;ar=2023">Møter i 2023 (14)</a>');
    const young = render(bodyWithYears([2025, 2026]));
    expect(young).not.toContain("body-archive-years");
    expect(young).toContain('href="/mote/m-2025-0"');
  });
});

describe("nynorsk content on bokmål pages (issue 14 item 7, WCAG 3.1.2)", () => {
  it("marks a name and mandate that exist only in nynorsk with lang=nn, and nothing on the nynorsk page", () => {
    const body = bodyWithYears([2026]);
    const nb = render(body, "nb");
    expect(nb).toMatch(/<h1[^>]*><span lang="nn">Strategisk samarbeidsutval<\/span><\/h1>/);
    expect(nb).toContain('<span lang="nn">Mandat.</span>');
    const withNb = render({ ...body, nameNb: "Strategisk samarbeidsutvalg", mandateNb: "Mandat på bokmål." }, "nb");
    expect(withNb).toMatch(/<h1[^>]*>Strategisk samarbeidsutvalg<\/h1>/);
    expect(withNb).not.toContain('lang="nn"');
    expect(render(body, "nn")).not.toContain('lang="nn"');
  });
});
