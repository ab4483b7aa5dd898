// Issue 20 item 2: the archive export of one meeting (GET /api/mote/<id>/arkiv.zip) through the route itself against a
// seeded database – only the session cookie is faked (next/headers). Checked as an archivist would: the ZIP holds
// metadata.json and a file for every document version the reader may read, each file's SHA-256 and size match the
// metadata; a restricted paper is, for a reader without access, only "Unnateke offentlegheit" with its legal basis
// (no title, file name or content anywhere in the ZIP); the full export is the secretariat's only.
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_USERS, seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { sessionTokenFor } from "../helpers/actions";

const cookie = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (cookie.token ? { name, value: cookie.token } : undefined) }),
  headers: async () => new Headers(),
}));

const SECRET = { title: "Hemmeleg-arkivtittel-4k8", file: "hemmeleg-arkivfil-4k8.pdf", content: "Hemmeleg-arkivinnhald-4k8", basis: "Offl. § 13, jf. fvl. § 13 (teieplikt)" };

let db: TestDatabase;
let meetingId = "";
let plannedId = "";
let restrictedId = "";

type Objekt = { versjonsnummer: number; filnavn: string; referanseDokumentfil: string; sjekksum: string; sjekksumAlgoritme: string; filstoerrelse: number; format: string };
type Beskrivelse = { systemID: string; tittel?: string; offentligTittel: string; skjerming?: { tilgangsrestriksjon: string; skjermingshjemmel: string | null }; dokumentobjekt: Objekt[] };
type Metadata = {
  arkivuttrekk: { utgaave: string; sjekksumAlgoritme: string };
  moetemappe: { systemID: string; mappetype: string; tittel: string; moetedato: string; dokumentbeskrivelse: Beskrivelse[]; moeteregistrering: { tittel: string; dokumentbeskrivelse: Beskrivelse[] }[] };
};

async function signInAs(userId: string | null): Promise<void> {
  cookie.token = userId ? await sessionTokenFor(userId) : undefined;
}

async function download(id: string, edition?: string): Promise<Response> {
  const { GET } = await import("@/app/api/mote/[id]/arkiv.zip/route");
  const query = edition ? `?utgave=${edition}` : "";
  return GET(new Request(`http://localhost/api/mote/${id}/arkiv.zip${query}`), { params: Promise.resolve({ id }) });
}

async function unzip(response: Response): Promise<{ raw: Uint8Array; files: Record<string, Uint8Array>; metadata: Metadata }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  const raw = new Uint8Array(await response.arrayBuffer());
  const files = unzipSync(raw);
  const metadata = JSON.parse(new TextDecoder().decode(files["metadata.json"])) as Metadata;
  return { raw, files, metadata };
}

const allDescriptions = (m: Metadata) => [...m.moetemappe.dokumentbeskrivelse, ...m.moetemappe.moeteregistrering.flatMap((r) => r.dokumentbeskrivelse)];

