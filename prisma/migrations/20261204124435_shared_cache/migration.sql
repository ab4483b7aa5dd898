-- CreateTable
CREATE TABLE "CacheEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "tags" TEXT[],
    "lastModified" BIGINT NOT NULL,
    "expiresAt" BIGINT NOT NULL,

    CONSTRAINT "CacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "staleAt" BIGINT,
    "expiredAt" BIGINT,

    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "CacheEntry_expiresAt_idx" ON "CacheEntry"("expiresAt");

