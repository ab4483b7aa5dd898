// The one clock of sign-in and sessions. Tests pass their own `now` to the data and mutation functions; the running
// portal uses the real time.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
