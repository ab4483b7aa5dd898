// lib/lists/paging: ?side= parsing and links that keep the filters (issue 14.6).
import { describe, expect, it } from "vitest";
import { currentQuery, MAX_PAGE, pageCount, pageHref, pageParams } from "@/lib/lists/paging";

describe("pageParams", () => {
  it("reads ?side= and turns it into skip/take", () => {
    expect(pageParams({ side: "3" }, 20)).toEqual({ page: 3, pageSize: 20, skip: 40, take: 20 });
  });
  it.each([undefined, "", "0", "-2", "abc", "1.5", ["2", "9"]])("falls back sensibly for %j", (side) => {
    const { page } = pageParams({ side }, 20);
    expect(page).toBe(Array.isArray(side) ? 2 : 1);
  });
  it("bounds the page so OFFSET stays bounded", () => {
    expect(pageParams({ side: "999999" }).page).toBe(MAX_PAGE);
  });
});

describe("pageHref and pageCount", () => {
  it("keeps the filters, drops empty ones, and gives page 1 no ?side=", () => {
    expect(pageHref("/saksbehandling", { status: "RECEIVED", q: "", side: "4" }, 2)).toBe("/saksbehandling?status=RECEIVED&side=2");
    expect(pageHref("/admin/brukar", {}, 1)).toBe("/admin/brukar");
  });
  it("counts pages, at least one", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
  });
  it("takes the first value of repeated params", () => {
    expect(currentQuery({ q: ["a", "b"], other: "x", empty: "" }, ["q", "empty"])).toEqual({ q: "a" });
  });
});
