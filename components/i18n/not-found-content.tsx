"use client";

import { Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import { href } from "@/lib/i18n/paths";
import { PageHeader } from "@/components/layout/page-header";
import { shellText, type ShellKey } from "./shell-messages";
import { useLang } from "./use-lang";

/** The body of a 404 page, in the language of the address. */
export function NotFoundContent() {
  const lang = useLang();
  const t = (key: ShellKey, values?: Record<string, string>) => shellText(lang, key, values);
  return (
    <div className="max-w-3xl">
      <title>{`${t("notFound.title")} – ${t("site.name")}`}</title>
      <PageHeader title={t("notFound.title")} />
      <Paragraph className="mt-4">{t("notFound.body")}</Paragraph>
      <Paragraph className="mt-4">
        <Link asChild>
          <NextLink href={href(lang, "/")}>{t("notFound.home")}</NextLink>
        </Link>
      </Paragraph>
    </div>
  );
}
