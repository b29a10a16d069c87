import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { DataFolderLockedError } from './db/data-folder-lock';
import { createHub, type Hub } from './hub';
import { createLogger } from './log';

/** `npm start`: config → database → schema → HTTP, and a clean stop on SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const log = createLogger(config);
  // Set once started; a signal during start-up finds it empty and just exits.
  const running: { hub?: Hub } = {};
  let stopping = false;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: draining requests');
    const force = setTimeout(() => {
      log.error('requests still running after the grace period; exiting');
      process.exit(1);
    }, config.shutdownGraceSeconds * 1000);
    force.unref();
    try {
      await running.hub?.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const hub = await createHub(config, log);
  running.hub = hub;
  const url = await hub.listen();
  log.info(
    { url, database: hub.database.kind, dataDir: hub.database.kind === 'embedded' ? config.dataDir : undefined, startMs: Date.now() - startedAt },
    `ATT Coordination Hub ready at ${url}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataFolderLockedError) {
    console.error(error.message);
  } else {
    console.error('The hub could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
