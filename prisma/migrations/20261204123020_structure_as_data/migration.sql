-- CreateTable
CREATE TABLE "PriorityGroupDefinition" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameNb" TEXT,
    "source" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PriorityGroupDefinition_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "StructureVersion" (
    "id" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedById" TEXT,
    "summary" JSONB NOT NULL,
    "description" JSONB NOT NULL,

    CONSTRAINT "StructureVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StructureVersion_validFrom_idx" ON "StructureVersion"("validFrom");

-- AddForeignKey
ALTER TABLE "StructureVersion" ADD CONSTRAINT "StructureVersion_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

