"use client";

import NextLink from "next/link";
import { useEffect } from "react";
import { Link, Paragraph } from "@/components/ui/ds";
import { href } from "@/lib/i18n/paths";
import { shellText, type ShellKey } from "@/components/i18n/shell-messages";
import { useLang } from "@/components/i18n/use-lang";
import { PageHeader } from "@/components/layout/page-header";

// A friendly message in the page's language when a page fails to render. Never the error's message or stack: in
// production Next only forwards a digest (a reference to the server log), which is shown so support can find it.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const lang = useLang();
  const t = (key: ShellKey, values?: Record<string, string>) => shellText(lang, key, values);
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="max-w-3xl">
      <title>{`${t("error.title")} – ${t("site.name")}`}</title>
      <PageHeader title={t("error.title")} />
      <Paragraph className="mt-4">{t("error.body")}</Paragraph>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" className="ds-button" data-variant="primary" onClick={() => retry()}>
          {t("error.retry")}
        </button>
        <Link asChild>
          <NextLink href={href(lang, "/")}>{t("error.home")}</NextLink>
        </Link>
      </div>
      {digest ? (
        <Paragraph data-size="sm" className="mt-6 text-neutral-text-subtle">
          {t("error.reference", { digest })}
        </Paragraph>
      ) : null}
    </div>
  );
}
