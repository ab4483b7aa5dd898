// Text kept in both written languages (a nynorsk field and an optional bokmål one). On a bokmål page whose bokmål
// text is missing, the nynorsk text is shown and marked lang="nn" (WCAG 3.1.2, issue 14 item 7), so a screen reader
// reads it as nynorsk; otherwise it is plain text in the page's language.
import { contentLang, localize, type Locale } from "@/lib/i18n";

export function LocalizedText({ lang, nn, nb }: { lang: Locale; nn: string; nb?: string | null }) {
  const text = localize(lang, nn, nb);
  const marked = contentLang(lang, nb);
  return marked ? <span lang={marked}>{text}</span> : <>{text}</>;
}
