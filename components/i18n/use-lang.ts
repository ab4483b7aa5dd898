"use client";

import { useParams, usePathname } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { splitLocale } from "@/lib/i18n/paths";

/**
 * The page's language in a Client Component: the [lang] route parameter where there is one, else read from the
 * address (special files such as not-found and global-error get no params).
 */
export function useLang(): Locale {
  const params = useParams<{ lang?: string }>();
  const pathname = usePathname();
  if (isLocale(params?.lang)) return params.lang;
  return splitLocale(pathname ?? "/").lang;
}
