-- CreateEnum
CREATE TYPE "IndicatorLevel" AS ENUM ('HELSEFELLESSKAP', 'AREA', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "IndicatorPeriodKind" AS ENUM ('YEAR', 'HALF', 'QUARTER', 'MONTH');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameNb" TEXT,
    "definition" TEXT NOT NULL,
    "definitionNb" TEXT,
    "unit" TEXT NOT NULL,
    "unitNb" TEXT,
    "source" TEXT NOT NULL,
    "priorityGroup" "PriorityGroup",
    "level" "IndicatorLevel" NOT NULL,
    "periodKind" "IndicatorPeriodKind" NOT NULL,
    "suppressSmallCounts" BOOLEAN NOT NULL DEFAULT false,
    "decimals" INTEGER NOT NULL DEFAULT 0,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL DEFAULT '',
    "areaId" TEXT,
    "partyId" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "numerator" INTEGER,
    "denominator" INTEGER,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorMeasure" (
    "indicatorId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,

    CONSTRAINT "IndicatorMeasure_pkey" PRIMARY KEY ("indicatorId","measureId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_slug_key" ON "Indicator"("slug");

-- CreateIndex
CREATE INDEX "IndicatorValue_areaId_idx" ON "IndicatorValue"("areaId");

-- CreateIndex
CREATE INDEX "IndicatorValue_partyId_idx" ON "IndicatorValue"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_period_scopeKey_key" ON "IndicatorValue"("indicatorId", "period", "scopeKey");

-- CreateIndex
CREATE INDEX "IndicatorMeasure_measureId_idx" ON "IndicatorMeasure"("measureId");

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorMeasure" ADD CONSTRAINT "IndicatorMeasure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorMeasure" ADD CONSTRAINT "IndicatorMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

