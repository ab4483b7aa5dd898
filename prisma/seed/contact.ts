// The secretariat's contact details for /kontakt (issue 14.8): one row, created once and never overwritten, so the
// secretariat's edits survive a later seed run.
import type { PrismaClient } from "../../lib/db/generated/prisma/client";

export const SEED_CONTACT = {
  id: "secretariat",
  name: "Samarbeidssekretariatet for helsefellesskapet",
  nameNb: "Samarbeidssekretariatet for helsefellesskapet",
  address: "Haukeland universitetssjukehus, Postboks 1400, 5021 Bergen",
  email: "samarbeid@saman.example.no",
  phone: "+47 55 00 00 00",
  openingHours: "Måndag–fredag 08.00–15.30",
  openingHoursNb: "Mandag–fredag 08.00–15.30",
};

export async function insertContact(prisma: PrismaClient): Promise<void> {
  await prisma.contactSettings.upsert({ where: { id: SEED_CONTACT.id }, create: SEED_CONTACT, update: {} });
}
