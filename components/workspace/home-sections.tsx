// The sections of the personal home page (Mitt Saman), in page order. Each decides for itself whether the viewer gets
// it (lib/workspace/policy.ts) and takes its data from the page's one read (readHome in lib/workspace/data.ts, shared
// through React's cache) or the public data cache, so adding a section is one line here (and, if it needs more about
// the person, a relation in readHome).
import type { ComponentType } from "react";
import { MeasuresSection, MeetingsSection, MinutesSection, SeatsSection } from "./member-sections";
import { HomeCalendarSection, HomeFeesSection, HomeMyMeetingsSection, HomeUncoveredSeatsSection } from "./participation-sections";
import { PartnerCasesSection } from "./partner-section";
import type { HomeSectionProps } from "./section";
import { TasksSection } from "./tasks-section";

export const HOME_SECTIONS: readonly { key: string; Section: ComponentType<HomeSectionProps> }[] = [
  { key: "tasks", Section: TasksSection },
  { key: "uncovered-seats", Section: HomeUncoveredSeatsSection },
  { key: "seats", Section: SeatsSection },
  { key: "my-meetings", Section: HomeMyMeetingsSection },
  { key: "meetings", Section: MeetingsSection },
  { key: "partner-cases", Section: PartnerCasesSection },
  { key: "minutes", Section: MinutesSection },
  { key: "measures", Section: MeasuresSection },
  { key: "fees", Section: HomeFeesSection },
  { key: "calendar", Section: HomeCalendarSection },
];
