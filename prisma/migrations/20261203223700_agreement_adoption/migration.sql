-- CreateEnum
CREATE TYPE "AdoptionStatus" AS ENUM ('NOT_STARTED', 'ON_AGENDA', 'ADOPTED', 'ADOPTED_WITH_RESERVATIONS', 'DECLINED');

-- CreateTable
CREATE TABLE "AgreementAdoption" (
    "id" TEXT NOT NULL,
    "agreementVersionId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "status" "AdoptionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "decidedOn" DATE,
    "reference" TEXT,
    "note" TEXT,
    "documentName" TEXT,
    "documentSize" INTEGER,
    "documentSha256" TEXT,
    "documentContent" BYTEA,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementAdoption_partyId_idx" ON "AgreementAdoption"("partyId");

-- CreateIndex
CREATE INDEX "AgreementAdoption_status_idx" ON "AgreementAdoption"("status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAdoption_agreementVersionId_partyId_key" ON "AgreementAdoption"("agreementVersionId", "partyId");

-- AddForeignKey
ALTER TABLE "AgreementAdoption" ADD CONSTRAINT "AgreementAdoption_agreementVersionId_fkey" FOREIGN KEY ("agreementVersionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAdoption" ADD CONSTRAINT "AgreementAdoption_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

