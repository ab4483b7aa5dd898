// The secretariat's task: seats of coming meetings where the member has forfall and no personal deputy will come
// (none, or the deputy has forfall too; S6). Each line links to the meeting's admin page (answers, register).
import NextLink from "next/link";
import { SectionHeading } from "@/components/layout/page-header";
import { formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { getUncoveredSeats } from "@/lib/participation/data";

export async function UncoveredSeatsSection({ lang }: { lang: Locale }) {
  const m = getTranslator(lang, "participation.tasks");
  const seats = await getUncoveredSeats(new Date());
  return (
    <section aria-labelledby="uncovered-seats" data-testid="uncovered-seats">
      <SectionHeading id="uncovered-seats">{m("heading")}</SectionHeading>
      {seats.length === 0 ? (
        <p className="ds-paragraph mt-2">{m("none")}</p>
      ) : (
        <ul className="mt-2 grid gap-2">
          {seats.map((s) => (
            <li key={`${s.meetingId}-${s.member}`}>
              <NextLink className="ds-link" href={href(lang, `/admin/moter/${s.meetingId}`)}>
                {m("meeting", { body: localize(lang, s.body.name, s.body.nameNb), date: formatDateTime(lang, s.startsAt) })}
              </NextLink>
              : {s.deputy ? m("deputyAbsent", { member: s.member, deputy: s.deputy }) : m("noDeputy", { member: s.member })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
