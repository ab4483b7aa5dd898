"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The message that says what a save did – success or error – and takes the focus when it appears (and again for
 * each new `focusKey`), so keyboard and screen-reader users land on the outcome (WCAG 2.4.3, 4.1.3). A success is
 * a polite status, an error an alert. Used by every form of the portal, and by pages that show the outcome of a
 * plain post (?lagra=1, ?utfall=…).
 */
export function OutcomeMessage({
  tone,
  children,
  focusKey = 0,
  className = "",
  testId,
}: {
  tone: "success" | "warning" | "danger";
  children: ReactNode;
  /** A new value (e.g. the action's new result) moves the focus here again. */
  focusKey?: unknown;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} role={tone === "danger" ? "alert" : "status"} className={`ds-alert ${className}`} data-color={tone} data-testid={testId}>
      {children}
    </div>
  );
}
