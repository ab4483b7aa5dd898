// The front server's gate in front of the Next server (scripts/lib/upstream-gate.ts).
import { describe, expect, it } from "vitest";
import { createUpstreamGate } from "@/scripts/lib/upstream-gate";

describe("upstream gate", () => {
  it("runs up to its limit at once and the rest in order as places free up", () => {
    const gate = createUpstreamGate(2);
    const started: string[] = [];
    const done: Record<string, () => void> = {};
    for (const name of ["a", "b", "c", "d"]) gate.run(undefined, (finish) => { started.push(name); done[name] = finish; });
    expect(started).toEqual(["a", "b"]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 2 });
    done.b!();
    done.b!(); // a second call frees nothing more
    expect(started).toEqual(["a", "b", "c"]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 1 });
    done.a!();
    done.c!();
    done.d!();
    expect(started).toEqual(["a", "b", "c", "d"]);
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("drops a waiting request whose client left, and never starts one that had already left", () => {
    const gate = createUpstreamGate(1);
    const started: string[] = [];
    let finishFirst = () => {};
    gate.run(undefined, (finish) => { started.push("first"); finishFirst = finish; });
    const leaving = new AbortController();
    gate.run(leaving.signal, () => started.push("left"));
    const gone = new AbortController();
    gone.abort();
    gate.run(gone.signal, () => started.push("gone"));
    gate.run(undefined, () => started.push("stayed"));
    leaving.abort();
    expect(gate.stats()).toEqual({ active: 1, waiting: 1 });
    finishFirst();
    expect(started).toEqual(["first", "stayed"]);
  });
});
