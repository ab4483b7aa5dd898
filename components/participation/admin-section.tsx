// The participation part of a meeting's admin page (phase "møte"): who comes per seat (member / deputy / nobody /
// not answered), answers on a member's behalf until the start (audited), and from the start the attendance register,
// with the seats nobody filled and the hard rules of the retningsline the body breaks that day (rules engine).
import { SectionHeading } from "@/components/layout/page-header";
import { localize, type Locale, getTranslator } from "@/lib/i18n";
import { formatRuleMessage } from "@/lib/membership/format";
import { answerOnBehalfAction, saveAttendanceAction } from "@/lib/participation/actions";
import { getMeetingParticipation, type SeatLine } from "@/lib/participation/data";
import { canAnswer, canRecordAttendance } from "@/lib/participation/policy";
import { AnswerForm } from "./answer-form";
import { answerFormText } from "./answer-form-text";
import { AttendanceForm, type RegisterSeat } from "./attendance-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function ParticipationAdminSection({ lang, meetingId }: { lang: Locale; meetingId: string }) {
  const data = await getMeetingParticipation(meetingId);
  if (!data) return null;
  const all = getTranslator(lang);
  const m = getTranslator(lang, "participation.admin");
  const now = new Date();
  const seatLabel = (s: SeatLine) => {
    const party = s.seat.party ? localize(lang, s.seat.party.name, s.seat.party.nameNb) : null;
    return [all(`membership.roles.${s.seat.role}`), all(`membership.seats.${s.seat.category}`), party].filter(Boolean).join(", ");
  };
  const counts = { member: 0, deputy: 0, absent: 0, unanswered: 0 };
  for (const s of data.seats) counts[s.state]++;
  const register: RegisterSeat[] = data.seats.map((s) => {
    const deputy = s.calledDeputy ?? s.deputy;
    const expected = s.state === "member" || s.state === "unanswered" ? "HOLDER" : s.state === "deputy" ? "DEPUTY" : "ABSENT";
    return {
      id: s.seat.membershipId,
      legend: m("seatLegend", { name: s.seat.name, seat: seatLabel(s) }),
      deputyName: deputy?.name ?? null,
      value: s.attendance?.status ?? expected,
    };
  });
  const unfilled = data.registerSaved ? data.seats.filter((s) => s.attendance?.status === "ABSENT" || !s.attendance) : [];

  return (
    <section aria-labelledby="participation-heading" className="mt-10 max-w-4xl" data-testid="participation-admin">
      <SectionHeading id="participation-heading">{m("heading")}</SectionHeading>

      <h3 className="ds-heading mt-4" data-size="2xs">
        {m("responsesHeading")}
      </h3>
      <p className="ds-paragraph mt-1" data-testid="participation-summary">
        {m("summary", counts)}
      </p>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="participation-caption">
        <table className="ds-table" data-size="sm" data-testid="participation-table">
          <caption id="participation-caption" className="sr-only">
            {m("responsesCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m("columns.member")}</th>
              <th scope="col">{m("columns.seat")}</th>
              <th scope="col">{m("columns.deputy")}</th>
              <th scope="col">{m("columns.state")}</th>
              <th scope="col">{m("columns.note")}</th>
            </tr>
          </thead>
          <tbody>
            {data.seats.map((s) => (
              <tr key={s.seat.membershipId}>
                <th scope="row" className="font-normal">
                  {s.seat.name}
                  {s.breaches.length ? <strong className="block text-danger-text-default">{m("breachSeat", { codes: s.breaches.join(", ") })}</strong> : null}
                </th>
                <td>{seatLabel(s)}</td>
                <td>{s.deputy?.name ?? m("noDeputy")}</td>
                <td>
                  {m(`states.${s.state}`)}
                  {s.calledDeputy ? <span className="block text-sm">{m("calledDeputy", { name: s.calledDeputy.name })}</span> : null}
                  {s.onBehalf ? <span className="block text-sm">{m("onBehalfNote")}</span> : null}
                </td>
                <td>{s.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="ds-heading mt-6" data-size="2xs">
        {m("onBehalfHeading")}
      </h3>
      {canAnswer(data.meeting, now) ? (
        <div className="mt-2">
          <AnswerForm
            lang={lang}
            text={answerFormText(lang)}
            id="answer-on-behalf"
            action={answerOnBehalfAction}
            meetingId={meetingId}
            members={[
              ...data.seats.map((s) => ({ value: s.seat.membershipId, label: `${s.seat.name} (${seatLabel(s)})` })),
              // A called-in deputy may have forfall too (then the seat is uncovered).
              ...data.seats.flatMap((s) => (s.calledDeputy ? [{ value: s.calledDeputy.membershipId, label: `${s.calledDeputy.name} (${m("deputyFor", { name: s.seat.name })})` }] : [])),
            ]}
            current={null}
            submit={m("onBehalfSubmit")}
          />
        </div>
      ) : (
        <p className="ds-paragraph mt-1">{m("onBehalfClosed")}</p>
      )}

      <h3 className="ds-heading mt-6" data-size="2xs">
        {m("registerHeading")}
      </h3>
      <p className="ds-paragraph mt-1" data-testid="register-state">
        {data.registerSaved ? m("registerSavedAt") : m("registerNone")}
      </p>
      {data.registerSaved ? (
        <p className="ds-paragraph mt-1" data-testid="unfilled-seats">
          {unfilled.length ? m("unfilled", { names: unfilled.map((s) => `${s.seat.name} (${seatLabel(s)})`).join("; ") }) : m("allFilled")}
        </p>
      ) : null}
      <div className="mt-2" data-testid="hard-breaches">
        <h4 className="font-semibold">{m("breachesHeading")}</h4>
        {data.hardFindings.length ? (
          <ul className="mt-1 grid list-disc gap-1 pl-5">
            {data.hardFindings.map((f, i) => (
              <li key={`${f.code}-${i}`}>
                {f.code}: {formatRuleMessage(getTranslator(lang), lang, f.message)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="ds-paragraph">{m("noBreaches")}</p>
        )}
      </div>
      {canRecordAttendance(data.meeting, now) ? (
        <div className="mt-4">
          <ClientMessages lang={lang} for="AttendanceForm"><AttendanceForm meetingId={meetingId} version={data.registerVersion} seats={register} action={saveAttendanceAction} /></ClientMessages>
        </div>
      ) : (
        <p className="ds-paragraph mt-2">{m("registerNotYet")}</p>
      )}
    </section>
  );
}
