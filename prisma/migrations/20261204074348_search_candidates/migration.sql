-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN     "searchLength" INTEGER,
ADD COLUMN     "titleSearch" tsvector;

-- Fill the new columns for the entries already indexed (the same expressions as VECTORS in lib/search/mutations.ts),
-- before the indexes exist, so they are built once.
UPDATE "SearchEntry" SET
  "titleSearch" = to_tsvector('norwegian', title || ' ' || coalesce("titleNb", '')),
  "searchLength" = (SELECT coalesce(sum(coalesce(cardinality(positions), 1)), 0)::int FROM unnest(search));

-- CreateIndex
CREATE INDEX "SearchEntry_titleSearch_idx" ON "SearchEntry" USING GIN ("titleSearch");

-- CreateIndex
CREATE INDEX "SearchEntry_searchLength_id_idx" ON "SearchEntry"("searchLength", "id");
