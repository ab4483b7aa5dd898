-- CreateEnum
CREATE TYPE "OutgoingEmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "OutgoingEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "headers" JSONB,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "status" "OutgoingEmailStatus" NOT NULL DEFAULT 'PENDING';

-- CreateIndex
CREATE UNIQUE INDEX "OutgoingEmail_dedupeKey_key" ON "OutgoingEmail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutgoingEmail_status_nextAttemptAt_idx" ON "OutgoingEmail"("status", "nextAttemptAt");


-- Mails delivered before the outbox had a state.
UPDATE "OutgoingEmail" SET "status" = 'SENT' WHERE "sentAt" IS NOT NULL;
