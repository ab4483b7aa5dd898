"use client";

import { Link, Paragraph } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { getMessages, href } from "@/lib/i18n";
import { PageHeader } from "@/components/layout/page-header";
import { useLang } from "./use-lang";

/** The body of a 404 page, in the language of the address. */
export function NotFoundContent() {
  const lang = useLang();
  const m = getMessages(lang);
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
