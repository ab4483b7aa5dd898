import { Link } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { href, type Locale, getTranslator } from "@/lib/i18n";

/** Links from an overview: register a deviation (when allowed) and the yearly report. */
export function DeviationNav({
  lang,
  year,
  canRegister,
  area,
}: {
  lang: Locale;
  year: number;
  canRegister: boolean;
  area?: string;
}) {
  const m = getTranslator(lang, "deviations.nav");
  const report = `/avvik/rapport/${year}${area ? `?omrade=${encodeURIComponent(area)}` : ""}`;
  return (
    <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
      {canRegister ? (
        <li>
          <Link asChild>
            <NextLink href={href(lang, "/avvik/registrer")}>{m("register")}</NextLink>
          </Link>
        </li>
      ) : null}
      <li>
        <Link asChild>
          <NextLink href={href(lang, report)}>{m("report", { year })}</NextLink>
        </Link>
      </li>
    </ul>
  );
}
