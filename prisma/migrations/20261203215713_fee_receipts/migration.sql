-- AlterTable
ALTER TABLE "FeeClaim" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateTable
CREATE TABLE "FeeReceipt" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeeReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeeReceipt_claimId_idx" ON "FeeReceipt"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "FeeClaim_idempotencyKey_key" ON "FeeClaim"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "FeeReceipt" ADD CONSTRAINT "FeeReceipt_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "FeeClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

