// First: from here on, the compiled hub's requires are answered from the last start's record (remembered-resolutions.ts).
import { startResolutions } from './performance/remembered-resolutions';
import 'reflect-metadata';
// Before anything loads MikroORM: it captures MikroORM's async contexts (quiet-async-context.ts).
import { quietAsyncContexts } from './performance/quiet-async-context';
import { ConfigError, loadConfig } from './kernel/config';
import { DataFolderLockedError } from './kernel/db/data-folder-lock';
import { DataFolderOwnerError, ownerOnlyFiles } from './kernel/db/owner-only';
import { MissingDatabaseError } from './kernel/db/server-database';
import type { Hub } from './hub';
import { checkPortFree, PortInUseError } from './kernel/http/port-check';
import { createLogger } from './kernel/log';
import { markStart, startPhases } from './kernel/start-phases';

/** `npm start`: config → database → schema → HTTP, and a clean stop on SIGTERM or SIGINT. */
async function main(): Promise<void> {
  markStart('first modules');
  const startedAt = Date.now();
  // Whatever the hub writes (its data folder, the signing secret) is for its own user only.
  ownerOnlyFiles();
  const config = loadConfig();
  const log = createLogger(config);
  // A signal during start-up waits for the start to finish, then closes cleanly.
  const boot: { hub?: Promise<Hub> } = {};
  let stopping = false;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: draining requests');
    // The drain itself gives up after the grace period; this only guards a stuck database close.
    const force = setTimeout(() => {
      log.error('could not stop within the grace period; exiting');
      process.exit(1);
    }, (config.shutdownGraceSeconds + 15) * 1000);
    force.unref();
    try {
      const hub = await boot.hub?.catch(() => undefined);
      await hub?.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await checkPortFree(config.host, config.port);
  markStart('port check');
  // The hub's modules (most of a warm start's CPU time) load only once the port is known to be
  // free: a port in use fails in a fraction of a second.
  const { createHub } = await import('./hub.ts');
  markStart('modules');
  boot.hub = createHub(config, log);
  const hub = await boot.hub;
  if (stopping) return;
  // The migrations and seeds are done: no flush or transaction is running.
  quietAsyncContexts();
  const url = await hub.listen().catch(async (error: NodeJS.ErrnoException) => {
    // Taken meanwhile: the database is open by now, so it is closed (and the folder's lock released) first.
    await hub.close().catch(() => undefined);
    throw error.code === 'EADDRINUSE' ? new PortInUseError(config.host, config.port) : error;
  });
  markStart('listen');
  log.info(
    { url, database: hub.database.kind, dataDir: hub.database.kind === 'embedded' ? config.dataDir : undefined, startMs: Date.now() - startedAt, sinceProcessStartMs: Math.round(performance.now()), resolutionsRemembered: startResolutions?.answeredFromRecord, ...startPhases() },
    `ATT Coordination Hub ready at ${url}`,
  );
  // What this start loaded is where the next one will look first; what loads later (on demand) goes to Node itself.
  startResolutions?.save();
  startResolutions?.uninstall();
  // The two start scripts differ only in V8's young generation (src/performance/README.md): say when the other fits better.
  const script = process.env.npm_lifecycle_event;
  if (script === 'start:server' && hub.database.kind === 'embedded') {
    log.warn('npm run start:server is for a PostgreSQL server (DATABASE_URL): on the embedded database, npm start keeps the memory lower');
  } else if (script === 'start' && hub.database.kind !== 'embedded') {
    log.info('on a PostgreSQL server, npm run start:server answers faster (a larger young generation: more memory, less garbage collection)');
  }
}

/** Failures a user can act on: their message says what to do, without a stack trace. */
const EXPLAINED = [ConfigError, DataFolderLockedError, DataFolderOwnerError, MissingDatabaseError, PortInUseError];

main().catch((error: unknown) => {
  if (EXPLAINED.some((kind) => error instanceof kind)) {
    console.error((error as Error).message);
  } else {
    console.error('The hub could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
