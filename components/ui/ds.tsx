// Server-side stand-ins for the Designsystemet React components the public reading pages use: the same elements,
// the same `ds-*` classes and data attributes (so @digdir/designsystemet-css styles them identically), but no
// "use client". @digdir/designsystemet-react is one client entry: importing any component from it in the layout or
// a public page sends the whole library to the browser (issue 3's JavaScript budget). Forms and admin pages, which
// need its interactive parts, still import it directly.
import { cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from "react";

function cx(...names: (string | undefined | false | null)[]): string {
  return names.filter(Boolean).join(" ");
}

type AsChild = {
  /** Render the single child element (e.g. a next/link) instead, with the ds class and props merged onto it. */
  asChild?: boolean;
};

function withChild(children: ReactNode, className: string, rest: Record<string, unknown>): ReactElement | null {
  if (!isValidElement<{ className?: string }>(children)) return null;
  return cloneElement(children, { ...rest, className: cx(className, children.props.className) });
}

export function Link({ asChild, className, children, ...rest }: ComponentProps<"a"> & AsChild) {
  const classes = cx("ds-link", className);
  if (asChild) return withChild(children, classes, rest);
  return (
    <a className={classes} {...rest}>
      {children}
    </a>
  );
}

export function Paragraph({
  asChild,
  className,
  variant,
  children,
  ...rest
}: ComponentProps<"p"> & AsChild & { variant?: "long" | "default" | "short" }) {
  const classes = cx("ds-paragraph", className);
  if (asChild) return withChild(children, classes, { ...rest, "data-variant": variant });
  return (
    <p className={classes} data-variant={variant} {...rest}>
      {children}
    </p>
  );
}

export function Heading({
  level = 2,
  className,
  children,
  ...rest
}: ComponentProps<"h2"> & { level?: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={cx("ds-heading", className)} {...rest}>
      {children}
    </Tag>
  );
}

/**
 * A card. With `clickDelegateFor` (the id of the link in its heading) the whole card is clickable as in the React
 * Card – but without JavaScript: globals.css stretches the heading link over the card (the React Card delegates
 * clicks in an effect), and the attribute gives the heading and link the same styles.
 */
export function Card({
  asChild,
  className,
  variant,
  clickDelegateFor,
  children,
  ...rest
}: ComponentProps<"div"> & AsChild & { variant?: "default" | "tinted"; clickDelegateFor?: string }) {
  const classes = cx("ds-card", className);
  const attributes = { ...rest, "data-variant": variant, "data-clickdelegatefor": clickDelegateFor };
  if (asChild) return withChild(children, classes, attributes);
  return (
    <div className={classes} {...attributes}>
      {children}
    </div>
  );
}

export function ListUnordered({ className, children, ...rest }: ComponentProps<"ul">) {
  return (
    <ul className={cx("ds-list", className)} {...rest}>
      {children}
    </ul>
  );
}

export function ListItem({ children, ...rest }: ComponentProps<"li">) {
  return <li {...rest}>{children}</li>;
}

export function SkipLink({ className, children, ...rest }: ComponentProps<"a">) {
  return (
    <a className={cx("ds-skip-link", className)} {...rest}>
      {children}
    </a>
  );
}
