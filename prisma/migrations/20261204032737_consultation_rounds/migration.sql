-- CreateEnum
CREATE TYPE "ConsultationAnswerStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "ConsultationRound" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "decisionId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConsultationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationParty" (
    "roundId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,

    CONSTRAINT "ConsultationParty_pkey" PRIMARY KEY ("roundId","partyId")
);

-- CreateTable
CREATE TABLE "ConsultationAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "status" "ConsultationAnswerStatus" NOT NULL DEFAULT 'DRAFT',
    "text" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConsultationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationFile" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "answerId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsultationRound_deadline_idx" ON "ConsultationRound"("deadline");

-- CreateIndex
CREATE INDEX "ConsultationParty_partyId_idx" ON "ConsultationParty"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_roundId_partyId_key" ON "ConsultationAnswer"("roundId", "partyId");

-- CreateIndex
CREATE INDEX "ConsultationFile_roundId_idx" ON "ConsultationFile"("roundId");

-- CreateIndex
CREATE INDEX "ConsultationFile_answerId_idx" ON "ConsultationFile"("answerId");

-- AddForeignKey
ALTER TABLE "ConsultationRound" ADD CONSTRAINT "ConsultationRound_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationParty" ADD CONSTRAINT "ConsultationParty_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ConsultationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationParty" ADD CONSTRAINT "ConsultationParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ConsultationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationFile" ADD CONSTRAINT "ConsultationFile_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ConsultationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationFile" ADD CONSTRAINT "ConsultationFile_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "ConsultationAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

