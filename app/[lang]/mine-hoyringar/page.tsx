import type { Metadata } from "next";
import NextLink from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { getPartyName } from "@/lib/adoption/data";
import { partyRounds } from "@/lib/consultation/data";
import { OWN_PATH } from "@/lib/consultation/policy";
import { formatDateTime, href, localize, getTranslator } from "@/lib/i18n";
import { pageMetadata } from "@/lib/i18n/metadata";
import { langFromParams } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFromParams(params);
  return { ...pageMetadata(lang, OWN_PATH, getTranslator(lang)("consultation.own.title")), robots: { index: false } };
}

// The consultation rounds asking the signed-in contact's own party (issue 21 item 2), with its answer's status.
export default async function MyConsultationsPage({ params }: Props) {
  const lang = await langFromParams(params);
  await connection();
  const viewer = await requirePagePermission("consultation.answer", lang, OWN_PATH);
  const c = getTranslator(lang, "consultation");
  const partyId = viewer.partyId!;
  const [rounds, party] = await Promise.all([partyRounds(partyId), getPartyName(partyId)]);
  return (
    <>
      <PageHeader title={c("own.title")} lead={c("own.lead", { party: party ? localize(lang, party.name, party.nameNb) : "" })} />
      {rounds.length === 0 ? <p className="ds-paragraph mt-6">{c("own.none")}</p> : null}
      <ul className="mt-6 grid max-w-3xl gap-4" data-testid="own-consultations">
        {rounds.map((r) => (
          <li key={r.id} className="min-w-0 rounded-md border border-neutral-border-subtle p-3 [overflow-wrap:anywhere]">
            <h2 className="ds-heading" data-size="xs">
              <NextLink href={href(lang, `${OWN_PATH}/${r.id}`)} className="ds-link">
                {c("own.answer", { title: r.title })}
              </NextLink>
            </h2>
            <p className="ds-paragraph" data-size="sm">
              {c("own.deadline", { date: formatDateTime(lang, r.deadline, null, "long") })}
            </p>
            <p className="ds-paragraph font-semibold" data-size="sm">
              {c(`round.answerStatus.${r.status ?? "NONE"}`)}
              {r.late ? ` · ${c("round.late")}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
