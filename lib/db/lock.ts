// Exactly one owner per PGlite data directory: two PGlite instances on one directory silently lose data, and PGlite
// has no lock of its own. The owner holds `<dir>.lock` (created with O_EXCL); a second opener fails loudly.
import fs from "node:fs";

export class DataDirectoryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Databasen i ${dataDir} er allereie open i prosess ${ownerPid}. ` +
        `Berre éin prosess kan eige han: stopp den andre Saman-prosessen (eller bruk ein annan DATA_DIR) og prøv igjen. ` +
        `(The embedded database is already owned by process ${ownerPid}.)`,
    );
    this.name = "DataDirectoryLockedError";
  }
}

type LockInfo = { pid: number; startedAt: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(lockPath: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirectoryLockedError. A lock left by a dead process (kill -9) is taken over. */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() } satisfies LockInfo));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const info = readLock(lockPath);
        if (info?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const info = readLock(lockPath);
      if (info && info.pid !== process.pid && isAlive(info.pid)) throw new DataDirectoryLockedError(dataDir, info.pid);
      if (info && info.pid === process.pid) throw new DataDirectoryLockedError(dataDir, info.pid);
      // Stale lock from a process that no longer runs: remove it and try once more.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
