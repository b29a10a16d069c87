import fs from 'node:fs';
import path from 'node:path';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * The embedded database's files hold RESTRICTED facts (the write-ahead log included), so the data
 * folder is 0700 and everything the hub keeps in it is owner-only. Folders from before this rule
 * may be loose: the hub tightens them at every start rather than refusing to start, because the
 * folder is the hub's own and the fix is what any operator would do by hand. A folder owned by
 * another user is refused.
 */
export const OWNER_ONLY_UMASK = 0o077;

/** Everything this process creates from now on is owner-only (files 0600, folders 0700). */
export function ownerOnlyFiles(): void {
  process.umask(OWNER_ONLY_UMASK);
}

export class DataFolderOwnerError extends Error {
  constructor(dataDir: string, owner: number) {
    super(
      `The data folder ${dataDir} belongs to user ${owner}, not to the user running the hub (${process.getuid?.()}). ` +
        'Run the hub as the folder\'s owner, or set HUB_DATA_DIR to a folder of your own.',
    );
    this.name = 'DataFolderOwnerError';
  }
}

/** The entries the hub itself keeps in its data folder; anything else there is left as it is (the folder hides it). */
const HUB_ENTRIES = /^(pgdata|auth-secret|hub\.lock|\.s\.PGSQL\.\d+(\.lock)?)$/;

/**
 * Makes the data folder (created if missing) 0700 and the hub's entries in it owner-only, folders
 * 0700 and files without group or other bits (0600). Returns how many modes it had to tighten.
 */
export function secureDataFolder(dataDir: string): number {
  ownerOnlyFiles();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const stat = fs.lstatSync(dataDir);
  if (!stat.isDirectory()) throw new Error(`HUB_DATA_DIR ${dataDir} is not a folder.`);
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && stat.uid !== uid) throw new DataFolderOwnerError(dataDir, stat.uid);
  let tightened = tighten(dataDir, stat);
  for (const name of fs.readdirSync(dataDir)) {
    if (HUB_ENTRIES.test(name)) tightened += tightenTree(path.join(dataDir, name));
  }
  return tightened;
}

function tighten(file: string, stat: fs.Stats): number {
  // Symbolic links have no mode of their own and are never followed.
  if (stat.isSymbolicLink() || (stat.mode & OWNER_ONLY_UMASK) === 0) return 0;
  fs.chmodSync(file, stat.mode & 0o7700);
  return 1;
}

function tightenTree(file: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return 0; // removed meanwhile (a socket, a lock)
  }
  let tightened = tighten(file, stat);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(file)) tightened += tightenTree(path.join(file, name));
  }
  return tightened;
}

type PostgresModule = Parameters<NodeFS['init']>[1];
interface EmscriptenNodeFs {
  setattr(path: string, node: unknown, attr: { mode?: number | null }, ...rest: unknown[]): void;
}

/**
 * PGlite's data folder on disk, with every mode it sets owner-only. Emscripten's NODEFS creates a
 * file, then chmods it to the mode PostgreSQL asked for less Emscripten's own umask (022), not the
 * process's: initdb's files came out 0666, and what PostgreSQL writes through fopen while it runs
 * (pg_internal.init, the statistics at shutdown) 0644. Here every mode it sets loses its group and
 * other bits. This reaches into Emscripten (NODEFS.setattr is not PGlite's API): if it stops
 * holding, test/process/data-folder-modes.test.ts finds a file open to others after a start or a stop.
 */
export class OwnerOnlyNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(...args);
    const ownerOnly = (mod: PostgresModule) => {
      const nodefs = (mod.FS as unknown as { filesystems: { NODEFS: EmscriptenNodeFs } }).filesystems.NODEFS;
      const setattr = nodefs.setattr.bind(nodefs);
      nodefs.setattr = (file, node, attr, ...rest) =>
        setattr(file, node, attr.mode == null ? attr : { ...attr, mode: attr.mode & ~OWNER_ONLY_UMASK }, ...rest);
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), ownerOnly] } };
  }
}
