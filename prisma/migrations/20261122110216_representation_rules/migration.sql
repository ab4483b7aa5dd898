-- CreateEnum
CREATE TYPE "RuleSeverity" AS ENUM ('HARD', 'SOFT', 'INFO');

-- CreateEnum
CREATE TYPE "RuleKind" AS ENUM ('SEAT_COUNT', 'MUNICIPALITY_COVERAGE', 'SECTOR_RESPONSIBILITY', 'TERM_MAX_YEARS', 'CONSENSUS_DECISIONS', 'PERSONAL_DEPUTY_REQUIRED', 'LEADERSHIP', 'MEETINGS_PER_YEAR', 'SEATS_PER_MUNICIPALITY', 'SPECIALIST_PROPORTION', 'EMPLOYEE_ROTATION', 'SECRETARIAT_SEATS', 'STRATEGIC_LEVEL');

-- CreateTable
CREATE TABLE "RepresentationRuleSet" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameNb" TEXT,
    "adoptedOn" DATE,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepresentationRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentationRule" (
    "id" TEXT NOT NULL,
    "ruleSetId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "bodyKinds" "BodyKind"[],
    "severity" "RuleSeverity" NOT NULL,
    "kind" "RuleKind" NOT NULL,
    "params" JSONB NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionNb" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RepresentationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipWarning" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT,
    "membershipId" TEXT,
    "ruleCode" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "message" JSONB NOT NULL,
    "asOf" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "MembershipWarning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RepresentationRule_ruleSetId_code_key" ON "RepresentationRule"("ruleSetId", "code");

-- CreateIndex
CREATE INDEX "MembershipWarning_bodyId_resolvedAt_idx" ON "MembershipWarning"("bodyId", "resolvedAt");

-- CreateIndex
CREATE INDEX "MembershipWarning_membershipId_idx" ON "MembershipWarning"("membershipId");

-- AddForeignKey
ALTER TABLE "RepresentationRule" ADD CONSTRAINT "RepresentationRule_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "RepresentationRuleSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipWarning" ADD CONSTRAINT "MembershipWarning_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipWarning" ADD CONSTRAINT "MembershipWarning_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

