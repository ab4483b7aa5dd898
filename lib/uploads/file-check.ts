// Checks an uploaded file by its content (magic bytes via `file-type`), never by its name or the browser's MIME type,
// and gives it a clean display name. The name is only ever shown and sent in Content-Disposition – files live in the
// database, so no name is ever used as a path.
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";

export const MEGABYTE = 1024 * 1024;

/** The file kinds Saman accepts, by what their content is. */
export const FILE_KINDS = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export type UploadRules = { kinds: readonly FileKind[]; maxBytes: number };

/** Meeting papers, minutes and agreement files (issue: publishing). */
export const DOCUMENT_UPLOAD: UploadRules = {
  kinds: ["pdf", "docx", "odt", "xlsx", "png", "jpg", "gif", "webp"],
  maxBytes: 25 * MEGABYTE,
};

/** Attachments to a submitted case (issue: cases). */
export const CASE_ATTACHMENT: UploadRules = { kinds: ["pdf"], maxBytes: 10 * MEGABYTE };

export type UploadError = "FILE_MISSING" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_NOT_ALLOWED";

export type CheckedUpload = {
  bytes: Uint8Array<ArrayBuffer>;
  kind: FileKind;
  mimeType: string;
  fileName: string;
  size: number;
  sha256: string;
};

export type UploadCheck = { ok: true; file: CheckedUpload } | { ok: false; error: UploadError };

/**
 * A browser sends an empty File for an untouched file input; it arrives named "" (a plain form post), "blob" (a
 * FormData re-encoded by a client) or "undefined" (a `<form action={serverAction}>` after hydration: seen in the
 * production build). That counts as no file. A chosen file with no content is present – and refused as FILE_EMPTY
 * (issue 17), never silently dropped.
 */
const UNTOUCHED_INPUT_NAMES = new Set(["", "blob", "undefined"]);

export function isFilePresent(value: FormDataEntryValue | null | undefined): value is File {
  return typeof value === "object" && value !== null && "arrayBuffer" in value && (value.size > 0 || !UNTOUCHED_INPUT_NAMES.has(value.name));
}

export async function checkUpload(value: FormDataEntryValue | null | undefined, rules: UploadRules): Promise<UploadCheck> {
  if (!isFilePresent(value)) return { ok: false, error: "FILE_MISSING" };
  // Size first, from the declared size, so an oversized file is never read into memory here.
  if (value.size > rules.maxBytes) return { ok: false, error: "FILE_TOO_LARGE" };
  if (value.size === 0) return { ok: false, error: "FILE_EMPTY" };
  const bytes = new Uint8Array(await value.arrayBuffer());
  if (bytes.byteLength > rules.maxBytes) return { ok: false, error: "FILE_TOO_LARGE" };
  const kind = await detectKind(bytes);
  if (!kind || !rules.kinds.includes(kind)) return { ok: false, error: "FILE_TYPE_NOT_ALLOWED" };
  return {
    ok: true,
    file: {
      bytes,
      kind,
      mimeType: FILE_KINDS[kind],
      fileName: cleanFileName(value.name, kind),
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
  };
}

/** What the content is, or null when it is none of the accepted kinds. */
export async function detectKind(bytes: Uint8Array): Promise<FileKind | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  const entry = (Object.entries(FILE_KINDS) as [FileKind, string][]).find(([, mime]) => mime === found.mime);
  return entry ? entry[0] : null;
}

const MAX_NAME_LENGTH = 120;

/**
 * A display name that is safe everywhere: no directories ("../../etc/passwd" → "passwd"), no control or
 * reserved characters, no leading dots, at most 120 characters, and the extension of what the content really is.
 */
export function cleanFileName(original: string, kind: FileKind): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const withoutExtension = base.replace(/\.[^.]*$/, "");
  const cleaned = withoutExtension
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/_+/g, "_")
    .replace(/^[.\s_-]+|[.\s_-]+$/g, "")
    .slice(0, MAX_NAME_LENGTH - kind.length - 1)
    .trim();
  return `${cleaned || "dokument"}.${kind}`;
}
