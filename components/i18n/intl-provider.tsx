"use client";
// next-intl's client provider, imported through this client module so a Server Component passes it everything
// (locale, time zone, the picked messages) itself: the portal has no next-intl request config (lib/i18n/translator.ts).
import { NextIntlClientProvider } from "next-intl";
import type { ComponentProps } from "react";

export function IntlProvider(props: ComponentProps<typeof NextIntlClientProvider>) {
  return <NextIntlClientProvider {...props} />;
}
