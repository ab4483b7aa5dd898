// Every /api/v1 list resource in one table: its path, query schema and page schema. The OpenAPI document
// (./openapi.ts) and the contract tests (tests/integration/api-v1-contract.test.ts) both walk this table, so a new
// resource is described and tested by adding one line here.
import type * as z from "zod";
import { bodiesPage, bodiesQuery } from "./bodies/schema";
import { meetingsPage, meetingsQuery } from "./meetings/schema";

export type ApiResource = { path: string; summary: string; query: z.ZodObject; page: z.ZodType; tag: string };

export const API_RESOURCES: readonly ApiResource[] = [
  { path: "/bodies", tag: "bodies", summary: "Bodies with mandate, tasks and the current holders of their seats", query: bodiesQuery, page: bodiesPage },
  { path: "/meetings", tag: "meetings", summary: "Meetings with agenda items and decisions (agenda public once the notice has gone out)", query: meetingsQuery, page: meetingsPage },
];
