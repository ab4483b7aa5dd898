import type { listsNn } from "./nn";

export const listsNb: typeof listsNn = {
  pager: {
    label: "Sider",
    previous: "Forrige side",
    next: "Neste side",
    page: "Side {page} av {pages}",
    showing: { one: "Viser {from}–{to} av {count} rad", other: "Viser {from}–{to} av {count} rader" },
  },
  calendar: {
    upcoming: "Kommende møter",
    noUpcoming: "Ingen møter er planlagt ennå.",
    pastYear: "Tidligere møter i {year}",
    year: "Møter i {year}",
    otherYears: "Møter andre år",
    noPast: "Ingen møter er holdt i {year} ennå.",
  },
  charts: {
    allSuppressed: "Alle tallene i denne figuren er under {threshold} og vises ikke, for at ingen skal kunne kjennes igjen.",
  },
};
