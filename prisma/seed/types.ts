// Row types of the seed: exactly what `createMany` accepts, so the data modules stay plain objects.
import type { Prisma } from "../../lib/db/generated/prisma/client";

export type AreaRow = Prisma.AreaCreateManyInput;
export type PartyRow = Prisma.PartyCreateManyInput;
export type ServiceAreaRow = Prisma.ServiceAreaCreateManyInput;
export type BodyRow = Prisma.BodyCreateManyInput & { id: string; slug: string; shortName: string };
export type BodyTaskRow = Prisma.BodyTaskCreateManyInput;
export type PersonRow = Prisma.PersonCreateManyInput & { id: string };
export type MembershipRow = Prisma.MembershipCreateManyInput & {
  id: string;
  termStart: Date;
  termEnd: Date | null;
};
export type MeetingRow = Prisma.MeetingCreateManyInput & { id: string; startsAt: Date; endsAt: Date };
export type AgendaItemRow = Prisma.AgendaItemCreateManyInput & { id: string };
export type CaseRow = Prisma.CaseCreateManyInput & { id: string };
export type CaseNumberRow = Prisma.CaseNumberCreateManyInput & { id: string; bodyId: string; year: number; sequence: number };
export type CaseStatusChangeRow = Prisma.CaseStatusChangeCreateManyInput;
export type CaseRouteStepRow = Prisma.CaseRouteStepCreateManyInput;
export type DecisionRow = Prisma.DecisionCreateManyInput & { id: string };
export type DecisionMeasureRow = Prisma.DecisionMeasureCreateManyInput;
export type MinutesRow = Prisma.MinutesCreateManyInput;
export type MinutesVersionRow = Prisma.MinutesVersionCreateManyInput;
export type DocumentRow = Prisma.DocumentCreateManyInput & { id: string };
export type DocumentVersionRow = Prisma.DocumentVersionCreateManyInput & { id: string };
export type DocumentFileRow = { versionId: string; content: Uint8Array<ArrayBuffer> };
export type ActionPlanRow = Prisma.ActionPlanCreateManyInput;
export type ActionPlanPartRow = Prisma.ActionPlanPartCreateManyInput;
export type MeasureRow = Prisma.MeasureCreateManyInput & { id: string; code: string };
export type MeasureStatusUpdateRow = Prisma.MeasureStatusUpdateCreateManyInput;
export type AgreementRow = Prisma.AgreementCreateManyInput & { id: string; slug: string };
export type AgreementVersionRow = Prisma.AgreementVersionCreateManyInput & { id: string };
export type AgreementReviewRow = Prisma.AgreementReviewCreateManyInput;
export type DeviationRow = Prisma.DeviationCreateManyInput & { id: string };
export type DeviationMeasureRow = Prisma.DeviationMeasureCreateManyInput;
export type NewsArticleRow = Prisma.NewsArticleCreateManyInput;

export type SeatCategory = Prisma.MembershipCreateManyInput["seat"];
export type MembershipRole = Prisma.MembershipCreateManyInput["role"];
export type Side = NonNullable<Prisma.MembershipCreateManyInput["side"]>;
export type CaseStatus = Prisma.CaseStatusChangeCreateManyInput["to"];
export type PriorityGroup = "CHILDREN_YOUTH" | "SEVERE_MENTAL_ILLNESS_SUBSTANCE" | "FRAIL_ELDERLY" | "MULTIPLE_CHRONIC";
export type MeasureStatus = Prisma.MeasureStatusUpdateCreateManyInput["status"];
