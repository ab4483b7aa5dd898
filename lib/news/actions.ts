"use server";
// Server actions of the news editor: authorize content.edit against the database, validate with the form's schema,
// write, and show the article's editor page (lib/editors/action.ts).
import { runEditor } from "@/lib/editors/action";
import type { EditorResult } from "@/lib/editors/form";
import { createNews, setPublished, updateNews } from "./mutations";
import { createNewsSchema, NEWS_FIELDS, PUBLISH_FIELDS, publishSchema, updateNewsSchema } from "./schema";

const editorPath = (id: string) => `/admin/nyheiter/${id}`;

export async function createNewsAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, { entityType: "NewsArticle", fields: NEWS_FIELDS, schema: createNewsSchema, write: createNews, then: (r) => editorPath(r.id) });
}

export async function updateNewsAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "NewsArticle",
    entityIdField: "articleId",
    fields: NEWS_FIELDS,
    schema: updateNewsSchema,
    write: updateNews,
    then: (r) => editorPath(r.id),
  });
}

export async function publishNewsAction(_prev: EditorResult, formData: FormData): Promise<EditorResult> {
  return runEditor(formData, {
    entityType: "NewsArticle",
    entityIdField: "articleId",
    fields: PUBLISH_FIELDS,
    schema: publishSchema,
    write: (actorId, values) => setPublished(actorId, values),
    then: (r) => editorPath(r.id),
  });
}
