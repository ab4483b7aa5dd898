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
  beforeStart: {
    attendance: "Møtet starter {date}; oppmøtet kan ikke registreres før det.",
    decision: "Møtet starter {date}; vedtak kan ikke registreres før det.",
    held: "Møtet starter {date}; det kan ikke merkes som holdt før det.",
    approveMinutes: "Møtet starter {date}; referatet kan ikke godkjennes før det.",
    publishMinutes: "Møtet starter {date}; referatet kan ikke publiseres før det.",
  },
  notStartedYet: "Møtet starter {date}. Oppmøte, vedtak og at møtet er holdt kan registreres fra da.",
  minutesWait: "Referatet kan godkjennes og publiseres når møtet er holdt (møtet starter {date}).",
  inThePast: "{date} har vært. Et møte kan ikke flyttes til fortiden.",
  inThePastNew: "{date} har vært. Kryss av for at møtet registreres i etterkant hvis det allerede er holdt.",
  afterTheFact: "Møtet er allerede holdt (registrer det i etterkant)",
  conflictChanged: "Noen andre har endret sakslisten siden du åpnet siden, og ingenting er lagret. Dette er endret:",
  conflictOther: "Noen andre har endret møtet siden du åpnet siden, og ingenting er lagret. Siden er oppdatert; det du skrev, står igjen. Lagre på nytt.",
  conflictAgain: "Siden er oppdatert; det du skrev, står igjen. Se over og lagre på nytt.",
  changes: { added: "lagt til: {label}", removed: "fjernet: {label}", moved: "flyttet: {label}" },
  publicFromTime: "Klokkeslett det blir offentlig (valgfri, ellers midnatt)",
  movedTo: "«{title}» er nå punkt {position} av {count}.",
  newLead: "Møtet får neste møtenummer i organet og året, og sakslisten begynner med de faste punktene til organet.",
  number: "Møtenummer",
  numberText: "{body} møte {sequence}/{year}",
};
