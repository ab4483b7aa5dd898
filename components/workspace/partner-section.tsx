// The partner contact's section: their party's cases with status, next step and meeting, and "Meld inn ei sak".
import NextLink from "next/link";
import { Paragraph } from "@/components/ui/ds";
import { meetingPath } from "@/components/meetings/meeting-lists";
import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { getPartnerHome } from "@/lib/workspace/data";
import { openAdoptionCount } from "@/lib/adoption/data";
import { openRoundCount } from "@/lib/consultation/data";
import { can } from "@/lib/auth/permissions";
import { homeSections } from "@/lib/workspace/policy";
import { HomeSection, type HomeSectionProps } from "./section";

export async function PartnerCasesSection({ lang, viewer, personId }: HomeSectionProps) {
  if (!homeSections(viewer, { hasPerson: personId !== null }).includes("partnerCases") || !viewer.partyId) return null;
  const m = getTranslator(lang);
  const w = getTranslator(lang, "workspace.partner");
  const adopts = can(viewer, "adoption.update", { partyId: viewer.partyId });
  const answers = can(viewer, "consultation.answer", { partyId: viewer.partyId });
  const [{ party, cases, total }, openAdoptions, openRounds] = await Promise.all([getPartnerHome(viewer.partyId), adopts ? openAdoptionCount(viewer.partyId) : 0, answers ? openRoundCount(viewer.partyId) : 0]);
  const partyName = party ? localize(lang, party.name, party.nameNb) : "";
  return (
    <HomeSection id="partner-cases" heading={w("heading", { party: partyName })}>
      <p className="ds-paragraph">
        <NextLink href={href(lang, "/meld-inn-sak")} className="ds-button" data-variant="primary">
          {w("submit")}
        </NextLink>
      </p>
      {adopts ? (
        // Issue 21.1: the party's adoption of the agreements SSU has adopted.
        <p className="ds-paragraph mt-3">
          <NextLink href={href(lang, "/mine-vedtak")} className="ds-link">
            {m("adoption.own.homeLink", { party: partyName, open: openAdoptions })}
          </NextLink>
        </p>
      ) : null}
      {answers ? (
        // Issue 21.2: the consultation rounds asking the party.
        <p className="ds-paragraph mt-3">
          <NextLink href={href(lang, "/mine-hoyringar")} className="ds-link">
            {m("consultation.own.homeLink", { party: partyName, open: openRounds })}
          </NextLink>
        </p>
      ) : null}
      {cases.length === 0 ? <Paragraph className="mt-3">{w("none")}</Paragraph> : null}
      <ul className="mt-4 grid grid-cols-1 gap-3" data-testid="partner-cases">
        {cases.map((c) => (
          <li key={c.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3 [overflow-wrap:anywhere]">
            <NextLink href={href(lang, `/mine-saker/${c.id}`)} className="ds-link font-semibold">
              {c.reference}: {c.title}
            </NextLink>
            <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
              <dt className="font-semibold">{w("status")}</dt>
              <dd>
                {m(`labels.caseStatus.${c.status}`)} ({localize(lang, c.currentBody.name, c.currentBody.nameNb)})
              </dd>
              <dt className="font-semibold">{w("nextStep")}</dt>
              <dd>{w(`steps.${c.status}`)}</dd>
              <dt className="font-semibold">{w("meeting")}</dt>
              <dd>
                {c.meeting ? (
                  <NextLink href={href(lang, meetingPath(c.meeting.id))} className="ds-link">
                    {m("workspace.submitted.meetingLine", {
                      body: localize(lang, c.meeting.body.name, c.meeting.body.nameNb),
                      date: formatDate(lang, c.meeting.startsAt, "long"),
                    })}
                  </NextLink>
                ) : (
                  w("noMeeting")
                )}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      {total > cases.length || total > 0 ? (
        <p className="ds-paragraph mt-3">
          <NextLink href={href(lang, "/mine-saker")} className="ds-link">
            {w("all")} ({total})
          </NextLink>
        </p>
      ) : null}
    </HomeSection>
  );
}
