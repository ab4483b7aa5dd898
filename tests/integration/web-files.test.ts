// Issue 19.8: /.well-known/security.txt (RFC 9116) names the secretariat's contact as kept on /admin/kontakt, so an
// edit there is what researchers see; Expires is always in the future and under a year away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let route: typeof import("@/app/.well-known/security.txt/route");

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  delete process.env.SITE_URL;
  delete process.env.NEXTAUTH_URL;
  await seed(db.prisma, { now: new Date() });
  route = await import("@/app/.well-known/security.txt/route");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** The fields of a security.txt, each name with all its values (RFC 9116 §2.4: one "Name: value" per line). */
function fields(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([A-Za-z-]+): (.+)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, name = "", value = ""] = match ?? [];
    map.set(name, [...(map.get(name) ?? []), value]);
  }
  return map;
}

describe("security.txt", () => {
  it("has the required fields, the secretariat's e-mail and follows an edit of the contact details", async () => {
    const response = await route.GET(new Request("https://saman.test/.well-known/security.txt"));
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const before = fields(await response.text());
    const contact = await db.prisma.contactSettings.findUniqueOrThrow({ where: { id: "secretariat" } });
    expect(before.get("Contact")).toEqual([`mailto:${contact.email}`, "https://saman.test/kontakt"]);
    expect(before.get("Canonical")).toEqual(["https://saman.test/.well-known/security.txt"]);
    expect(before.get("Preferred-Languages")).toEqual(["nn, nb, en"]);
    const [expires = ""] = before.get("Expires") ?? [];
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const days = (Date.parse(expires) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);

    await db.prisma.contactSettings.update({ where: { id: "secretariat" }, data: { email: "tryggleik@saman.example.no" } });
    const after = fields(await (await route.GET(new Request("https://saman.test/.well-known/security.txt"))).text());
    expect(after.get("Contact")?.[0]).toBe("mailto:tryggleik@saman.example.no");
  });
});
