"use client";
import { useTranslations } from "next-intl";
// Moving one saksliste line up or down by keyboard: two real buttons in one form. After a move the focus stays on the
// moved line's button (the same direction if it is still there, else the other one) and the new position is
// announced ("… er no punkt 2 av 6"). A refusal (another person changed the list) is shown next to the buttons.
import { useActionState, useEffect, useRef } from "react";
import { type Locale } from "@/lib/i18n";
import type { ActionState } from "@/lib/meetings/actions";

type Props = {
  lang: Locale;
  /** The server action that moves the line (a meeting's saksliste or a body's standard list). */
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** Hidden fields naming the line (and, for a meeting, the version and lines the page showed). */
  hidden: Record<string, string>;
  itemId: string;
  title: string;
  index: number;
  count: number;
};

export function AgendaMove({ lang, action: move, hidden, itemId, title, index, count }: Props) {
  const m = useTranslations("meetingAdmin");
  const f = useTranslations("meetingFlow");
  const [state, action, pending] = useActionState<ActionState, FormData>(move, null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const direction = useRef<"up" | "down">("up");
  const error = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state) return;
    if (!state.ok) error.current?.focus();
    else (direction.current === "up" ? (up.current ?? down.current) : (down.current ?? up.current))?.focus();
  }, [state, index]);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" id={`move-${itemId}`}>
      <input type="hidden" name="lang" value={lang} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {index > 0 ? (
        <button ref={up} type="submit" name="direction" value="up" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={pending || undefined} onClick={() => (direction.current = "up")}>
          {/* The name is one string: an sr-only span beside the visible word gets a stray space ("Flytt opp : …"). */}
          <span aria-hidden="true">{m("moveUp")}</span>
          <span className="sr-only">{m("moveUpItem", { title })}</span>
        </button>
      ) : null}
      {index < count - 1 ? (
        <button ref={down} type="submit" name="direction" value="down" className="ds-button" data-variant="tertiary" data-size="sm" aria-disabled={pending || undefined} onClick={() => (direction.current = "down")}>
          <span aria-hidden="true">{m("moveDown")}</span>
          <span className="sr-only">{m("moveDownItem", { title })}</span>
        </button>
      ) : null}
      <span role="status" className="sr-only">
        {state?.ok ? f("movedTo", { title, position: index + 1, count }) : ""}
      </span>
      {state && !state.ok ? (
        <div ref={error} tabIndex={-1} role="alert" className="ds-alert w-full" data-color="danger" data-size="sm">
          <p>{state.message ?? m(`errorsGeneral.${state.error}`)}</p>
          {state.list?.length ? (
            <ul className="mt-2 grid list-disc gap-1 pl-5">
              {state.list.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
