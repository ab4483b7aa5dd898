// /admin/utboks lists the outbox a page at a time (issue 14.6: no list silently stops at a fixed number): newest
// first, 50 a page, the status filter and the counts agree, and the last page holds the oldest mail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let data: typeof import("@/lib/mail/data");

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  data = await import("@/lib/mail/data");
  const t0 = Date.parse("2026-12-01T08:00:00Z");
  await db.prisma.outgoingEmail.createMany({
    data: Array.from({ length: 130 }, (_, i) => ({
      to: `mottakar${i}@example.no`,
      subject: `Brev ${i}`,
      text: "Hei",
      status: i % 10 === 0 ? ("FAILED" as const) : ("SENT" as const),
      createdAt: new Date(t0 + i * 60_000),
    })),
  });
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("outbox list", () => {
  it("pages through every mail, newest first, without losing or repeating one", async () => {
    const pages = [];
    for (let skip = 0; skip < 200; skip += 50) pages.push(await data.listOutbox({ skip, take: 50 }));
    expect(pages.map((p) => p.length)).toEqual([50, 50, 30, 0]);
    const subjects = pages.flat().map((m) => m.subject);
    expect(new Set(subjects).size).toBe(130);
    expect(subjects[0]).toBe("Brev 129");
    expect(subjects.at(-1)).toBe("Brev 0");
  });

  it("filters by status, and the counts give the filtered total", async () => {
    const counts = await data.outboxCounts();
    expect(counts).toEqual({ PENDING: 0, SENT: 117, FAILED: 13 });
    const failed = await data.listOutbox({ status: "FAILED", skip: 0, take: 50 });
    expect(failed).toHaveLength(13);
    expect(failed.every((m) => m.status === "FAILED")).toBe(true);
  });
});
