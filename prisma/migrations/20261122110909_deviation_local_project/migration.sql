-- AlterTable
ALTER TABLE "Deviation" ADD COLUMN     "localProject" TEXT;

