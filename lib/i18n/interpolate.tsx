import { Fragment, type ReactNode } from "react";

const PLACEHOLDER = /\{(\w+)\}/g;

/** A message without soft hyphens (U+00AD), for places that do not wrap: <title>, attributes. */
export function plainText(message: string): string {
  return message.replaceAll("\u00AD", "");
}

/** Fills {name} placeholders of a message with text. Unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Fills {name} placeholders with React nodes, e.g. a link inside a sentence. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, name] = match;
    if (name === undefined || !Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(<Fragment key={`${name}-${match.index}`}>{values[name]}</Fragment>);
    last = match.index + whole.length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return <>{parts}</>;
}
