// Bokmål strings of the guided meeting workflow (same keys as nynorsk).
import type { meetingFlowNn } from "./nn";

export const meetingFlowNb: typeof meetingFlowNn = {
  phasesLabel: "Faser i møtet",
  phases: { forebu: "Forbered", innkall: "Innkall", mote: "Møte", referat: "Referat" },
  phaseLeads: {
    forebu: "Tid og sted, sakslisten og sakspapirene.",
    innkall: "Innkallingen til medlemmer og varamedlemmer. Da blir sakslisten og sakspapirene offentlige.",
    mote: "Oppmøte og vedtak, og at møtet er holdt.",
    referat: "Referatet: utkast, godkjenning og publisering.",
  },
  phaseStatus: { done: "Ferdig", current: "Gjelder nå", upcoming: "Senere", closed: "Avlyst" },
  phaseOf: "Fase {n} av {total}",
  attendanceSlot: "Oppmøte",
  number: "Møtenummer",
  numberText: "{body} møte {sequence}/{year}",
};
