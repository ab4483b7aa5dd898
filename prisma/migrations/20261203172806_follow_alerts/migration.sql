-- CreateEnum
CREATE TYPE "FollowTarget" AS ENUM ('BODY', 'CASE', 'MEASURE', 'NEWS');

-- CreateEnum
CREATE TYPE "FollowFrequency" AS ENUM ('IMMEDIATE', 'WEEKLY');

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "target" "FollowTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "frequency" "FollowFrequency" NOT NULL DEFAULT 'IMMEDIATE',
    "locale" TEXT NOT NULL DEFAULT 'nn',
    "confirmTokenHash" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowToken" (
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "followId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "FollowDigestItem" (
    "id" TEXT NOT NULL,
    "followId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "FollowDigestItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Follow_confirmTokenHash_key" ON "Follow"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Follow_target_targetId_idx" ON "Follow"("target", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_email_target_targetId_key" ON "Follow"("email", "target", "targetId");

-- CreateIndex
CREATE INDEX "FollowToken_email_idx" ON "FollowToken"("email");

-- CreateIndex
CREATE INDEX "FollowDigestItem_email_sentAt_idx" ON "FollowDigestItem"("email", "sentAt");

-- AddForeignKey
ALTER TABLE "FollowToken" ADD CONSTRAINT "FollowToken_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowDigestItem" ADD CONSTRAINT "FollowDigestItem_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

