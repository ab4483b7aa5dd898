// Lists that scale (issue 14.6): the pager, /mote's upcoming/past split, charts without bars (14.7).
export const listsNn = {
  pager: {
    label: "Sider",
    previous: "Førre side",
    next: "Neste side",
    page: "Side {page} av {pages}",
    showing: { one: "Viser {from}–{to} av {count} rad", other: "Viser {from}–{to} av {count} rader" },
  },
  calendar: {
    upcoming: "Kommande møte",
    noUpcoming: "Ingen møte er planlagde enno.",
    pastYear: "Tidlegare møte i {year}",
    year: "Møte i {year}",
    otherYears: "Møte andre år",
    noPast: "Ingen møte har vore halde i {year} enno.",
  },
  charts: {
    allSuppressed: "Alle tala i denne figuren er under {threshold} og blir ikkje viste, for at ingen skal kunne kjennast att.",
  },
};
