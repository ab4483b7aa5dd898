-- CreateTable
CREATE TABLE "ComplianceChange" (
    "id" BIGSERIAL NOT NULL,
    "xid" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceSnapshot" (
    "id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "snapshot" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplianceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplianceChange_xid_idx" ON "ComplianceChange"("xid");

-- CreateIndex
CREATE INDEX "ComplianceChange_at_idx" ON "ComplianceChange"("at");

-- CreateIndex
CREATE INDEX "ComplianceSnapshot_day_idx" ON "ComplianceSnapshot"("day");


-- Written by hand (the schema cannot express triggers): every statement that changes what the representation rules
-- read adds one row with its transaction id to "ComplianceChange", in the same transaction, so a stored compliance
-- report is never used after a change it did not see (lib/membership/compliance/data.ts). Statement-level: one row per
-- statement, not per row; an insert never waits on another transaction (no shared counter row to lock).
CREATE FUNCTION "compliance_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ComplianceChange" (xid) VALUES (txid_current());
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Area_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "Party_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Party" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "ServiceArea_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceArea" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "Body_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Body" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "Person_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "Membership_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "RepresentationRuleSet_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RepresentationRuleSet" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "RepresentationRule_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RepresentationRule" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "Meeting_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Meeting" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "AgendaItem_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AgendaItem" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
CREATE TRIGGER "Decision_compliance_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Decision" FOR EACH STATEMENT EXECUTE FUNCTION "compliance_changed"();
