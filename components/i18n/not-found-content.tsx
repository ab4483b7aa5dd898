"use client";

import { Link, Paragraph } from "@/components/ui/ds";
import NextLink from "next/link";
import { href } from "@/lib/i18n/paths";
import { getShellMessages } from "@/lib/i18n/shell-messages";
import { PageHeader } from "@/components/layout/page-header";
import { useLang } from "./use-lang";

/** The body of a 404 page, in the language of the address. */
export function NotFoundContent() {
  const lang = useLang();
  const m = getShellMessages(lang);
  return (
    <div className="max-w-3xl">
      <title>{`${m.notFound.title} – ${m.site.name}`}</title>
      <PageHeader title={m.notFound.title} />
      <Paragraph className="mt-4">{m.notFound.body}</Paragraph>
      <Paragraph className="mt-4">
        <Link asChild>
          <NextLink href={href(lang, "/")}>{m.notFound.home}</NextLink>
        </Link>
      </Paragraph>
    </div>
  );
}
