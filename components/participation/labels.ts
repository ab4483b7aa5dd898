// Small text helpers shared by the participation components.
import { type Locale, getTranslator } from "@/lib/i18n";
import type { MyMeeting } from "@/lib/participation/person-meetings/data";

export function answerText(lang: Locale, meeting: Pick<MyMeeting, "answer" | "canAnswer" | "cancelledAt">): string {
  const m = getTranslator(lang, "participation.myMeetings");
  const state = meeting.answer ? (meeting.answer.attending ? m("coming") : m("absent")) : m("notAnswered");
  return meeting.canAnswer ? state : `${state} ${m("closed")}`;
}
