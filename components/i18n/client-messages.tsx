// Gives Client Components their messages (issue 19.1): a Server Component wraps a client component (or the list that
// renders it) in <ClientMessages lang for="ClientComponentName">, and only the messages that component reads
// (components/i18n/client-namespaces.ts) are serialised into the page – never the whole catalog.
import type { ReactNode } from "react";
import { timeZone, type Locale } from "@/lib/i18n/config";
import { pickMessages } from "@/lib/i18n/translator";
import { CLIENT_NAMESPACES, type ClientComponent } from "./client-namespaces";
import { IntlProvider } from "./intl-provider";

/** The message paths of the given client components, without repeats. */
export function clientMessagePaths(components: readonly ClientComponent[]): string[] {
  return [...new Set(components.flatMap((c): readonly string[] => CLIENT_NAMESPACES[c]))];
}

export function ClientMessages({ lang, for: components, children }: { lang: Locale; for: ClientComponent | readonly ClientComponent[]; children: ReactNode }) {
  const list = typeof components === "string" ? [components] : components;
  return (
    <IntlProvider locale={lang} timeZone={timeZone} messages={pickMessages(lang, clientMessagePaths(list))}>
      {children}
    </IntlProvider>
  );
}
