-- CreateTable
CREATE TABLE "CaseStatusLink" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStatusLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseStatusLink_tokenHash_key" ON "CaseStatusLink"("tokenHash");

-- CreateIndex
CREATE INDEX "CaseStatusLink_caseId_idx" ON "CaseStatusLink"("caseId");

-- AddForeignKey
ALTER TABLE "CaseStatusLink" ADD CONSTRAINT "CaseStatusLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

