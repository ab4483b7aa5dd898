-- Priority groups as data (issue 20 item 3): the records refer to PriorityGroupDefinition by code instead of the
-- PriorityGroup enum. Hand-edited: Prisma's diff drops and re-adds the columns (losing every chosen group); here
-- they are converted in place, keeping the codes.

-- AlterTable
ALTER TABLE "Case" ALTER COLUMN "priorityGroups" SET DATA TYPE TEXT[] USING "priorityGroups"::TEXT[];

-- AlterTable
ALTER TABLE "Measure" ALTER COLUMN "priorityGroups" SET DATA TYPE TEXT[] USING "priorityGroups"::TEXT[];

-- AlterTable
ALTER TABLE "Indicator" ALTER COLUMN "priorityGroup" SET DATA TYPE TEXT USING "priorityGroup"::TEXT;

-- DropEnum
DROP TYPE "PriorityGroup";

-- An indicator's group must exist before the foreign key: a database whose structure was never applied gets the
-- four groups of Meld. St. 7 (2019–2020) that its indicators use (the names of prisma/structure/bergen.json).
INSERT INTO "PriorityGroupDefinition" ("code", "name", "nameNb", "source", "validFrom", "sortOrder")
SELECT g.code, g.name, g."nameNb", 'Meld. St. 7 (2019–2020)', DATE '2020-01-01', g."sortOrder"
FROM (VALUES
  ('CHILDREN_YOUTH', 'Barn og unge', NULL, 1),
  ('SEVERE_MENTAL_ILLNESS_SUBSTANCE', 'Alvorleg psykisk liding og rusproblem', 'Alvorlig psykisk lidelse og rusproblemer', 2),
  ('FRAIL_ELDERLY', 'Skrøpelege eldre', 'Skrøpelige eldre', 3),
  ('MULTIPLE_CHRONIC', 'Fleire kroniske lidingar', 'Flere kroniske lidelser', 4)
) AS g(code, name, "nameNb", "sortOrder")
WHERE EXISTS (SELECT 1 FROM "Indicator" i WHERE i."priorityGroup" = g.code)
ON CONFLICT ("code") DO NOTHING;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_priorityGroup_fkey" FOREIGN KEY ("priorityGroup") REFERENCES "PriorityGroupDefinition"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
