"use server";
// Server actions of the news editor: content.edit against the database, validate with the form's schema,
// write, and show the article's editor page (lib/actions/editor.ts, on the one chain lib/actions/chain.ts).
import { editorAction } from "@/lib/actions/editor";
import { createNews, setPublished, updateNews } from "./mutations";
import { createNewsSchema, NEWS_FIELDS, PUBLISH_FIELDS, publishSchema, updateNewsSchema } from "./schema";

const editorPath = (id: string) => `/admin/nyheiter/${id}`;

export const createNewsAction = editorAction({ name: "news.createNews", entityType: "NewsArticle", fields: NEWS_FIELDS, schema: createNewsSchema, write: createNews, then: (r) => editorPath(r.id) });

export const updateNewsAction = editorAction({
  name: "news.updateNews",
  entityType: "NewsArticle",
  entityIdField: "articleId",
  fields: NEWS_FIELDS,
  schema: updateNewsSchema,
  write: updateNews,
  then: (r) => editorPath(r.id),
});

export const publishNewsAction = editorAction({
  name: "news.publishNews",
  entityType: "NewsArticle",
  entityIdField: "articleId",
  fields: PUBLISH_FIELDS,
  schema: publishSchema,
  write: (actorId, values) => setPublished(actorId, values),
  then: (r) => editorPath(r.id),
});
