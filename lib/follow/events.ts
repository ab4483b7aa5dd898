// The events followers are told about (issue 16 item 5), built from what the causing mutation has at hand. Only public
// facts go in: a body's minutes once published, a case's reference/title/status (sent only to followers who may see
// the case, lib/follow/mutations.ts), a published news article's title and lead, a measure's status. Never a document
// title – a restricted paper's title cannot leak through an alert.
import { formatDate, getTranslator, localize, type MessageKey } from "@/lib/i18n";
import type { FollowEvent } from "./mutations";

type Named = { name: string; nameNb: string | null };

export function minutesPublishedEvent(meeting: { id: string; startsAt: Date; body: Named & { id: string } }): FollowEvent {
  return {
    target: "BODY",
    targetId: meeting.body.id,
    key: `minutes:${meeting.id}`,
    message: (lang) => {
      const m = getTranslator(lang, "follow.mail");
      const facts = { body: localize(lang, meeting.body.name, meeting.body.nameNb), date: formatDate(lang, meeting.startsAt, "long") };
      return { subject: m("minutesSubject", facts), text: m("minutesBody", facts), path: `/mote/${encodeURIComponent(meeting.id)}/referat` };
    },
  };
}

export function caseStatusEvent(c: { id: string; reference: string; title: string; status: string }, changeKey: string): FollowEvent {
  return {
    target: "CASE",
    targetId: c.id,
    key: `case:${c.id}:${changeKey}`,
    message: (lang) => {
      const msgs = getTranslator(lang);
      const labels = getTranslator(lang, "labels");
      const key = `caseStatus.${c.status}` as MessageKey<"labels">;
      const status = labels.has(key) ? labels(key) : c.status;
      return {
        subject: msgs("follow.mail.caseSubject", { reference: c.reference }),
        text: msgs("follow.mail.caseBody", { title: c.title, status }),
        path: `/sak/${encodeURIComponent(c.id)}`,
      };
    },
  };
}

export function newsPublishedEvent(article: { id: string; slug: string; title: string; titleNb: string | null; lead: string; leadNb: string | null }): FollowEvent {
  return {
    target: "NEWS",
    targetId: "",
    key: `news:${article.id}`,
    message: (lang) => {
      const m = getTranslator(lang, "follow.mail");
      const title = localize(lang, article.title, article.titleNb);
      return { subject: m("newsSubject", { title }), text: m("newsBody", { title, summary: localize(lang, article.lead, article.leadNb) }), path: `/nyheiter/${article.slug}` };
    },
  };
}

export function measureStatusEvent(measure: { id: string; title: string; titleNb: string | null; status: string }, changeKey: string): FollowEvent {
  return {
    target: "MEASURE",
    targetId: measure.id,
    key: `measure:${measure.id}:${changeKey}`,
    message: (lang) => {
      const msgs = getTranslator(lang);
      const labels = getTranslator(lang, "labels");
      const title = localize(lang, measure.title, measure.titleNb);
      const key = `measureStatus.${measure.status}` as MessageKey<"labels">;
      const status = labels.has(key) ? labels(key) : measure.status;
      return { subject: msgs("follow.mail.measureSubject", { title }), text: msgs("follow.mail.measureBody", { title, status }), path: `/handlingsplan/tiltak/${encodeURIComponent(measure.id)}` };
    },
  };
}
