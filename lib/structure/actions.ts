"use server";
// Server actions of the structure import (issue 20 item 3), on the one chain (lib/actions/chain.ts): authenticate,
// authorize (structure.manage), then one form with two steps. "preview" validates the file (every problem with its
// path) and shows the dry run – what is added, changed and retired, and which current memberships would break a hard
// rule; "apply" writes it in one transaction against the structure the dry run was made on (CONFLICT otherwise).
import { formAction, type ActionError, type Values } from "@/lib/actions/chain";
import type { StructureDiff } from "./diff";
import { applyStructureImport, previewStructureImport, type Consequence } from "./mutations";
import { STRUCTURE_MAX_BYTES } from "./policy";
import type { StructureProblem } from "./schema";

type Preview = { diff: StructureDiff; unchanged: boolean; consequences: Consequence[]; basis: string; text: string };

export type StructureImportState =
  | null
  | ({ ok: true; step: "preview"; at: number; refused?: "CONFLICT" | "CONSEQUENCES" } & Preview)
  | { ok: true; step: "applied"; at: number; diff: StructureDiff }
  | { ok: false; error: "PROBLEMS"; problems: StructureProblem[]; text: string; at: number }
  | { ok: false; error: "FILE" | ActionError; text?: string; at: number };

const today = () => new Date().toISOString().slice(0, 10);

async function readText(form: FormData, raw: Values): Promise<string | null> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > STRUCTURE_MAX_BYTES) return null;
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(await file.arrayBuffer()));
    } catch {
      return null;
    }
  }
  const text = String(raw.text ?? "");
  return text.length > STRUCTURE_MAX_BYTES ? null : text;
}

export const structureImportAction = formAction<StructureImportState, Values, "FILE">({
  name: "structure.import",
  access: { permission: "structure.manage", entity: "StructureVersion", entityId: () => "import" },
  read: (form) => {
    const values: Values = {};
    for (const key of ["text", "intent", "basis", "validFrom", "accept"]) {
      const value = form.get(key);
      if (typeof value === "string") values[key] = value;
    }
    return values;
  },
  noEcho: true,
  refuse: (refusal) => ({ ok: false, error: refusal.error, at: Date.now() }),
  run: async ({ raw, actorId, form }) => {
    const at = Date.now();
    const text = await readText(form, raw);
    if (text === null || !text.trim()) return { ok: false, error: "FILE", at };
    const preview = await previewStructureImport(text, new Date());
    if (!preview.ok) return { ok: false, error: "PROBLEMS", problems: preview.problems.slice(0, 300), text, at };
    const shown = { diff: preview.diff, unchanged: preview.unchanged, consequences: preview.consequences, basis: preview.basis, text };
    if (raw.intent !== "apply" || preview.unchanged) return { ok: true, step: "preview", at, ...shown };
    const validFrom = /^\d{4}-\d{2}-\d{2}$/.test(String(raw.validFrom ?? "")) ? String(raw.validFrom) : today();
    const result = await applyStructureImport(text, {
      actorId,
      basis: String(raw.basis ?? ""),
      validFrom: new Date(`${validFrom}T00:00:00Z`),
      asOf: new Date(),
      acceptConsequences: raw.accept === "on",
    });
    if (result.ok) return { ok: true, step: "applied", at, diff: result.diff };
    if (result.error === "INVALID") return { ok: false, error: "PROBLEMS", problems: result.problems, text, at };
    return { ok: true, step: "preview", at, ...shown, refused: result.error };
  },
});
