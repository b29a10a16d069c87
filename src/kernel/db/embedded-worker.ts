import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { OwnerOnlyNodeFS } from './owner-only';
import { SerialWireServer } from './serial-wire-server';

/**
 * The embedded database's own thread (see embedded.ts): PGlite and its wire server, so that
 * PostgreSQL's work (an import's inserts, a large answer's statements) runs beside the hub's
 * JavaScript rather than in turn with it. Messages: `ready` or `failed` once; `close` in, `closed` out.
 */
export interface EmbeddedWorkerData {
  dataDir: string;
  socketPath: string;
  maxConnections: number;
  idleInTransactionMs: number;
}

export type EmbeddedWorkerMessage = { ready: true } | { failed: string } | { closed: true; error?: string };

async function main(): Promise<void> {
  const port = parentPort!;
  const { dataDir, socketPath, maxConnections, idleInTransactionMs } = workerData as EmbeddedWorkerData;
  const send = (message: EmbeddedWorkerMessage) => port.postMessage(message);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ fs: new OwnerOnlyNodeFS(path.join(dataDir, 'pgdata')) });
    const server = new SerialWireServer({ db, path: socketPath, maxConnections, idleInTransactionMs });
    await server.start();
    const opened = db;
    port.on('message', (message: unknown) => {
      if (message !== 'close') return;
      void (async () => {
        try {
          await server.stop();
          await opened.close();
          send({ closed: true });
        } catch (error) {
          send({ closed: true, error: error instanceof Error ? error.message : String(error) });
        }
      })();
    });
    send({ ready: true });
  } catch (error) {
    await db?.close().catch(() => undefined);
    send({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void main();
