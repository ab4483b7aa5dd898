// Forms that survive faults (lib/forms/faults.ts): the UNAVAILABLE answer and the case form's local draft. Nynorsk.
export const faultsNn = {
  unavailable: "Vi fekk ikkje kontakt med databasen. Det du skreiv er teke vare på – prøv igjen.",
  draftRestored: "Vi har fylt inn att det du skreiv sist, men ikkje sende inn. Vedlegg blir ikkje tekne vare på i utkastet – vel filene på nytt.",
  discardDraft: "Forkast utkastet",
  /**
   * The one set of codes every server action may answer with (lib/actions/chain.ts ACTION_ERRORS): each form's own
   * messages spread these first and say it more precisely where they can.
   */
  actionErrors: {
    UNAUTHENTICATED: "Du er ikkje innlogga lenger. Logg inn og prøv igjen.",
    FORBIDDEN: "Du har ikkje løyve til dette.",
    INVALID: "Nokre felt må rettast.",
    NOT_FOUND: "Fann det ikkje. Det kan vere sletta – last sida på nytt.",
    CONFLICT: "Nokon andre har endra dette sidan du opna sida. Ingenting er lagra. Last sida på nytt og prøv igjen.",
    RATE_LIMITED: "Du har sendt mange gonger på kort tid. Vent litt og prøv igjen.",
    UNAVAILABLE: "Vi fekk ikkje kontakt med databasen. Det du skreiv er teke vare på – prøv igjen.",
  },
};
