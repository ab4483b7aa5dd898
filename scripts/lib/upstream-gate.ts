// How many requests the front server has inside the Next server at once. Under overload (a busy machine, clients
// that time out and ask again) every request let through is a render holding memory until it ends; unbounded, they
// piled up until the Next server died at its heap ceiling (BENCHMARKS.md, soak of 4 December). With a gate the
// Next server holds at most `limit` of them, the rest wait here as a few bytes each, and a request whose client
// leaves while it waits is never sent at all.

export type UpstreamGate = {
  /**
   * Runs `start` now or when a place is free. `start` gets `done`, to call once the request no longer occupies the
   * app (idempotent). If `signal` aborts while the request waits, it is dropped and `start` never runs.
   */
  run: (signal: AbortSignal | undefined, start: (done: () => void) => void) => void;
  stats: () => { active: number; waiting: number };
};

export function createUpstreamGate(limit: number): UpstreamGate {
  let active = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the place passes straight to the next in line
    else active--;
  };

  const launch = (start: (done: () => void) => void) => {
    let released = false;
    start(() => {
      if (released) return;
      released = true;
      release();
    });
  };

  return {
    run(signal, start) {
      if (signal?.aborted) return;
      if (active < limit) {
        active++;
        launch(start);
        return;
      }
      const onAbort = () => {
        const at = waiting.indexOf(turn);
        if (at >= 0) waiting.splice(at, 1);
      };
      const turn = () => {
        signal?.removeEventListener("abort", onAbort);
        launch(start);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      waiting.push(turn);
    },
    stats: () => ({ active, waiting: waiting.length }),
  };
}
