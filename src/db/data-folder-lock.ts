import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite has no lock of its own: two processes opening one data folder would corrupt it.
 * The hub takes this lock file before opening the folder. A lock left by a process that
 * no longer runs (after `kill -9`) is taken over; a live holder makes the start fail.
 */
export class DataFolderLockedError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by another hub (pid ${holder.pid} on ${holder.host}, ` +
        `since ${holder.since}). Stop that hub first, or set HUB_DATA_DIR to another folder.`,
    );
    this.name = 'DataFolderLockedError';
  }
}

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

export function lockDataFolder(dataDir: string): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'hub.lock');
  const me: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      // A holder on another host cannot be checked, so it counts as alive.
      const heldElsewhere =
        holder && (holder.host !== me.host || (holder.pid !== me.pid && isAlive(holder.pid)));
      if (heldElsewhere) throw new DataFolderLockedError(dataDir, holder);
      // A stale lock (its process is gone) or one still being written: clear it and retry.
      fs.rmSync(file, { force: true });
      continue;
    }
    // Read back: if two starters raced over a stale lock, only one finds its own pid here.
    const written = readHolder(file);
    if (written?.pid === me.pid && written.since === me.since) {
      return {
        file,
        release: () => {
          if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true });
        },
      };
    }
    if (written) throw new DataFolderLockedError(dataDir, written);
  }
  throw new Error(`Could not take the lock ${file}; remove it if no hub is running.`);
}
