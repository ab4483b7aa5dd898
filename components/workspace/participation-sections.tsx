// The participation sections of the home page (issue 16): the meetings one is called to with forfall (S6), the
// personal calendar subscription, and for the secretariat the seats that forfall left without anyone. The sections
// themselves live in components/participation (also used by /mine-mote and /admin); here only who gets them.
import { CalendarSection } from "@/components/participation/calendar-section";
import { MyMeetingsSection } from "@/components/participation/my-meetings-section";
import { UncoveredSeatsSection } from "@/components/participation/uncovered-seats-section";
import NextLink from "next/link";
import { href, getTranslator } from "@/lib/i18n";
import { readHome } from "@/lib/workspace/data";
import { homeSections, type HomeSection } from "@/lib/workspace/policy";
import { HomeSection as Section, type HomeSectionProps } from "./section";

const shows = (props: HomeSectionProps, section: HomeSection) => homeSections(props.viewer, { hasPerson: props.personId !== null }).includes(section);

const read = (props: HomeSectionProps) => readHome(props.viewer.userId, props.personId, props.viewer, props.now);

export async function HomeMyMeetingsSection(props: HomeSectionProps) {
  return shows(props, "myMeetings") ? <MyMeetingsSection lang={props.lang} read={(await read(props)).myMeetings} /> : null;
}

export async function HomeCalendarSection(props: HomeSectionProps) {
  return shows(props, "calendar") ? <CalendarSection lang={props.lang} userId={props.viewer.userId} subscription={(await read(props)).calendar} /> : null;
}

export async function HomeUncoveredSeatsSection(props: HomeSectionProps) {
  if (!shows(props, "uncoveredSeats")) return null;
  return (
    <div className="mt-10 max-w-3xl min-w-0">
      <UncoveredSeatsSection lang={props.lang} />
    </div>
  );
}

/** Fees (issue 16 item 3): shown to those who sat in a fee-entitled seat, with how many meetings have no claim yet. */
export async function HomeFeesSection(props: HomeSectionProps) {
  if (!shows(props, "fees")) return null;
  const meetings = (await read(props)).fees;
  if (meetings.length === 0) return null;
  const m = getTranslator(props.lang, "fees");
  const open = meetings.filter((x) => !x.claim || x.claim.status === "RETURNED").length;
  return (
    <Section id="fees" heading={m("page.title")}>
      <p className="ds-paragraph">
        <NextLink className="ds-link" href={href(props.lang, "/mine-honorar")}>
          {m("home", { count: open })}
        </NextLink>
      </p>
    </Section>
  );
}