/** Every file the metadata names is in the ZIP with the stated SHA-256 and size, and the ZIP holds nothing else. */
function expectChecksumsMatch(files: Record<string, Uint8Array>, metadata: Metadata): Objekt[] {
  const objects = allDescriptions(metadata).flatMap((d) => d.dokumentobjekt);
  for (const o of objects) {
    const bytes = files[o.referanseDokumentfil];
    expect(bytes, o.referanseDokumentfil).toBeDefined();
    expect(o.sjekksumAlgoritme).toBe("SHA-256");
    expect(o.sjekksum).toBe(createHash("sha256").update(bytes!).digest("hex"));
    expect(o.filstoerrelse).toBe(bytes!.byteLength);
  }
  expect(Object.keys(files).sort()).toEqual([...objects.map((o) => o.referanseDokumentfil), "metadata.json"].sort());
  return objects;
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "archive-test-secret-archive-test-secret-00";
  db = await createTestDatabase();
  await seed(db.prisma, { now: new Date() });
  process.env.DATABASE_URL = db.url;
  // A held SSU meeting with published minutes and papers, plus a restricted paper with a real file.
  const ssu = await db.prisma.body.findUniqueOrThrow({ where: { slug: "ssu" }, select: { id: true } });
  const meetings = await db.prisma.meeting.findMany({
    where: { bodyId: ssu.id, status: "MINUTES_PUBLISHED", documents: { some: { kind: "MINUTES" } } },
    select: { id: true, _count: { select: { documents: true } }, agendaItems: { orderBy: { position: "asc" }, take: 2, select: { id: true } } },
  });
  const meeting = meetings.sort((a, b) => b._count.documents - a._count.documents)[0]!;
  meetingId = meeting.id;
  const content = new TextEncoder().encode(`%PDF-1.4\n${SECRET.content}\n%%EOF\n`);
  const restricted = await db.prisma.document.create({
    data: {
      kind: "CASE_PAPER",
      title: SECRET.title,
      visibility: "BODY_MEMBERS",
      legalBasis: SECRET.basis,
      bodyId: ssu.id,
      meetingId,
      agendaItemId: meeting.agendaItems[0]?.id ?? null,
      versions: {
        create: {
          number: 1,
          fileName: SECRET.file,
          mimeType: "application/pdf",
          size: content.byteLength,
          sha256: createHash("sha256").update(content).digest("hex"),
          file: { create: { content } },
        },
      },
    },
  });
  restrictedId = restricted.id;
  // A public paper corrected once: both versions belong in the archive.
  const v1 = new TextEncoder().encode("%PDF-1.4\nforste utgave\n%%EOF\n");
  const v2 = new TextEncoder().encode("%PDF-1.4\nretta utgave\n%%EOF\n");
  const version = (number: number, bytes: Uint8Array<ArrayBuffer>) => ({
    number,
    fileName: "Saksframlegg – økonomi.pdf",
    mimeType: "application/pdf",
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    file: { create: { content: bytes } },
  });
  await db.prisma.document.create({
    data: {
      kind: "CASE_PAPER",
      title: "Open sak med retting",
      bodyId: ssu.id,
      meetingId,
      agendaItemId: meeting.agendaItems[1]?.id ?? meeting.agendaItems[0]?.id ?? null,
      versions: { create: [version(1, v1), version(2, v2)] },
    },
  });
  const planned = await db.prisma.meeting.create({ data: { bodyId: ssu.id, startsAt: new Date(Date.now() + 30 * 86_400_000), status: "PLANNED" } });
  plannedId = planned.id;
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe("the secretariat's full export", () => {
  it("holds metadata.json with Noark 5 names and a file for every document version, checksums matching", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    const { files, metadata, raw } = await unzip(await download(meetingId));
    expect(metadata.arkivuttrekk.utgaave).toBe("full");
    expect(metadata.moetemappe.systemID).toBe(meetingId);
    expect(metadata.moetemappe.mappetype).toBe("moetemappe");
    const objects = expectChecksumsMatch(files, metadata);
    // Every version (with a file) of every document of the meeting is there.
    const versions = await db.prisma.documentVersion.count({ where: { document: { meetingId, withdrawnAt: null }, file: { isNot: null } } });
    expect(objects.length).toBe(versions);
    expect(versions).toBeGreaterThan(2);
    // The minutes PDF is there too (published minutes).
    const minutes = allDescriptions(metadata).find((d) => d.dokumentobjekt.some((o) => o.filnavn.startsWith("referat")));
    expect(minutes).toBeDefined();
    // The restricted paper with its title, file and skjerming.
    const restricted = allDescriptions(metadata).find((d) => d.systemID === restrictedId)!;
    expect(restricted.tittel).toBe(SECRET.title);
    expect(restricted.offentligTittel).toBe("Unnateke offentlegheit");
    expect(restricted.skjerming?.skjermingshjemmel).toBe(SECRET.basis);
    expect(restricted.dokumentobjekt[0]?.filnavn).toBe(SECRET.file);
    expect(new TextDecoder().decode(raw)).toContain(SECRET.content);
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: "meeting.archive.export", entityId: meetingId, outcome: "OK" } });
    expect(audit?.actorId).toBe(DEMO_USERS.secretariat.id);
  });

  it("includes a PLANNED meeting (drafts) for the secretariat only", async () => {
    await signInAs(DEMO_USERS.secretariat.id);
    expect((await download(plannedId)).status).toBe(200);
    await signInAs(null);
    expect((await download(plannedId)).status).toBe(404);
    expect((await download(plannedId, "offentleg")).status).toBe(404);
  });
});

