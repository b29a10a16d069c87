import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { HubConfig } from '../config';
import type { Seeding } from '../domain';
import { PROJECT_ROOT } from '../project-root';
import { ensureGenerationTriggers } from './data-generation';
import { DatasetLoad } from './dataset-load.entity';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { migrationsPending, ormOptions } from './orm';
import { databaseName, requireServerDatabase } from './server-database';
import { markStart } from '../start-phases';

export interface Database {
  orm: MikroORM;
  kind: 'embedded' | 'server';
  /** Resolves when the database answers a trivial query within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Any number that is the same for every hub instance of this project. */
const MIGRATION_LOCK = 7_301_2013;

/**
 * Opens the hub's database: the server named by DATABASE_URL, or else the embedded PGlite in
 * the data folder. Pending migrations are applied and the shipped data loaded before it is
 * handed over, so a hub never serves a half-built schema.
 */
export async function openDatabase(config: HubConfig, log: Logger, seeding: Seeding): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let orm: MikroORM | undefined;
  try {
    if (config.databaseUrl) {
      if (await requireServerDatabase(config.databaseUrl, config.createDatabase)) {
        log.warn({ database: databaseName(config.databaseUrl) }, 'created the database (CREATE_DATABASE)');
      }
      orm = await MikroORM.init(
        ormOptions(
          { clientUrl: config.databaseUrl, poolMax: config.dbPoolMax, statementTimeoutMs: config.statementTimeoutMs },
          seeding.mapping(),
        ),
      );
      // Instances starting together against one server: one migrates, the others wait for it.
      await withSessionLock(config.databaseUrl, () => prepare(orm as MikroORM, config, log, seeding));
    } else {
      embedded = await startEmbeddedDatabase(config.dataDir, config.dbPoolMax);
      markStart('embedded database');
      if (embedded.modesTightened) {
        log.warn({ dataDir: config.dataDir, modes: embedded.modesTightened }, 'the data folder was open to other users: made owner-only');
      }
      orm = await MikroORM.init(
        ormOptions(
          { host: embedded.host, port: embedded.port, poolMax: embedded.maxConnections, statementTimeoutMs: config.statementTimeoutMs, oneSession: true },
          seeding.mapping(),
        ),
      );
      markStart('orm');
      await prepare(orm, config, log, seeding);
    }
  } catch (error) {
    await orm?.close(true).catch(() => undefined);
    await embedded?.close().catch(() => undefined);
    throw error;
  }
  const ready = orm;
  const opened = embedded;
  const stopUpkeep = scheduleUpkeep(ready, log, seeding);
  return {
    orm: ready,
    kind: opened ? 'embedded' : 'server',
    ping: async (timeoutMs = 2000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const query = ready.em
        .getConnection()
        .execute('select 1')
        .then(() => true)
        .catch(() => false);
      try {
        return await Promise.race([query, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      stopUpkeep();
      try {
        await ready.close(true);
      } finally {
        await opened?.close();
      }
    },
  };
}

async function prepare(orm: MikroORM, config: HubConfig, log: Logger, seeding: Seeding): Promise<void> {
  // Before anything is read: a record-scoped type the filters do not cover, or whose scope paths are missing, stops the start.
  seeding.checkMapping(orm);
  // The migrator and the migrations are loaded only when one is pending (orm.ts).
  const applied = (await migrationsPending(orm)) ? await (await import('./migrator.ts')).migratorOf(orm).up() : [];
  markStart('migrations');
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  // The second wall: PostgreSQL's row-level security must be what the policy table renders now.
  await seeding.checkDatabase(orm.em.fork());
  markStart('row security check');
  // Before any seed writes: every write from here on moves the cached answers on.
  const covered = await ensureGenerationTriggers(orm.em);
  if (covered.length) log.info({ tables: covered }, 'data generation triggers added');
  const made = (await seeding.upkeep?.(orm.em)) ?? [];
  if (made.length) log.info({ partitions: made }, 'partitions created');
  const em = seeding.manager(orm.em);
  const loaded = await seeding.load(em, log);
  markStart('data load check');
  const demo = config.demoPrincipals;
  const fingerprint = seedsFingerprint(demo);
  const seeded = await em.fork().findOne(DatasetLoad, { name: SEEDS });
  markStart('seeds fingerprint');
  if (!applied.length && !loaded && seeded?.checksum === fingerprint) {
    log.info('seeds current (the source document, demo records): nothing to write');
    return;
  }
  for (const seed of seeding.seeds) if (!seed.demo) await seed.run(em.fork());
  if (demo) {
    for (const seed of seeding.seeds) if (seed.demo) await seed.run(em.fork());
    log.info('demo principals present (DEMO_PRINCIPALS; never in production)');
  }
  // Recorded once every seed has committed: a start cut short seeds again next time.
  await em.fork().upsert(DatasetLoad, { name: SEEDS, checksum: fingerprint, records: 0, loadedAt: new Date() });
}

/** The schema's upkeep (seeding.upkeep) once a day while the hub runs; a failure is logged and tried the next day. */
function scheduleUpkeep(orm: MikroORM, log: Logger, seeding: Seeding, everyMs = 24 * 3600 * 1000): () => void {
  const upkeep = seeding.upkeep;
  if (!upkeep) return () => undefined;
  const timer = setInterval(() => {
    upkeep(orm.em.fork()).then(
      (made) => made.length && log.info({ partitions: made }, 'partitions created'),
      (error: unknown) => log.error({ err: error }, 'schema upkeep failed (partitions); tried again tomorrow'),
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

const SEEDS = 'seeds';

/**
 * Everything the seeds' writes depend on: the hub's code (the seeds and all they call), the
 * shipped data and whether demo records belong. The seeds are idempotent but cost a second or
 * two at every start (most of a start on an existing folder); they run again only when this
 * changes, when a migration was applied, or when the participation data was reloaded.
 */
function seedsFingerprint(demo: boolean): string {
  const hash = createHash('sha256').update(demo ? 'demo' : 'production');
  // src/ through swc, dist/src/ compiled: the code this process runs.
  for (const root of [path.resolve(__dirname, '../..'), path.join(PROJECT_ROOT, 'data')]) addTree(hash, root, root);
  return hash.digest('hex');
}

function addTree(hash: Hash, root: string, dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) addTree(hash, root, file);
    else if (entry.isFile()) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  }
}

async function withSessionLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
