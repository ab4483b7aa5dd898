// The processes of one tree (a root and all its descendants) with their resident memory, from /proc (Linux).
// Used by the soak benchmark (RSS over time) and the graceful-stop test (nothing of the tree survives a stop).
import fs from "node:fs";
import path from "node:path";

/**
 * `rssMb`: the process's resident set (pages it shares with others, e.g. the node binary both portal processes map,
 * count in full for each). `pssMb`: its proportional share (a page shared by n processes counts 1/n), so the sum over
 * a tree counts every resident page of the tree once.
 */
export type Process = { pid: number; ppid: number; name: string; rssMb: number; pssMb: number };

function pssKb(pid: string): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Every process under `root` (inclusive), from /proc. */
export function processTree(root: number): Process[] {
  const all: Process[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, "m").exec(status)?.[1]?.trim() ?? "";
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean);
      const script = cmdline.find((arg) => /\.(ts|js|mjs)$/.test(arg));
      all.push({
        pid: Number(entry),
        ppid: Number(field("PPid")),
        name: field("Name") === "next-server" || cmdline[0]?.startsWith("next-server") ? "next-server" : script ? path.basename(script) : field("Name"),
        rssMb: Math.round(Number(field("VmRSS").split(/\s+/)[0] ?? 0) / 1024),
        pssMb: Math.round(pssKb(entry) / 1024),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Map<number, Process>();
  const add = (pid: number) => {
    const own = all.find((process) => process.pid === pid);
    if (!own || tree.has(pid)) return;
    tree.set(pid, own);
    for (const child of all.filter((process) => process.ppid === pid)) add(child.pid);
  };
  add(root);
  return [...tree.values()];
}

