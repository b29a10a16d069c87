import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock';
import { OwnerOnlyNodeFS, secureDataFolder } from './owner-only';
import { SerialWireServer } from './serial-wire-server';

/**
 * The embedded PostgreSQL: PGlite persisted in the data folder, served over the PostgreSQL
 * wire protocol on a Unix socket inside that folder, so the hub talks to it through the same
 * driver (and the same SQL) as to a real server. PGlite is one session: the pool's connections
 * take turns, a whole transaction each (serial-wire-server.ts).
 */
export interface EmbeddedDatabase {
  /** Connection settings for the `pg` driver. */
  host: string;
  port: number;
  /** How many connections the socket server accepts; the pool must not exceed it. */
  maxConnections: number;
  /** Modes in an existing data folder that were looser than owner-only, tightened at start. */
  modesTightened: number;
  close(): Promise<void>;
}

export const SOCKET_PORT = 5432;
/** A transaction left idle this long is a bug that would stop every other connection: it is cut and rolled back. */
const IDLE_IN_TRANSACTION_MS = 30_000;
/**
 * PostgreSQL's memory settings inside PGlite, whose WebAssembly memory only grows: every page
 * PostgreSQL touches stays in the hub's RSS until it stops. The defaults (128 MB of shared
 * buffers, written through at start) made the embedded hub twice the size of the hub on a
 * server. 8 MB: at bench scale the load (W1-fresh, W5's imports) costs the same CPU per answer as
 * with 32 MB (PGlite reads the other pages from the operating system's file cache), and the hub's
 * peak RSS is ~25 MiB smaller (bench/README.md, 2026-11-30 h-mem). Checked by
 * test/process/embedded-memory.test.ts.
 */
export const EMBEDDED_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '8MB',
  // Index builds in migrations; 64 MB by default.
  maintenance_work_mem: '16MB',
};
// Unix socket paths are limited to 107 bytes on Linux.
const MAX_SOCKET_PATH = 100;

export async function startEmbeddedDatabase(
  dataDir: string,
  maxConnections: number,
): Promise<EmbeddedDatabase> {
  // Owner-only before anything is written (the lock, PGlite's files, the socket).
  const loose = secureDataFolder(dataDir);
  const lock: DataFolderLock = lockDataFolder(dataDir);
  let db: PGlite | undefined;
  let server: SerialWireServer | undefined;
  try {
    db = await PGlite.create({
      fs: new OwnerOnlyNodeFS(path.join(dataDir, 'pgdata')),
      startParams: [...PGlite.defaultStartParams, ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    });
    const socketDir = socketFolder(dataDir);
    const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    // We hold the lock, so a socket file left here is from a process that died.
    fs.rmSync(socketPath, { force: true });
    server = new SerialWireServer({ db, path: socketPath, maxConnections, idleInTransactionMs: IDLE_IN_TRANSACTION_MS });
    await server.start();
    lock.announceSocket(socketDir);
    const started = { db, server };
    return {
      host: socketDir,
      port: SOCKET_PORT,
      maxConnections,
      modesTightened: loose,
      close: async () => {
        try {
          await started.server.stop();
          await started.db.close();
        } finally {
          fs.rmSync(socketPath, { force: true });
          if (socketDir !== dataDir) fs.rmSync(socketDir, { recursive: true, force: true });
          lock.release();
        }
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}

function socketFolder(dataDir: string): string {
  if (dataDir.length + 20 <= MAX_SOCKET_PATH) return dataDir;
  // A deep data folder: keep the socket in a short private folder instead (removed on close).
  return fs.mkdtempSync('/tmp/att-hub-');
}
