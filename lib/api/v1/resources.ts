// Every /api/v1 list resource in one table: its path, query schema and page schema. The OpenAPI document
// (./openapi.ts) and the contract tests (tests/integration/api-v1-contract.test.ts) both walk this table, so a new
// resource is described and tested by adding one line here.
import type * as z from "zod";
import { bodiesPage, bodiesQuery } from "./bodies/schema";
import { meetingsPage, meetingsQuery } from "./meetings/schema";
import { documentsPage, documentsQuery } from "./documents/schema";
import { minutesPage, minutesQuery } from "./minutes/schema";
import { measuresPage, measuresQuery } from "./measures/schema";
import { areasPage, areasQuery, partiesPage, partiesQuery } from "./parties/schema";
import { agreementsPage, agreementsQuery } from "./agreements/schema";
import { deviationStatisticsPage, deviationStatisticsQuery } from "./deviation-statistics/schema";

export type ApiResource = { path: string; summary: string; query: z.ZodObject; page: z.ZodType; tag: string };

export const API_RESOURCES: readonly ApiResource[] = [
  { path: "/bodies", tag: "bodies", summary: "Bodies with mandate, tasks and the current holders of their seats", query: bodiesQuery, page: bodiesPage },
  { path: "/meetings", tag: "meetings", summary: "Meetings with agenda items and decisions (agenda public once the notice has gone out)", query: meetingsQuery, page: meetingsPage },
  { path: "/documents", tag: "documents", summary: "Public documents: metadata and a link to the download route (restricted documents are not listed)", query: documentsQuery, page: documentsPage },
  { path: "/minutes", tag: "minutes", summary: "Published minutes, with the history of published versions", query: minutesQuery, page: minutesPage },
  { path: "/measures", tag: "measures", summary: "Action-plan measures (tiltak) with their status history", query: measuresQuery, page: measuresPage },
  { path: "/parties", tag: "parties", summary: "Parties: municipalities, hospital trusts and the other appointing organisations", query: partiesQuery, page: partiesPage },
  { path: "/areas", tag: "areas", summary: "Areas (utvalsområde) with their municipalities and bodies", query: areasQuery, page: areasPage },
  { path: "/agreements", tag: "agreements", summary: "Cooperation agreements with their versions", query: agreementsQuery, page: agreementsPage },
  {
    path: "/deviation-statistics",
    tag: "deviation-statistics",
    summary: "Cooperation deviations counted per finished year by category, area and agreement clause; small counts suppressed as in the annual report",
    query: deviationStatisticsQuery,
    page: deviationStatisticsPage,
  },
];
