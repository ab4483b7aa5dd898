import { Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@digdir/designsystemet-react";
import NextLink from "next/link";
import { SectionHeading } from "@/components/layout/page-header";
import type { DeviationListItem } from "@/lib/deviations/data";
import { href, type Locale, getTranslator } from "@/lib/i18n";

export function monthLabel(lang: Locale, month: Date): string {
  const m = getTranslator(lang, "deviations");
  return `${m.raw("months")[month.getUTCMonth()]} ${month.getUTCFullYear()}`;
}

/** An area's single registrations (only for those who follow them up), each linking to its follow-up page. */
export function DeviationList({ lang, year, items }: { lang: Locale; year: number; items: DeviationListItem[] }) {
  const m = getTranslator(lang, "deviations");
  return (
    <section className="mt-12">
      <SectionHeading id="registrations-heading">{m("list.heading", { year })}</SectionHeading>
      <Paragraph className="mt-2">{m("list.intro")}</Paragraph>
      {items.length === 0 ? (
        <Paragraph className="mt-3">{m("list.empty")}</Paragraph>
      ) : (
        <div className="mt-4 max-w-full overflow-x-auto" role="region" aria-labelledby="registrations-heading" tabIndex={0}>
          <Table data-size="sm" zebra className="w-full" data-testid="deviation-list">
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{m("list.month")}</TableHeaderCell>
                <TableHeaderCell scope="col">{m("list.category")}</TableHeaderCell>
                <TableHeaderCell scope="col">{m("list.parties")}</TableHeaderCell>
                <TableHeaderCell scope="col">{m("list.severity")}</TableHeaderCell>
                <TableHeaderCell scope="col">{m("list.status")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>
                    <Link asChild>
                      <NextLink
                        href={href(lang, `/avvik/${encodeURIComponent(item.id)}`)}
                        aria-label={m("list.openLabel", { month: monthLabel(lang, item.month), category: m(`categories.${item.category}`) })}
                      >
                        {monthLabel(lang, item.month)}
                      </NextLink>
                    </Link>
                  </TableCell>
                  <TableCell>{m(`categories.${item.category}`)}</TableCell>
                  <TableCell>
                    {item.reportingParty} → {item.concernedParty}
                  </TableCell>
                  <TableCell>{m(`severities.${item.severity}`)}</TableCell>
                  <TableCell>
                    <Tag data-color={item.hasFollowUp ? "success" : "warning"} data-size="sm">
                      {item.hasFollowUp ? m("list.followedUp") : m("list.notFollowedUp")}
                    </Tag>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
