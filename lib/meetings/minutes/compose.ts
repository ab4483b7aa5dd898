// The minutes draft written from what happened (issue 15 item 5): the meeting, who was there, and for every agenda
// item its number, title and recorded decision, in the editor's markup (./markup.ts). Pure.
import { formatDate, formatTimeRange, getTranslator } from "@/lib/i18n";

export type MinutesAttendee = { name: string; role: "LEADER" | "DEPUTY_LEADER" | "MEMBER" | "DEPUTY"; party: string | null };

export type MinutesFacts = {
  bodyName: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  attendees: MinutesAttendee[];
  items: { number: string | null; title: string; decision: { kind: "CONSENSUS" | "DISAGREEMENT"; text: string; disagreementNote: string | null } | null }[];
};

/** Markup never sees a line start that would turn into a list or heading by accident. */
const flat = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

export function composeMinutesDraft(facts: MinutesFacts): string {
  const m = getTranslator("nn", "meetingWorkflow.minutes");
  const when = `${formatDate("nn", facts.startsAt, "full")} ${formatTimeRange("nn", facts.startsAt, facts.endsAt)}`;
  const out: string[] = [
    `## ${m("heading", { body: facts.bodyName })}`,
    `${m("time", { when })}\n${m("place", { place: facts.location ?? "–" })}`,
    `### ${m("present")}`,
    facts.attendees.length
      ? facts.attendees
          .map((a) => `- ${a.name}${a.party ? `, ${a.party}` : ""}${a.role === "LEADER" ? ` (${m("leader")})` : a.role === "DEPUTY" ? ` (${m("deputy")})` : ""}`)
          .join("\n")
      : "–",
    `## ${m("agenda")}`,
  ];
  facts.items.forEach((item, i) => {
    out.push(`### ${i + 1}. ${item.number ? `${item.number} ` : ""}${flat(item.title)}`);
    if (!item.decision) out.push(m("noDecision"));
    else if (item.decision.kind === "CONSENSUS") out.push(`**${m("decision")}:** ${flat(item.decision.text)}`);
    else out.push(`**${m("disagreement")}:** ${flat(item.decision.text)}${item.decision.disagreementNote ? ` ${flat(item.decision.disagreementNote)}` : ""}`);
  });
  return out.join("\n\n");
}
