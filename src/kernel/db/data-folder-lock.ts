import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite has no lock of its own: two processes opening one data folder would corrupt it.
 * The hub takes this lock file before opening the folder and touches it every few seconds
 * while it runs. A lock whose process is gone (after `kill -9`), or that nobody has touched
 * for a while (its holder died on another host or in another container), is taken over;
 * a live holder makes the start fail.
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
  /** The folder of the holder's database socket, once it serves one (`npm run backup` connects there). */
  socket?: string;
}

export interface DataFolderLock {
  readonly file: string;
  /** Records where the holder's database socket is, for tools that reach a running hub's database. */
  announceSocket(folder: string): void;
  release(): void;
}

const HEARTBEAT_MS = 5_000;
/** A lock not touched for this long has no live holder, wherever it was. */
const STALE_MS = 30_000;

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

function isHeld(file: string, holder: LockHolder | undefined, me: LockHolder): holder is LockHolder {
  if (!holder) return false;
  let touched = 0;
  try {
    touched = fs.statSync(file).mtimeMs;
  } catch {
    return false;
  }
  if (Date.now() - touched > STALE_MS) return false;
  // On this host the process table is the better witness; elsewhere the heartbeat is all we have.
  if (holder.host === me.host) return holder.pid !== me.pid && isAlive(holder.pid);
  return true;
}

/** The live hub holding the data folder's lock, if any (as `lockDataFolder` would find it). */
export function dataFolderHolder(dataDir: string): LockHolder | undefined {
  const file = path.join(dataDir, 'hub.lock');
  const holder = readHolder(file);
  // A hub in this very process holds it too (isHeld takes our own pid for a lock left behind).
  if (holder?.pid === process.pid && holder.host === os.hostname()) return holder;
  const me: LockHolder = { pid: process.pid, host: os.hostname(), since: '' };
  return isHeld(file, holder, me) ? holder : undefined;
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
      if (isHeld(file, holder, me)) throw new DataFolderLockedError(dataDir, holder);
      // A stale lock: clear it and try again.
      fs.rmSync(file, { force: true });
      continue;
    }
    // Read back: if two starters raced over a stale lock, only one finds its own entry here.
    const written = readHolder(file);
    if (written?.pid === me.pid && written.since === me.since) {
      const heartbeat = setInterval(() => {
        const now = new Date();
        fs.promises.utimes(file, now, now).catch(() => undefined);
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return {
        file,
        announceSocket: (folder) => {
          // Renamed into place: a hub starting meanwhile never reads half a lock (and takes it as stale).
          const next = `${file}.${me.pid}`;
          fs.writeFileSync(next, JSON.stringify({ ...me, socket: folder }));
          fs.renameSync(next, file);
        },
        release: () => {
          clearInterval(heartbeat);
          if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true });
        },
      };
    }
    if (written) throw new DataFolderLockedError(dataDir, written);
  }
  throw new Error(`Could not take the lock ${file}; remove it if no hub is running.`);
}
