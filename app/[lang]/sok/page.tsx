import { Link, Paragraph } from "@/components/ui/ds";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { Fragment } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { getViewer } from "@/lib/auth/data";
import { getBodySlugs } from "@/lib/bodies/data";
import { SEARCH_KINDS, type SearchKind } from "@/lib/domain/vocabulary";
import { formatDate, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { getCalendarYears } from "@/lib/meetings/data";
import { COUNT_CAP, findCaseByReference, MARK_END, MARK_START, PAGE_SIZE, searchPublic } from "@/lib/search/data";
import { LocalizedText } from "@/components/i18n/localized-text";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  const m = getTranslator(lang, "searchPage");
  return { ...pageMetadata(lang, "/sok", m("title")), description: m("lead"), robots: { index: false, follow: true } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The snippet as text with <mark> around the matched words; never HTML from the database. */
function Snippet({ text }: { text: string }) {
  const parts: { marked: boolean; text: string }[] = [];
  let rest = text;
  while (rest) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ marked: false, text: rest });
      break;
    }
    const end = rest.indexOf(MARK_END, start);
    if (end === -1) {
      parts.push({ marked: false, text: rest.replace(MARK_START, "") });
      break;
    }
    if (start > 0) parts.push({ marked: false, text: rest.slice(0, start) });
    parts.push({ marked: true, text: rest.slice(start + MARK_START.length, end) });
    rest = rest.slice(end + MARK_END.length);
  }
  return (
    <>
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}

function pageHref(lang: Locale, query: Record<string, string>, page: number) {
  const params = new URLSearchParams(Object.entries({ ...query, side: String(page) }).filter(([, v]) => v));
  return href(lang, `/sok?${params.toString()}`);
}

export default async function SearchPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const msg = getTranslator(lang);
  const m = getTranslator(lang, "searchPage");
  const query = await searchParams;
  const q = one(query.q).trim();
  const [bodies, years] = await Promise.all([getBodySlugs(), getCalendarYears()]);
  const kind = (SEARCH_KINDS as readonly string[]).includes(one(query.type)) ? (one(query.type) as SearchKind) : null;
  const body = bodies.find((b) => b.slug === one(query.organ)) ?? null;
  const year = years.includes(Number(one(query.ar))) ? Number(one(query.ar)) : null;
  const page = Math.max(1, Number(one(query.side)) || 1);
  // Per viewer (issue 14.4): members find their bodies' restricted text, the secretariat everything, the anonymous
  // public text only. Search is rendered per request (never cached: lib/http/anonymous-pages.ts).
  const viewer = await getViewer();
  const [result, caseHit] = q
    ? await Promise.all([searchPublic(q, { kind, bodyId: body?.id ?? null, year }, viewer, { page, lang }), page === 1 ? findCaseByReference(q, viewer) : null])
    : [null, null];
  // A case found by its reference is shown on top; the same case among the hits is not shown twice.
  const hits = result?.hits.filter((h) => !caseHit || h.id !== `CASE:${caseHit.caseId}`) ?? [];
  const total = result ? result.total - ((result.hits.length - hits.length)) + (caseHit ? 1 : 0) : 0;
  const bodyName = new Map(bodies.map((b) => [b.id, localize(lang, b.name, b.nameNb)]));
  const current = { q, type: kind ?? "", organ: body?.slug ?? "", ar: year ? String(year) : "" };
  // Past COUNT_CAP matches the count says "over 500" and only the ranked candidates can be paged through.
  const pages = result ? Math.min(50, Math.ceil(result.browsable / PAGE_SIZE)) : 0;

  const select = (id: string, label: string, value: string, options: [string, string][]) => (
    <div className="grid min-w-0 gap-1">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className="ds-input">
        <option value="">{m("all")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageHeader title={m("title")} lead={m("lead")} />
      <form method="get" action={href(lang, "/sok")} role="search" className="mt-8 grid max-w-3xl gap-4">
        <div className="grid gap-1">
          <label htmlFor="q" className="ds-label">
            {m("label")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input id="q" name="q" type="search" defaultValue={q} className="ds-input min-w-0 flex-1" aria-describedby="q-hint" />
            <button type="submit" className="ds-button" data-variant="primary">
              {m("submit")}
            </button>
          </div>
          <span id="q-hint" className="text-sm text-neutral-text-subtle">
            {m("hint")}
          </span>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {select("type", m("kind"), current.type, SEARCH_KINDS.map((k) => [k, msg(`labels.searchKind.${k}`)]))}
          {select("organ", m("body"), current.organ, bodies.map((b) => [b.slug, localize(lang, b.name, b.nameNb)]))}
          {select("ar", m("year"), current.ar, years.map((y) => [String(y), String(y)]))}
        </div>
      </form>

      {result ? (
        <section aria-labelledby="results-heading" className="mt-10 max-w-3xl">
          {/* The live region wraps the heading: role="status" on the h2 itself would take away its heading role. */}
          <div role="status">
            <h2 id="results-heading" className="text-xl font-semibold">
              {total === 0
                ? m("none", { query: q })
                : result.correctedQuery
                  ? m("corrected", { query: q, corrected: result.correctedQuery })
                  : result.capped
                    ? m("manyResults", { query: q, count: COUNT_CAP })
                    : m("results", { query: q, count: total })}
            </h2>
          </div>
          {caseHit ? (
            <p className="mt-4 rounded border border-neutral-border-subtle p-4" data-testid="case-reference-hit">
              <span className="block text-sm text-neutral-text-subtle">
                {msg("labels.searchKind.CASE")} · {[caseHit.reference, ...caseHit.numbers].join(" · ")}
              </span>
              <NextLink href={href(lang, caseHit.url)} className="ds-link font-semibold">
                {caseHit.title}
              </NextLink>
            </p>
          ) : null}
          <ol className="mt-4 grid gap-5" data-testid="search-results">
            {hits.map((hit) => (
              <li key={hit.id}>
                <span className="block text-sm text-neutral-text-subtle">
                  {msg(`labels.searchKind.${hit.kind}`)}
                  {hit.bodyId && bodyName.get(hit.bodyId) ? ` · ${bodyName.get(hit.bodyId)}` : ""}
                  {hit.date ? ` · ${formatDate(lang, hit.date, "short")}` : ""}
                </span>
                <Link asChild>
                  <NextLink href={href(lang, hit.url)} className="font-semibold">
                    <LocalizedText lang={lang} nn={hit.title} nb={hit.titleNb} />
                  </NextLink>
                </Link>
                <p className="mt-1 break-words" data-testid="snippet" lang={hit.snippetLang && hit.snippetLang !== lang ? hit.snippetLang : undefined}>
                  <Snippet text={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav aria-label={m("pagination")} className="mt-8 flex flex-wrap gap-4">
              {page > 1 ? (
                <NextLink href={pageHref(lang, current, page - 1)} className="ds-link" rel="prev">
                  {m("previousPage")}
                </NextLink>
              ) : null}
              <span>{m("page", { page })}</span>
              {page < pages ? (
                <NextLink href={pageHref(lang, current, page + 1)} className="ds-link" rel="next">
                  {m("nextPage")}
                </NextLink>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : (
        <Paragraph className="mt-8">{m("hint")}</Paragraph>
      )}
    </>
  );
}
