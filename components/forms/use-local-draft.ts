"use client";
// A form's local draft: what the user typed, kept in this browser's localStorage while they type, restored after a
// reload or a crash (of the browser or of the portal), and removed after a successful submit or when discarded.
// Text fields only – a browser cannot put files back into a file input, so the form tells the user to choose them
// again. The key includes the signed-in contact, so another user of the same browser never sees the draft.
import { useCallback, useEffect, useEffectEvent, useState } from "react";

export type Draft = Record<string, string | string[]>;

/** The form's current text values (the same shape the server echoes back). */
export function draftOf(form: HTMLFormElement, fields: readonly string[]): Draft {
  const data = new FormData(form);
  const draft: Draft = {};
  for (const name of fields) {
    const all = data.getAll(name).filter((v): v is string => typeof v === "string");
    const element = form.elements.namedItem(name);
    const multiple = element instanceof RadioNodeList && element[0] instanceof HTMLInputElement && element[0].type === "checkbox";
    draft[name] = multiple ? all : (all[0] ?? "");
  }
  return draft;
}

export function useLocalDraft(key: string, { done, restore }: { done: boolean; restore: (draft: Draft) => void }) {
  const [restored, setRestored] = useState(false);
  const restoreDraft = useEffectEvent((draft: Draft) => {
    restore(draft);
    setRestored(true);
  });
  // Only in the browser, after hydration: the server cannot know this browser's storage.
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(key);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only storage is read once after hydration
      if (saved) restoreDraft(JSON.parse(saved) as Draft);
    } catch {
      // A broken or unavailable storage is no reason to lose the form.
    }
  }, [key]);
  useEffect(() => {
    if (done) window.localStorage.removeItem(key);
  }, [done, key]);
  const save = useCallback(
    (draft: Draft) => {
      try {
        window.localStorage.setItem(key, JSON.stringify(draft));
      } catch {
        // Storage full or off: the draft is a convenience.
      }
    },
    [key],
  );
  const discard = useCallback(() => {
    window.localStorage.removeItem(key);
    setRestored(false);
  }, [key]);
  return { restored, save, discard };
}
