import pg from 'pg';

/**
 * What PostgreSQL did beside the measured requests while a run went on: the autovacuum workers on
 * the run's database (seen once a second, with how many seconds each was seen) and the checkpoints
 * the server made. A slow point of the scale curve can then be told apart from background work
 * that happened to fall in its rounds.
 */
export interface ServerActivity {
  seconds: number;
  checkpoints: number | null;
  /** When a checkpoint was seen to end, in seconds from the start of the watch (polled once a second). */
  checkpointsAtSeconds: number[];
  /** Each autovacuum worker's statement (e.g. "autovacuum: VACUUM ANALYZE public.activity"), and the seconds it was seen. */
  autovacuum: Record<string, number>;
}

// PostgreSQL 17 moved the counts from pg_stat_bgwriter to pg_stat_checkpointer.
const CHECKPOINTS = [
  'select (checkpoints_timed + checkpoints_req)::int as n from pg_stat_bgwriter',
  'select (num_timed + num_requested)::int as n from pg_stat_checkpointer',
];

/** Reads the server's checkpoint count with the statement of its version, found at the first read. */
function checkpointCounter(client: pg.Client): () => Promise<number | null> {
  let known: string | null | undefined;
  return async () => {
    for (const sql of known === undefined ? CHECKPOINTS : known === null ? [] : [known]) {
      try {
        const n = (await client.query<{ n: number }>(sql)).rows[0]!.n;
        known = sql;
        return n;
      } catch {
        // the other server version's view
      }
    }
    known ??= null;
    return null;
  };
}

export async function watchServerActivity(adminUrl: string, database: string): Promise<{ stop(): Promise<ServerActivity> }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const checkpoints = checkpointCounter(client);
  const started = Date.now();
  const before = await checkpoints();
  const autovacuum: Record<string, number> = {};
  const checkpointsAtSeconds: number[] = [];
  let seen = before;
  let polling: Promise<unknown> = Promise.resolve();
  const poll = async () => {
    const { rows } = await client.query<{ query: string }>(
      `select query from pg_stat_activity where backend_type = 'autovacuum worker' and datname = $1`,
      [database],
    );
    for (const { query } of rows) autovacuum[query] = (autovacuum[query] ?? 0) + 1;
    const now = await checkpoints();
    if (seen !== null && now !== null && now > seen) {
      for (let i = seen; i < now; i++) checkpointsAtSeconds.push(Math.round((Date.now() - started) / 1000));
    }
    seen = now;
  };
  const timer = setInterval(() => {
    polling = polling.then(poll).catch(() => undefined);
  }, 1000);
  return {
    async stop() {
      clearInterval(timer);
      await polling;
      const after = await checkpoints().finally(() => client.end());
      return {
        seconds: Math.round((Date.now() - started) / 1000),
        checkpoints: before === null || after === null ? null : after - before,
        checkpointsAtSeconds,
        autovacuum,
      };
    },
  };
}
