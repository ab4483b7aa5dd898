import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { casesOfParty, partyName } from "@/lib/cases/data";

import { fill, formatDate, getMessages, href, localize } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return pageMetadata(lang, "/mine-saker", getMessages(lang).cases.follow.ownTitle.replace("{party}", "").trim());
}

// The partner contact's list: the cases of their own party, with status (never internal fields).
export default async function OwnCasesPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("case.follow", lang, "/mine-saker");
  const m = getMessages(lang);
  const f = m.cases.follow;
  const partyId = viewer.partyId;
  const [cases, party] = partyId ? await Promise.all([casesOfParty(partyId), partyName(partyId)]) : [[], null];
  return (
    <>
      <PageHeader title={fill(f.ownTitle, { party: party ? localize(lang, party.name, party.nameNb) : "" })} lead={f.ownLead} />
      {cases.length === 0 ? (
        <p className="ds-paragraph mt-6">{f.ownEmpty}</p>
      ) : (
        <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label={f.ownLead}>
          <table className="ds-table" data-testid="own-cases">
            <thead>
              <tr>
                <th scope="col">{f.reference}</th>
                <th scope="col">{f.caseTitle}</th>
                <th scope="col">{f.status}</th>
                <th scope="col">{f.body}</th>
                <th scope="col">{f.submitted}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <NextLink className="ds-link" href={href(lang, `/mine-saker/${c.id}`)}>
                      {c.reference}
                    </NextLink>
                  </td>
                  <td>{c.title}</td>
                  <td>{m.labels.caseStatus[c.status]}</td>
                  <td>{localize(lang, c.currentBody.name, c.currentBody.nameNb)}</td>
                  <td>{formatDate(lang, c.submittedAt, "short")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
