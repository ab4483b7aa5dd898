// "Kalenderen din": the personal webcal subscription (meetings one is called to, as member or called-in deputy) and
// the public body calendars as webcal:// links. A section for the home page (Mitt Saman) and /mine-mote.
import { SectionHeading } from "@/components/layout/page-header";
import { getBodySlugs } from "@/lib/bodies/data";
import { localize, type Locale, getTranslator } from "@/lib/i18n";
import { renewCalendarAction, revokeCalendarAction } from "@/lib/participation/actions";
import { getCalendarSubscription } from "@/lib/participation/data";
import { siteOrigin } from "@/lib/site-url";
import { CalendarControls } from "./calendar-controls";
import { ClientMessages } from "@/components/i18n/client-messages";

/** `subscription`: when the page has read it already (the home page's one read); else the section reads it. */
export async function CalendarSection({ lang, userId, subscription: known }: { lang: Locale; userId: string; subscription?: { createdAt: Date } | null }) {
  const m = getTranslator(lang, "participation.calendar");
  const [subscription, bodies] = await Promise.all([known === undefined ? getCalendarSubscription(userId) : known, getBodySlugs()]);
  const origin = siteOrigin();
  const webcal = (path: string) => `${origin}${path}`.replace(/^https?:\/\//, "webcal://");
  return (
    <section aria-labelledby="calendar-heading" className="mt-10 max-w-3xl">
      <SectionHeading id="calendar-heading">{m("heading")}</SectionHeading>
      <p className="ds-paragraph mt-3">{m("intro")}</p>
      <ClientMessages lang={lang} for="CalendarControls"><CalendarControls
        lang={lang}
        origin={origin}
        since={subscription ? subscription.createdAt.toISOString() : null}
        renew={renewCalendarAction}
        revoke={revokeCalendarAction}
      /></ClientMessages>
      <h3 className="ds-heading mt-6" data-size="2xs">
        {m("bodiesHeading")}
      </h3>
      <p className="ds-paragraph mt-1">{m("bodiesIntro")}</p>
      <ul className="mt-2 grid gap-1">
        <li>
          <a className="ds-link" href={webcal("/api/kalender.ics")}>
            {getTranslator(lang)("feeds.calendarName")}
          </a>
        </li>
        {bodies.map((b) => (
          <li key={b.id}>
            <a className="ds-link" href={webcal(`/api/kalender/${encodeURIComponent(b.slug)}.ics`)}>
              {localize(lang, b.name, b.nameNb)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
