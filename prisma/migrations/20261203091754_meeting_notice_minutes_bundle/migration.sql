-- CreateEnum
CREATE TYPE "MinutesApprovalMethod" AS ENUM ('LEADER', 'BODY_AT_MEETING');

-- CreateEnum
CREATE TYPE "BundleEdition" AS ENUM ('PUBLIC', 'MEMBERS');

-- AlterTable
ALTER TABLE "Body" ADD COLUMN     "noticeCallsDeputies" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "MinutesVersion" ADD COLUMN     "approvalMethod" "MinutesApprovalMethod",
ADD COLUMN     "approvedAtMeetingId" TEXT,
ADD COLUMN     "approvedById" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "withdrawalReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MeetingBundle" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "edition" "BundleEdition" NOT NULL,
    "inputHash" TEXT NOT NULL,
    "pageCount" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingBundle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingBundle_meetingId_edition_key" ON "MeetingBundle"("meetingId", "edition");

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_approvedAtMeetingId_fkey" FOREIGN KEY ("approvedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingBundle" ADD CONSTRAINT "MeetingBundle_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

