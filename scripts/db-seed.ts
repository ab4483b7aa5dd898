// npm run db:seed – fills the database with the deterministic demo data (prisma/seed). Safe to run again: it only adds
// rows that are missing and never changes existing ones. Uses DATABASE_URL, or the embedded database under data/.
import { withDatabase } from "./lib/with-database";
import { createPrisma } from "../lib/db/client";
import { seed } from "../prisma/seed";

await withDatabase(async (url) => {
  const prisma = createPrisma(url);
  try {
    await seed(prisma, { log: console.log });
  } finally {
    await prisma.$disconnect();
  }
});
