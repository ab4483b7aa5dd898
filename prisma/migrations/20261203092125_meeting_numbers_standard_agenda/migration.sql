-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AgendaItemKind" ADD VALUE 'NOTICE_APPROVAL';
ALTER TYPE "AgendaItemKind" ADD VALUE 'MINUTES_APPROVAL';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "number" INTEGER,
ADD COLUMN     "numberYear" INTEGER;

-- CreateTable
CREATE TABLE "MeetingNumberCounter" (
    "bodyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingNumberCounter_pkey" PRIMARY KEY ("bodyId","year")
);

-- CreateTable
CREATE TABLE "BodyStandardAgendaItem" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleNb" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BodyStandardAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BodyStandardAgendaItem_bodyId_position_key" ON "BodyStandardAgendaItem"("bodyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_bodyId_numberYear_number_key" ON "Meeting"("bodyId", "numberYear", "number");

-- AddForeignKey
ALTER TABLE "MeetingNumberCounter" ADD CONSTRAINT "MeetingNumberCounter_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyStandardAgendaItem" ADD CONSTRAINT "BodyStandardAgendaItem_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill (issue 15): existing meetings get their number in their body and year (Oslo calendar year), in order of
-- time, cancelled meetings included (a number once given is never given again); the counters start after them.
WITH numbered AS (
  SELECT id,
         EXTRACT(YEAR FROM ("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Oslo')::int AS y,
         row_number() OVER (
           PARTITION BY "bodyId", EXTRACT(YEAR FROM ("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Oslo')
           ORDER BY "startsAt", id
         )::int AS n
  FROM "Meeting"
)
UPDATE "Meeting" AS m SET "numberYear" = numbered.y, "number" = numbered.n FROM numbered WHERE m.id = numbered.id;

INSERT INTO "MeetingNumberCounter" ("bodyId", "year", "lastSequence")
SELECT "bodyId", "numberYear", max("number") FROM "Meeting" WHERE "number" IS NOT NULL GROUP BY "bodyId", "numberYear";
