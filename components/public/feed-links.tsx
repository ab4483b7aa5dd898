import { Link, Paragraph } from "@/components/ui/ds";
import { type Locale, getTranslator } from "@/lib/i18n";
import { FEED_FORMATS, feedPath, type FeedExtension, type FeedKind } from "@/lib/feeds/paths";

const LABEL: Record<FeedExtension, string> = { xml: "RSS", atom: "Atom", json: "JSON Feed" };

/** Visible links to a page's feeds in the three formats (issue 19.4); the same addresses as its <link rel="alternate">. */
export function FeedLinks({ lang, kinds, body }: { lang: Locale; kinds: FeedKind[]; body?: string | null }) {
  const m = getTranslator(lang, "feeds");
  const name: Record<FeedKind, string> = { nyheiter: m("newsFeeds"), referat: m("minutesFeeds"), sakspapir: m("papersFeeds") };
  return (
    <Paragraph className="mt-3" data-size="sm" data-testid="feed-links">
      {kinds.map((kind, i) => (
        <span key={kind} className="mr-4 inline-block">
          {i === 0 ? `${m("subscribe")}: ` : null}
          {name[kind]}{" "}
          {(Object.keys(FEED_FORMATS) as FeedExtension[]).map((ext, j) => (
            <span key={ext}>
              {j > 0 ? " · " : "("}
              <Link href={feedPath(kind, ext, { lang, body })} type={FEED_FORMATS[ext].linkType} aria-label={`${name[kind]}, ${LABEL[ext]}`}>
                {LABEL[ext]}
              </Link>
              {j === 2 ? ")" : null}
            </span>
          ))}
        </span>
      ))}
    </Paragraph>
  );
}
