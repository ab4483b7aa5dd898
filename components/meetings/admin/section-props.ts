// What every section of a meeting's admin page gets, and the small helpers they share.
import { localize, type Locale } from "@/lib/i18n";
import type { AdminMeeting } from "@/lib/meetings/data";
import type { MeetingState } from "@/lib/meetings/policy";
import { caseNumberText } from "./labels";

export type SectionProps = { lang: Locale; meeting: AdminMeeting; state: MeetingState };

/** File types the upload fields offer (the server checks by content whatever the browser sends). */
export const ACCEPT = ".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.gif,.webp,application/pdf";

export function itemLabel(lang: Locale, item: AdminMeeting["agendaItems"][number]) {
  const number = caseNumberText(item.caseNumber);
  return `${number ? `${number} ` : ""}${localize(lang, item.title, item.titleNb)}`;
}
