// The member's and deputy's sections of the home page: seats (with the personal deputy, S6), the next meetings with
// their agenda and every paper the viewer may read (restricted ones marked with their legal basis), the latest
// minutes and the action-plan measures their bodies own. Each section reads its own data (lib/workspace/data.ts).
import NextLink from "next/link";
import { Paragraph } from "@/components/ui/ds";
import { meetingPath } from "@/components/meetings/meeting-lists";
import { DocumentList } from "@/components/public/document-list";
import { bodyPath } from "@/lib/bodies/paths";
import { formatDate, formatDateTime, href, localize, type Locale, getTranslator } from "@/lib/i18n";
import { osloIsoDate } from "@/lib/i18n/dates";
import { bodyKey, latestMinutes, ownedMeasures, readHome, type HomeBody } from "@/lib/workspace/data";
import { homeSections } from "@/lib/workspace/policy";
import { HomeSection, type HomeSectionProps } from "./section";

const personName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
const bodyName = (lang: Locale, b: HomeBody) => localize(lang, b.name, b.nameNb);

function shows(props: HomeSectionProps, section: ReturnType<typeof homeSections>[number]): boolean {
  return homeSections(props.viewer, { hasPerson: props.personId !== null }).includes(section);
}

export async function SeatsSection(props: HomeSectionProps) {
  if (!shows(props, "seats") || !props.personId) return null;
  const { lang } = props;
  const m = getTranslator(lang);
  const w = getTranslator(lang, "workspace.seats");
  const { seats } = await readHome(props.viewer.userId, props.personId, props.viewer, props.now);
  return (
    <HomeSection id="seats" heading={w("heading")}>
      {seats.length === 0 ? <Paragraph>{w("none")}</Paragraph> : null}
      <ul className="grid grid-cols-1 gap-4" data-testid="seats">
        {seats.map((s) => (
          <li key={s.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3">
            <NextLink href={href(lang, bodyPath(s.body))} className="ds-link font-semibold">
              {bodyName(lang, s.body)}
            </NextLink>
            <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
              <dt className="font-semibold">{w("role")}</dt>
              <dd>
                {m(`labels.role.${s.role}`)} ({m(`labels.seat.${s.seat}`)})
              </dd>
              {s.party ? (
                <>
                  <dt className="font-semibold">{w("party")}</dt>
                  <dd>{localize(lang, s.party.name, s.party.nameNb)}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{w("termEnd")}</dt>
              <dd>{s.termEnd ? formatDate(lang, s.termEnd, "long") : w("openEnded")}</dd>
            </dl>
            <p className="ds-paragraph mt-2" data-size="sm" data-testid="seat-deputy">
              {s.principal
                ? w("deputiseFor", { name: personName(s.principal) })
                : s.deputies.length > 0
                  ? w("myDeputy", { name: s.deputies.map(personName).join(", ") })
                  : s.role === "OBSERVER"
                    ? null
                    : w("noDeputy")}
            </p>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}

export async function MeetingsSection(props: HomeSectionProps) {
  if (!shows(props, "meetings")) return null;
  const { lang } = props;
  const m = getTranslator(lang);
  const w = getTranslator(lang, "workspace.meetings");
  const { meetings } = await readHome(props.viewer.userId, props.personId, props.viewer, props.now);
  return (
    <HomeSection id="meetings" heading={w("heading")}>
      {meetings.length === 0 ? <Paragraph>{w("none")}</Paragraph> : null}
      <ol className="grid grid-cols-1 gap-6" data-testid="next-meetings">
        {meetings.map((mt) => (
          <li key={mt.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3" data-meeting={mt.id}>
            <h3 className="font-semibold [overflow-wrap:anywhere]">
              <NextLink href={href(lang, meetingPath(mt.id))} className="ds-link">
                {bodyName(lang, mt.body)}, {formatDateTime(lang, mt.startsAt)}
              </NextLink>
            </h3>
            <p className="ds-paragraph" data-size="sm">
              {mt.title ? `${mt.title} · ` : ""}
              {m(`labels.meetingStatus.${mt.status}`)}
            </p>
            {mt.agendaPublic ? (
              <>
                <h4 className="mt-3 font-semibold">{w("agenda")}</h4>
                <ol className="mt-2 grid grid-cols-1 gap-3">
                  {mt.agenda.map((item) => (
                    <li key={item.id} className="min-w-0 [overflow-wrap:anywhere]">
                      <span className="font-semibold">
                        {item.caseNumber ? `${item.caseNumber} ` : `${item.position}. `}
                        {localize(lang, item.title, item.titleNb)}
                      </span>
                      {item.documents.length > 0 ? (
                        <div className="mt-2">
                          <DocumentList lang={lang} documents={item.documents} />
                        </div>
                      ) : null}
                    </li>
                  ))}
                </ol>
                {mt.documents.length > 0 ? (
                  <>
                    <h4 className="mt-3 font-semibold">{w("papers")}</h4>
                    <div className="mt-2">
                      <DocumentList lang={lang} documents={mt.documents} />
                    </div>
                  </>
                ) : null}
              </>
            ) : (
              <Paragraph className="mt-2" data-size="sm">
                {w("agendaNotYet")}
              </Paragraph>
            )}
          </li>
        ))}
      </ol>
    </HomeSection>
  );
}

export async function MinutesSection(props: HomeSectionProps) {
  if (!shows(props, "minutes")) return null;
  const { lang } = props;
  const w = getTranslator(lang, "workspace.minutes");
  const minutes = await latestMinutes(bodyKey(props.viewer.memberBodyIds));
  return (
    <HomeSection id="minutes" heading={w("heading")}>
      {minutes.length === 0 ? <Paragraph>{w("none")}</Paragraph> : null}
      <ul className="grid grid-cols-1 gap-2" data-testid="latest-minutes">
        {minutes.map((mt) => (
          <li key={mt.id} className="min-w-0">
            <NextLink href={href(lang, `${meetingPath(mt.id)}#minutes`)} className="ds-link">
              {bodyName(lang, mt.body)}, {formatDate(lang, mt.startsAt, "long")}
            </NextLink>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}

export async function MeasuresSection(props: HomeSectionProps) {
  if (!shows(props, "measures")) return null;
  const { lang } = props;
  const m = getTranslator(lang);
  const w = getTranslator(lang, "workspace.measures");
  const measures = await ownedMeasures(bodyKey(props.viewer.memberBodyIds), Number(osloIsoDate(props.now).slice(0, 4)));
  return (
    <HomeSection id="measures" heading={w("heading")}>
      {measures.length === 0 ? <Paragraph>{w("none")}</Paragraph> : null}
      <ul className="grid grid-cols-1 gap-2" data-testid="owned-measures">
        {measures.map((x) => (
          <li key={x.id} className="min-w-0 [overflow-wrap:anywhere]">
            <NextLink href={href(lang, `/handlingsplan/tiltak/${x.id}`)} className="ds-link">
              {x.code} {localize(lang, x.title, x.titleNb)}
            </NextLink>
            <span className="block text-sm text-neutral-text-subtle">
              {bodyName(lang, x.body)} · {w("status", { status: m(`labels.measureStatus.${x.status}`) })}
            </span>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
