import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock';
import type { EmbeddedWorkerData, EmbeddedWorkerMessage } from './embedded-worker';
import { secureDataFolder } from './owner-only';

/**
 * The embedded PostgreSQL: PGlite persisted in the data folder, served over the PostgreSQL
 * wire protocol on a Unix socket inside that folder, so the hub talks to it through the same
 * driver (and the same SQL) as to a real server. PGlite is one session: the pool's connections
 * take turns, a whole transaction each (serial-wire-server.ts). PGlite runs in a thread of its
 * own (embedded-worker.ts): its work (an import's inserts, a large answer's statements) runs
 * beside the hub's JavaScript instead of in turn with it, on a second core.
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
// Unix socket paths are limited to 107 bytes on Linux.
const MAX_SOCKET_PATH = 100;

export async function startEmbeddedDatabase(
  dataDir: string,
  maxConnections: number,
): Promise<EmbeddedDatabase> {
  // Owner-only before anything is written (the lock, PGlite's files, the socket).
  const loose = secureDataFolder(dataDir);
  const lock: DataFolderLock = lockDataFolder(dataDir);
  let worker: Worker | undefined;
  try {
    const socketDir = socketFolder(dataDir);
    const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    // We hold the lock, so a socket file left here is from a process that died.
    fs.rmSync(socketPath, { force: true });
    const data: EmbeddedWorkerData = { dataDir, socketPath, maxConnections, idleInTransactionMs: IDLE_IN_TRANSACTION_MS };
    worker = startWorker(data);
    await answerOf(worker, (m) => ('ready' in m ? true : 'failed' in m ? new Error(`The embedded database did not open: ${m.failed}`) : undefined));
    // Past this point the hub cannot work without it: a thread that dies takes the process down, loudly.
    const onExit = (code: number) => {
      console.error(`The embedded database's thread stopped (exit code ${code}); the hub cannot go on without it.`);
      process.exit(1);
    };
    worker.once('exit', onExit);
    lock.announceSocket(socketDir);
    const running = worker;
    return {
      host: socketDir,
      port: SOCKET_PORT,
      maxConnections,
      modesTightened: loose,
      close: async () => {
        try {
          running.off('exit', onExit);
          const closed = answerOf(running, (m) => ('closed' in m ? (m.error ? new Error(m.error) : true) : undefined));
          running.postMessage('close');
          await closed;
          await running.terminate();
        } finally {
          fs.rmSync(socketPath, { force: true });
          if (socketDir !== dataDir) fs.rmSync(socketDir, { recursive: true, force: true });
          lock.release();
        }
      },
    };
  } catch (error) {
    await worker?.terminate().catch(() => undefined);
    lock.release();
    throw error;
  }
}

/** The worker, from the compiled file, or from the source under swc (tests, scripts). */
function startWorker(data: EmbeddedWorkerData): Worker {
  const ext = path.extname(__filename);
  return new Worker(path.join(__dirname, `embedded-worker${ext}`), {
    workerData: data,
    execArgv: ext === '.ts' ? ['-r', '@swc-node/register'] : [],
  });
}

/** The first message `pick` decides on (true: done; an Error: failed), or the worker's own error or exit. */
function answerOf(worker: Worker, pick: (message: EmbeddedWorkerMessage) => true | Error | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (message: EmbeddedWorkerMessage) => {
      const answer = pick(message);
      if (answer !== undefined) done(answer === true ? undefined : answer);
    };
    const onError = (error: Error) => done(error);
    const onExit = (code: number) => done(new Error(`The embedded database's thread stopped (exit code ${code})`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

function socketFolder(dataDir: string): string {
  if (dataDir.length + 20 <= MAX_SOCKET_PATH) return dataDir;
  // A deep data folder: keep the socket in a short private folder instead (removed on close).
  return fs.mkdtempSync('/tmp/att-hub-');
}
