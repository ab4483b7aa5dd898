-- pg_trgm gives the search its typo tolerance (trigram indexes below); contrib, present in every PostgreSQL build.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('MINUTES', 'DOCUMENT', 'CASE', 'MEASURE', 'NEWS');

-- CreateTable
CREATE TABLE "SearchEntry" (
    "id" TEXT NOT NULL,
    "kind" "SearchKind" NOT NULL,
    "refId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleNb" TEXT,
    "text" TEXT NOT NULL,
    "bodyId" TEXT,
    "year" INTEGER,
    "date" TIMESTAMP(3),
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "publicFrom" TIMESTAMP(3),
    "url" TEXT NOT NULL,
    "search" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchEntry_search_idx" ON "SearchEntry" USING GIN ("search");

-- CreateIndex
CREATE INDEX "SearchEntry_title_idx" ON "SearchEntry" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchEntry_kind_year_idx" ON "SearchEntry"("kind", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SearchEntry_kind_refId_key" ON "SearchEntry"("kind", "refId");

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

