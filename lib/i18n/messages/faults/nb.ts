// Forms that survive faults (lib/forms/faults.ts): the UNAVAILABLE answer and the case form's local draft. Bokmål.
import type { faultsNn } from "./nn";

export const faultsNb: typeof faultsNn = {
  unavailable: "Vi fikk ikke kontakt med databasen. Det du skrev er tatt vare på – prøv igjen.",
  draftRestored: "Vi har fylt inn igjen det du skrev sist, men ikke sendte inn. Vedlegg blir ikke tatt vare på i utkastet – velg filene på nytt.",
  discardDraft: "Forkast utkastet",
  actionErrors: {
    UNAUTHENTICATED: "Du er ikke innlogget lenger. Logg inn og prøv igjen.",
    FORBIDDEN: "Du har ikke tilgang til dette.",
    INVALID: "Noen felt må rettes.",
    NOT_FOUND: "Fant det ikke. Det kan være slettet – last inn siden på nytt.",
    CONFLICT: "Noen andre har endret dette siden du åpnet siden. Ingenting er lagret. Last inn siden på nytt og prøv igjen.",
    RATE_LIMITED: "Du har sendt mange ganger på kort tid. Vent litt og prøv igjen.",
    UNAVAILABLE: "Vi fikk ikke kontakt med databasen. Det du skrev er tatt vare på – prøv igjen.",
  },
};
