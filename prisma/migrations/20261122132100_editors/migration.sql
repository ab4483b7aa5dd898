-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "AgreementVersion" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

