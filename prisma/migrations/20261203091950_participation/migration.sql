-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('HOLDER', 'DEPUTY', 'ABSENT');

-- CreateTable
CREATE TABLE "MeetingResponse" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "attending" BOOLEAN NOT NULL,
    "note" TEXT,
    "deputyId" TEXT,
    "reportedById" TEXT,
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "attendeeId" TEXT,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceRegister" (
    "meetingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "recordedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttendanceRegister_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "PersonalCalendar" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingResponse_deputyId_idx" ON "MeetingResponse"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingResponse_meetingId_membershipId_key" ON "MeetingResponse"("meetingId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_seatId_key" ON "MeetingAttendance"("meetingId", "seatId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalCalendar_userId_key" ON "PersonalCalendar"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalCalendar_tokenHash_key" ON "PersonalCalendar"("tokenHash");

-- AddForeignKey
ALTER TABLE "MeetingResponse" ADD CONSTRAINT "MeetingResponse_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingResponse" ADD CONSTRAINT "MeetingResponse_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingResponse" ADD CONSTRAINT "MeetingResponse_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRegister" ADD CONSTRAINT "AttendanceRegister_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalCalendar" ADD CONSTRAINT "PersonalCalendar_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