describe("the stream", () => {
  it("puts every file back together exactly when read in small chunks", async () => {
    const { loadArchiveFacts } = await import("@/lib/meetings/archive/data");
    const { archiveMetadata } = await import("@/lib/meetings/archive/build");
    const { archiveZipStream } = await import("@/lib/meetings/archive/stream");
    const { ANONYMOUS } = await import("@/lib/auth/viewer");
    const now = new Date();
    const { metadata, files } = archiveMetadata((await loadArchiveFacts(meetingId))!, "FULL", { ...ANONYMOUS, userId: "staff", roles: ["SECRETARIAT"] }, now);
    const zip = unzipSync(new Uint8Array(await new Response(archiveZipStream(metadata, files, now, 13)).arrayBuffer()));
    expectChecksumsMatch(zip, JSON.parse(new TextDecoder().decode(zip["metadata.json"])) as Metadata);
    expect(files.length).toBeGreaterThan(2);
  });
});

describe("the public edition", () => {
  it("lists a restricted paper as 'unnateke offentlegheit' with its legal basis, and nothing else of it", async () => {
    await signInAs(null);
    const { files, metadata, raw } = await unzip(await download(meetingId));
    expect(metadata.arkivuttrekk.utgaave).toBe("offentleg");
    expectChecksumsMatch(files, metadata);
    const restricted = allDescriptions(metadata).find((d) => d.systemID === restrictedId)!;
    expect(restricted).toEqual(
      expect.objectContaining({ offentligTittel: "Unnateke offentlegheit", skjerming: { tilgangsrestriksjon: "UO", skjermingshjemmel: SECRET.basis }, dokumentobjekt: [] }),
    );
    expect(restricted.tittel).toBeUndefined();
    const text = new TextDecoder().decode(raw);
    for (const secret of [SECRET.title, SECRET.file, SECRET.content, "hemmeleg-arkivfil"]) expect(text).not.toContain(secret);
    // The public papers are all there, with their files.
    const open = await db.prisma.document.count({
      where: { meetingId, withdrawnAt: null, OR: [{ visibility: "PUBLIC" }, { publicFrom: { lte: new Date() } }], versions: { some: { file: { isNot: null } } } },
    });
    expect(allDescriptions(metadata).filter((d) => d.dokumentobjekt.length > 0).length).toBe(open);
  });

  it("is what a partner or a member gets too; the same for the secretariat with ?utgave=offentleg", async () => {
    await signInAs(DEMO_USERS.partner.id);
    const partner = await unzip(await download(meetingId));
    expect(partner.metadata.arkivuttrekk.utgaave).toBe("offentleg");
    await signInAs(DEMO_USERS.secretariat.id);
    const staff = await unzip(await download(meetingId, "offentleg"));
    expect(allDescriptions(staff.metadata).find((d) => d.systemID === restrictedId)?.dokumentobjekt).toEqual([]);
  });
});

describe("authorization of the full export", () => {
  it("refuses anonymous, partner and member with the bare 404, audit-logged", async () => {
    for (const user of [null, DEMO_USERS.partner.id, DEMO_USERS.member.id]) {
      await signInAs(user);
      const response = await download(meetingId, "full");
      expect(response.status, String(user)).toBe(404);
      expect(await response.text()).not.toContain(SECRET.title);
    }
    const denied = await db.prisma.auditEntry.count({ where: { action: "meeting.archive.export", entityId: meetingId, outcome: "DENIED" } });
    expect(denied).toBe(3);
    await signInAs(null);
    expect((await download("no-such-meeting")).status).toBe(404);
    expect((await download(meetingId, "everything")).status).toBe(404);
  });
});

describe("the combined meeting document chooses its edition the same way (lib/downloads/edition.ts)", () => {
  async function bundle(id: string, edition?: string): Promise<Response> {
    const { GET } = await import("@/app/api/mote/[id]/saksdokument/route");
    const query = edition ? `?utgave=${edition}` : "";
    return GET(new Request(`http://localhost/api/mote/${id}/saksdokument${query}`), { params: Promise.resolve({ id }) });
  }

  it("gives the public edition without `utgave`, and a bare, audited 404 for an edition one may not have or that does not exist", async () => {
    await signInAs(null);
    const open = await bundle(meetingId);
    expect(open.status).toBe(200);
    expect(open.headers.get("content-type")).toBe("application/pdf");
    const before = await db.prisma.auditEntry.count({ where: { action: "meeting.bundle.download", entityId: meetingId, outcome: "DENIED" } });
    expect((await bundle(meetingId, "medlem")).status).toBe(404);
    expect((await bundle(meetingId, "everything")).status).toBe(404);
    expect(await db.prisma.auditEntry.count({ where: { action: "meeting.bundle.download", entityId: meetingId, outcome: "DENIED" } })).toBe(before + 2);
    await signInAs(DEMO_USERS.secretariat.id);
    expect((await bundle(meetingId, "medlem")).status).toBe(200);
  });
});
