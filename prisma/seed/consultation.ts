// A demo consultation round (issue 21 item 2): "the draft action plan", sent to every municipality and Helse Bergen,
// its deadline two weeks before `now` (so it is compiled and public), with answers from three parties – one of them
// late – and one party's unsent draft; the draft plan itself is the round's document (a deterministic PDF). No result is linked yet, so the secretariat's task shows it. Deterministic ids
// and times from `now` (at 12:00 UTC), idempotent: createMany with skipDuplicates never resets what a user changed.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";
import { ids } from "./ids";
import { renderPdf } from "./pdf";
import { MUNICIPALITIES } from "./structure";

const DAY = 86_400_000;
export const DEMO_ROUND_ID = "seed-hoyring-handlingsplan";

export function buildConsultation(now: Date) {
  const noonToday = Math.floor(now.getTime() / DAY) * DAY + 12 * 3_600_000;
  const deadline = new Date(noonToday - 14 * DAY);
  const opened = new Date(deadline.getTime() - 28 * DAY);
  const at = (days: number) => new Date(deadline.getTime() + days * DAY);
  const partyIds = [ids.party("helse-bergen"), ...MUNICIPALITIES.map((m) => ids.party(m.slug))];
  const answer = (slug: string, status: "DRAFT" | "SUBMITTED", text: string, submittedAt: Date | null) => ({
    id: `${DEMO_ROUND_ID}-svar-${slug}`,
    roundId: DEMO_ROUND_ID,
    partyId: ids.party(slug),
    status,
    text,
    submittedAt,
    createdAt: opened,
    updatedAt: submittedAt ?? opened,
  });
  return {
    round: {
      id: DEMO_ROUND_ID,
      title: "Utkast til handlingsplan for helsefellesskapet",
      text: "Strategisk samarbeidsutval sender utkastet til handlingsplan på høyring til partane.\n\nVi ber særleg om innspel på prioriteringa av tiltaka for barn og unge og for personar med alvorlege psykiske lidingar og rusproblem, og på kva parten sjølv kan bidra med.",
      deadline,
      isPublic: true,
      createdAt: opened,
      updatedAt: opened,
    },
    parties: partyIds.map((partyId) => ({ roundId: DEMO_ROUND_ID, partyId })),
    answers: [
      answer("bergen", "SUBMITTED", "Bergen kommune sluttar seg til utkastet og ber om at tiltaka for barn og unge blir prioriterte først.\n\nKommunen kan stille med ein koordinator i arbeidsgruppa.", at(-3)),
      answer("helse-bergen", "SUBMITTED", "Helse Bergen støttar prioriteringane og peikar på behovet for felles kompetansetiltak i ambulante team.", at(-1)),
      answer("voss", "SUBMITTED", "Voss herad ber om at tiltaka også tek omsyn til lange reiseavstandar i lokalsjukehusområdet.", at(2)),
      answer("alver", "DRAFT", "Alver kommune vil kommentere tiltak 2.3 ...", null),
    ],
  };
}

/** The document sent on consultation: the same bytes for the same `now`. */
async function roundDocument(round: ReturnType<typeof buildConsultation>["round"]) {
  const pdf = await renderPdf({
    title: round.title,
    date: round.createdAt,
    subject: "Høyringsdokument",
    blocks: [
      { type: "h1", text: round.title },
      { type: "p", text: "Utkastet byggjer på handlingsplanen for inneverande år og innspel frå områdeutvala." },
      { type: "h2", text: "Prioriterte tiltak" },
      { type: "p", label: "Barn og unge", text: "Felles forløp for barn med samansette behov, med koordinator frå første møte." },
      { type: "p", label: "Alvorleg psykisk liding og rusproblem", text: "Ambulante team med felles kompetanseplan for kommunane og Helse Bergen." },
    ],
  });
  return { id: `${DEMO_ROUND_ID}-dokument`, roundId: round.id, fileName: "utkast-handlingsplan.pdf", mimeType: "application/pdf", size: pdf.size, sha256: pdf.sha256, content: new Uint8Array(pdf.bytes), createdAt: round.createdAt };
}

export async function insertConsultation(prisma: PrismaClient, now: Date): Promise<number> {
  const data = buildConsultation(now);
  const { count } = await prisma.consultationRound.createMany({ data: [data.round], skipDuplicates: true });
  await prisma.consultationFile.createMany({ data: [await roundDocument(data.round)], skipDuplicates: true });
  await prisma.consultationParty.createMany({ data: data.parties, skipDuplicates: true });
  await prisma.consultationAnswer.createMany({ data: data.answers, skipDuplicates: true });
  return count;
}
