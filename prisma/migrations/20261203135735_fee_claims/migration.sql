-- CreateEnum
CREATE TYPE "FeeRateKind" AS ENUM ('MEETING_HOUR', 'PREPARATION_HOUR', 'KILOMETRE');

-- CreateEnum
CREATE TYPE "FeeClaimStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateTable
CREATE TABLE "FeeRate" (
    "id" TEXT NOT NULL,
    "seat" "SeatCategory" NOT NULL,
    "kind" "FeeRateKind" NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeClaim" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "FeeClaimStatus" NOT NULL DEFAULT 'SUBMITTED',
    "meetingMinutes" INTEGER NOT NULL,
    "preparationMinutes" INTEGER NOT NULL,
    "kilometres" INTEGER NOT NULL,
    "expensesOre" INTEGER NOT NULL,
    "note" TEXT,
    "meetingRateOre" INTEGER NOT NULL,
    "preparationRateOre" INTEGER NOT NULL,
    "kilometreRateOre" INTEGER NOT NULL,
    "totalOre" INTEGER NOT NULL,
    "returnReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "FeeClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeeRate_seat_kind_validFrom_idx" ON "FeeRate"("seat", "kind", "validFrom");

-- CreateIndex
CREATE INDEX "FeeClaim_status_idx" ON "FeeClaim"("status");

-- CreateIndex
CREATE INDEX "FeeClaim_userId_idx" ON "FeeClaim"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FeeClaim_meetingId_membershipId_key" ON "FeeClaim"("meetingId", "membershipId");

-- AddForeignKey
ALTER TABLE "FeeClaim" ADD CONSTRAINT "FeeClaim_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeClaim" ADD CONSTRAINT "FeeClaim_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeClaim" ADD CONSTRAINT "FeeClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeClaim" ADD CONSTRAINT "FeeClaim_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

