// Nynorsk strings of the guided meeting workflow (issue 15: phases, numbers, standard agenda, guards, conflicts).
export const meetingFlowNn = {
  phasesLabel: "Fasar i møtet",
  phases: { forebu: "Førebu", innkall: "Innkall", mote: "Møte", referat: "Referat" },
  phaseLeads: {
    forebu: "Tid og stad, sakslista og sakspapira.",
    innkall: "Innkallinga til medlemmer og varar. Då blir sakslista og sakspapira offentlege.",
    mote: "Oppmøte og vedtak, og at møtet er halde.",
    referat: "Referatet: utkast, godkjenning og publisering.",
  },
  phaseStatus: { done: "Ferdig", current: "Gjeld no", upcoming: "Seinare", closed: "Avlyst" },
  phaseOf: "Fase {n} av {total}",
  attendanceSlot: "Oppmøte",
  number: "Møtenummer",
  numberText: "{body} møte {sequence}/{year}",
};
