import "server-only";
// Reads of the contact details (public) and the accessibility feedback (the caller checks feedback.read).
import { prisma } from "@/lib/db/client";

export type ContactDetails = {
  name: string;
  nameNb: string | null;
  address: string;
  email: string;
  phone: string;
  openingHours: string | null;
  openingHoursNb: string | null;
  version: number;
};

/** The secretariat's contact details (seeded; null only in a database that was never seeded). */
export function getContactDetails(): Promise<ContactDetails | null> {
  return prisma.contactSettings.findUnique({
    where: { id: "secretariat" },
    select: { name: true, nameNb: true, address: true, email: true, phone: true, openingHours: true, openingHoursNb: true, version: true },
  });
}

/** One page of feedback, unhandled first, newest first; and the total. */
export async function listFeedback({ skip = 0, take = 50, open }: { skip?: number; take?: number; open?: boolean } = {}) {
  const where = open === undefined ? {} : { handledAt: open ? null : { not: null } };
  const [rows, total] = await Promise.all([
    prisma.accessibilityFeedback.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    prisma.accessibilityFeedback.count({ where }),
  ]);
  return { rows, total };
}

/** Feedback nobody has marked as handled: a task count for the secretariat. */
export function countOpenFeedback(): Promise<number> {
  return prisma.accessibilityFeedback.count({ where: { handledAt: null } });
}
