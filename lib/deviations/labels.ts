import type { AgreementOption, PartyOption } from "@/lib/deviations/data";
import type { DeviationCategory } from "@/lib/domain/vocabulary";
import { localize, type Locale, getTranslator } from "@/lib/i18n";

/** Turns the overview's keys (party ids, agreement ids, month numbers) into text in the viewer's language. */
export type OverviewLabels = {
  month: (key: string) => string;
  monthShort: (key: string) => string;
  category: (key: string) => string;
  partyPair: (key: string) => string;
  clause: (key: string) => string;
};

export function overviewLabels(lang: Locale, parties: PartyOption[], agreements: AgreementOption[]): OverviewLabels {
  const m = getTranslator(lang, "deviations");
  const party = new Map(parties.map((p) => [p.id, p.shortName ?? localize(lang, p.name, p.nameNb)]));
  const agreement = new Map(agreements.map((a) => [a.id, localize(lang, a.title, a.titleNb)]));
  return {
    month: (key) => m.raw("months")[Number(key) - 1] ?? key,
    monthShort: (key) => m.raw("monthsShort")[Number(key) - 1] ?? key,
    category: (key) => m(`categories.${key as DeviationCategory}`) ?? key,
    partyPair: (key) => {
      const [from = "", to = ""] = key.split(">");
      return m("overview.reportingToConcerned", { from: party.get(from) ?? from, to: party.get(to) ?? to });
    },
    clause: (key) => {
      const [agreementId = "", clause = ""] = key.split("|");
      const title = agreementId ? (agreement.get(agreementId) ?? agreementId) : m("overview.noAgreement");
      return clause ? `${title} ${clause}` : title;
    },
  };
}
