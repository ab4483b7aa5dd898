// Issue 20 item 2: the public document journal (offentleg journal). One month's lines come from the same access
// facts and function as the download (lib/documents/access.ts, policy.ts): an exempt document is listed as
// "unnateke offentlegheit" with its legal basis, never its title or file name – on the page's data and in the CSV;
// a draft (a paper of a PLANNED meeting) is not registered yet; a document public from a passed date is open.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let db: TestDatabase;
let journal: typeof import("@/lib/journal/data");
let csvRoute: typeof import("@/app/api/journal/[file]/route");

const NOW = new Date("2026-11-22T12:00:00Z");
const IN_NOVEMBER = new Date("2026-11-05T10:00:00Z");
const SECRET_TITLE = "Personsak-hemmeleg-9x";
const SECRET_FILE = "personsak-9x.pdf";
const LEGAL_BASIS = "Offl. § 13, jf. fvl. § 13";

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  journal = await import("@/lib/journal/data");
  csvRoute = await import("@/app/api/journal/[file]/route");
  const ssu = await db.prisma.body.create({ data: { slug: "ssu", kind: "STRATEGIC_COMMITTEE", name: "Strategisk samarbeidsutval", nameNb: "Strategisk samarbeidsutvalg", shortName: "SSU", mandate: "…" } });
  const noticed = await db.prisma.meeting.create({ data: { bodyId: ssu.id, startsAt: new Date("2026-11-20T09:00:00Z"), status: "NOTICE_SENT" } });
  const planned = await db.prisma.meeting.create({ data: { bodyId: ssu.id, startsAt: new Date("2026-12-20T09:00:00Z"), status: "PLANNED" } });
  const file = (name: string) => ({ create: { number: 1, fileName: name, mimeType: "application/pdf", size: 1, sha256: "x" } });
  await db.prisma.document.create({ data: { id: "open", kind: "CASE_PAPER", title: "Open saksframlegg", meetingId: noticed.id, bodyId: ssu.id, createdAt: IN_NOVEMBER, versions: file("open.pdf") } });
  await db.prisma.document.create({
    data: { id: "exempt", kind: "CASE_PAPER", title: SECRET_TITLE, visibility: "BODY_MEMBERS", legalBasis: LEGAL_BASIS, meetingId: noticed.id, bodyId: ssu.id, createdAt: IN_NOVEMBER, versions: file(SECRET_FILE) },
  });
  await db.prisma.document.create({
    data: { id: "was-exempt", kind: "REPORT", title: "No offentleg rapport", visibility: "SECRETARIAT", legalBasis: "Offl. § 14", publicFrom: new Date("2026-11-10T00:00:00Z"), bodyId: ssu.id, createdAt: IN_NOVEMBER, versions: file("rapport.pdf") },
  });
  await db.prisma.document.create({ data: { id: "draft", kind: "CASE_PAPER", title: "Utkast-9x", meetingId: planned.id, bodyId: ssu.id, createdAt: IN_NOVEMBER, versions: file("utkast.pdf") } });
  // Oslo's November starts at 23:00 UTC on 31 October: this one belongs to November, the next one to October.
  await db.prisma.document.create({ data: { id: "edge-nov", kind: "REPORT", title: "Midnatt", createdAt: new Date("2026-10-31T23:30:00Z") } });
  await db.prisma.document.create({ data: { id: "edge-oct", kind: "REPORT", title: "Før midnatt", createdAt: new Date("2026-10-31T22:30:00Z") } });
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the journal of a month", () => {
  it("lists the registered documents of the Oslo month; an exempt one only with its legal basis; no drafts", async () => {
    const lines = await journal.getJournal(2026, 11, NOW);
    expect(lines.map((l) => l.id).sort()).toEqual(["edge-nov", "exempt", "open", "was-exempt"]);
    const exempt = lines.find((l) => l.id === "exempt")!;
    expect(exempt).toMatchObject({ access: "exempt", legalBasis: LEGAL_BASIS, body: { nn: "Strategisk samarbeidsutval" } });
    expect(JSON.stringify(lines)).not.toContain(SECRET_TITLE);
    expect(JSON.stringify(lines)).not.toContain(SECRET_FILE);
    expect(lines.find((l) => l.id === "was-exempt")).toMatchObject({ access: "open", title: { nn: "No offentleg rapport" } });
    expect(lines.find((l) => l.id === "open")).toMatchObject({ access: "open", title: { nn: "Open saksframlegg" } });
    expect((await journal.getJournal(2026, 10, NOW)).map((l) => l.id)).toEqual(["edge-oct"]);
  });

  it("gives the CSV with 'Unnateke offentlegheit', the access code and the legal basis, never the title or file", async () => {
    const res = await csvRoute.GET(new Request("http://127.0.0.1/api/journal/2026-11.csv"), { params: Promise.resolve({ file: "2026-11.csv" }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text).toContain(`Unnateke offentlegheit;Saksframlegg;;Strategisk samarbeidsutval;UO;${LEGAL_BASIS}`);
    expect(text).toContain("Open saksframlegg");
    expect(text).not.toContain(SECRET_TITLE);
    expect(text).not.toContain(SECRET_FILE);
    expect(text).not.toContain("Utkast-9x");
    const nb = await (await csvRoute.GET(new Request("http://127.0.0.1/api/journal/2026-11.csv?lang=nb"), { params: Promise.resolve({ file: "2026-11.csv" }) })).text();
    expect(nb).toContain("Unntatt offentlighet;Saksfremlegg;;Strategisk samarbeidsutvalg;UO;");
    const bad = await csvRoute.GET(new Request("http://127.0.0.1/api/journal/2026-13.csv"), { params: Promise.resolve({ file: "2026-13.csv" }) });
    expect(bad.status).toBe(404);
  });

  it("offers the months from the first registered document to now, newest first", async () => {
    expect(await journal.getJournalMonths(NOW)).toEqual(["2026-11", "2026-10"]);
  });
});
