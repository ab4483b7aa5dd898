// Forms that survive faults (lib/forms/faults.ts): the UNAVAILABLE answer and the case form's local draft. Nynorsk.
export const faultsNn = {
  unavailable: "Vi fekk ikkje kontakt med databasen. Det du skreiv er teke vare på – prøv igjen.",
  draftRestored: "Vi har fylt inn att det du skreiv sist, men ikkje sende inn. Vedlegg blir ikkje tekne vare på i utkastet – vel filene på nytt.",
  discardDraft: "Forkast utkastet",
};
