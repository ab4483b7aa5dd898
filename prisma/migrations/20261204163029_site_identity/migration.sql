-- CreateTable
CREATE TABLE "SiteIdentity" (
    "id" TEXT NOT NULL DEFAULT 'site',
    "name" TEXT NOT NULL,
    "nameNb" TEXT,
    "description" TEXT NOT NULL,
    "descriptionNb" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteIdentity_pkey" PRIMARY KEY ("id")
);

