import NextLink from "next/link";
import { href, type Locale, getTranslator } from "@/lib/i18n";
import { pageCount, pageHref } from "@/lib/lists/paging";

/**
 * Previous/next links for a paged list, plain links with ?side=N (no JavaScript needed), and which rows are shown.
 * `path` is language-neutral; `query` holds the list's filters, kept on every link.
 */
export function Pager({
  lang,
  path,
  query,
  page,
  pageSize,
  total,
}: {
  lang: Locale;
  path: string;
  query: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const m = getTranslator(lang, "lists.pager");
  const pages = pageCount(total, pageSize);
  const from = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={m("label")} className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-2" data-testid="pager">
      <p className="text-sm" aria-live="polite">
        {m("showing", { count: total, from, to })}
      </p>
      {pages > 1 ? (
        <>
          {page > 1 ? (
            <NextLink href={href(lang, pageHref(path, query, page - 1))} className="ds-link" rel="prev">
              {m("previous")}
            </NextLink>
          ) : null}
          <span className="text-sm">{m("page", { page: Math.min(page, pages), pages })}</span>
          {page < pages ? (
            <NextLink href={href(lang, pageHref(path, query, page + 1))} className="ds-link" rel="next">
              {m("next")}
            </NextLink>
          ) : null}
        </>
      ) : null}
    </nav>
  );
}
