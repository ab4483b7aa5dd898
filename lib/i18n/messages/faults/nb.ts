// Forms that survive faults (lib/forms/faults.ts): the UNAVAILABLE answer and the case form's local draft. Bokmål.
import type { faultsNn } from "./nn";

export const faultsNb: typeof faultsNn = {
  unavailable: "Vi fikk ikke kontakt med databasen. Det du skrev er tatt vare på – prøv igjen.",
  draftRestored: "Vi har fylt inn igjen det du skrev sist, men ikke sendte inn. Vedlegg blir ikke tatt vare på i utkastet – velg filene på nytt.",
  discardDraft: "Forkast utkastet",
};
