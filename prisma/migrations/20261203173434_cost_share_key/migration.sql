-- CreateTable
CREATE TABLE "CostShareKey" (
    "id" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "basis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "example" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CostShareKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CostShareKey_partyId_validFrom_idx" ON "CostShareKey"("partyId", "validFrom");

-- AddForeignKey
ALTER TABLE "CostShareKey" ADD CONSTRAINT "CostShareKey_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

