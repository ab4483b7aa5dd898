import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { randomUUID } from "node:crypto";
import { SubmissionForm } from "@/components/cases/submission-form";
import { PageHeader } from "@/components/layout/page-header";
import { getViewer } from "@/lib/auth/data";
import { can } from "@/lib/auth/permissions";
import { isStaff } from "@/lib/auth/viewer";
import { submitParties, submitTargets, userContact } from "@/lib/cases/data";
import { href, localize, getTranslator, osloIsoDate } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { priorityGroupsOffered } from "@/lib/structure/data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/meld-inn-sak", getTranslator(lang)("cases.submit.title"));
}

// Partner contacts submit cases for their own party, the secretariat for any (permission table: case.submit).
// Visitors who are not signed in are told how to get an account.
export default async function SubmitCasePage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const s = getTranslator(lang, "cases.submit");
  const viewer = await getViewer();
  if (viewer.userId === null || !can(viewer, "case.submit")) {
    const signedIn = viewer.userId !== null;
    return (
      <div data-testid="case-access">
        <PageHeader title={signedIn ? s("forbiddenTitle") : s("signInTitle")} lead={s("lead")} />
        <Paragraph className="mt-6 max-w-3xl">{signedIn ? s("forbiddenBody") : s("signInBody")}</Paragraph>
        <ul className="mt-4 grid gap-2">
          {signedIn ? null : (
            <li>
              <Link asChild>
                <NextLink href={`${href(lang, "/logg-inn")}?callbackUrl=${encodeURIComponent(href(lang, "/meld-inn-sak"))}`}>{s("signInLink")}</NextLink>
              </Link>
            </li>
          )}
          <li>
            <Link asChild>
              <NextLink href={href(lang, "/kontakt")}>{s("accountLink")}</NextLink>
            </Link>
          </li>
        </ul>
      </div>
    );
  }
  // The priority groups valid this year (issue 20 item 3): the submission date decides.
  const year = Number(osloIsoDate(new Date()).slice(0, 4));
  const [bodies, parties, contact, groups] = await Promise.all([submitTargets(), submitParties(), userContact(viewer.userId), priorityGroupsOffered(year)]);
  const option = (p: { id: string; name: string; nameNb: string | null }) => ({ id: p.id, label: localize(lang, p.name, p.nameNb) });
  return (
    <>
      <PageHeader title={s("title")} lead={s("lead")} />
      <ClientMessages lang={lang} for="SubmissionForm"><SubmissionForm
        lang={lang}
        bodies={bodies.map(option)}
        parties={parties.map(option)}
        groups={groups.map((g) => ({ id: g.code, label: localize(lang, g.name, g.nameNb) }))}
        ownPartyId={isStaff(viewer) ? null : viewer.partyId}
        idempotencyKey={randomUUID()}
        contact={{ name: contact?.name ?? "", email: contact?.email ?? "" }}
      /></ClientMessages>
    </>
  );
}
