import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { SavedNotice } from "@/components/editors/editor-parts";
import { PageHeader } from "@/components/layout/page-header";
import { getPartyAdoptions, getPartyName } from "@/lib/adoption/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { adoptionDocumentPath, canReadAdoptionDocument } from "@/lib/adoption/policy";

import { formatDate, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ lagra?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, "/mine-vedtak", getTranslator(lang)("adoption.own.title")), robots: { index: false } };
}

// A party's own adoption rows (issue 21 item 1): the latest version SSU adopted of each agreement and where the
// party stands, each with a link to its form. Only the signed-in contact's own party (adoption.update).
export default async function MyAdoptionsPage({ params, searchParams }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("adoption.update", lang, "/mine-vedtak");
  const m = getTranslator(lang, "adoption");
  const partyId = viewer.partyId!;
  const [rows, party] = await Promise.all([getPartyAdoptions(partyId), getPartyName(partyId)]);
  const partyName = party ? localize(lang, party.name, party.nameNb) : "";
  return (
    <>
      <PageHeader title={m("own.title")} lead={m("own.lead", { party: partyName })} />
      <SavedNotice show={(await searchParams).lagra === "1"}>{m("form.saved")}</SavedNotice>
      {rows.length === 0 ? <p className="ds-paragraph mt-6">{m("own.none")}</p> : null}
      <ul className="mt-6 grid max-w-3xl gap-4" data-testid="own-adoptions">
        {rows.map((r) => {
          const title = localize(lang, r.title, r.titleNb);
          return (
            <li key={r.adoptionId} className="min-w-0 rounded-md border border-neutral-border-subtle p-3 [overflow-wrap:anywhere]" data-status={r.status}>
              <h2 className="ds-heading" data-size="xs">
                {title}
              </h2>
              <p className="ds-paragraph" data-size="sm">
                {m("own.version", { label: r.label, date: formatDate(lang, r.adoptedOn, "long") })}
              </p>
              <p className="ds-paragraph mt-1 font-semibold">{m(`status.${r.status}`)}</p>
              {r.decidedOn ? <p className="ds-paragraph" data-size="sm">{m("own.decided", { date: formatDate(lang, r.decidedOn, "long") })}</p> : null}
              {r.reference ? <p className="ds-paragraph" data-size="sm">{m("own.reference", { reference: r.reference })}</p> : null}
              {r.documentName && canReadAdoptionDocument(viewer, partyId) ? (
                <p className="ds-paragraph" data-size="sm">
                  <a href={adoptionDocumentPath(r.adoptionId)} className="ds-link">
                    {m("own.document", { name: r.documentName })}
                  </a>
                </p>
              ) : null}
              <p className="mt-2">
                <NextLink href={href(lang, `/mine-vedtak/${r.adoptionId}`)} className="ds-link">
                  {m("own.edit", { agreement: title })}
                </NextLink>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
