import pg from 'pg';

/**
 * IMPORT: partners' bulk imports (issue #18, target 2). The hub imports 10,000 activity rows as
 * a partner (CSV through `importActivities`, about 5% bad rows, in files of 1,000 rows, the
 * import's limit); the floor inserts the same good rows through `pg`, one multi-row INSERT per
 * 1,000 in one transaction. Then W2 is measured while four such imports run at once.
 * PostGraphile has no import: not measured.
 */

export const IMPORT_ROWS = 10_000;
/** Rows per file: the most `importActivities` takes at a time. */
export const IMPORT_FILE_ROWS = 1000;
/** Every 20th row is bad (5%): a bad date, an unknown state, no title, an unknown kind, in turn. */
const BAD_EVERY = 20;
export const IMPORTERS_AT_ONCE = 4;

const KINDS = ['WORKSHOP', 'TRAINING', 'ADVOCACY', 'REGIONAL_MEETING', 'TOOLKIT_TRANSLATION', 'OTHER'];
const STATES = ['KHM', 'COM', 'IDN', 'NGA', 'PER', 'FJI', 'GHA', 'MEX'];

/** A good row as the floor inserts it. */
export interface GoodRow {
  key: string;
  kind: string;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  targetStates: string[];
}

export interface ImportFile {
  csv: string;
  good: GoodRow[];
  bad: number;
}

const quote = (text: string) => (/[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The files of one import of `rows` rows: unique to `tag` (keys and titles), so each import adds them all. */
export function importFiles(tag: string, rows = IMPORT_ROWS): ImportFile[] {
  const files: ImportFile[] = [];
  for (let start = 0; start < rows; start += IMPORT_FILE_ROWS) {
    const lines = ['key,kind,title,description,startDate,endDate,targetStates'];
    const good: GoodRow[] = [];
    let bad = 0;
    for (let i = start; i < Math.min(rows, start + IMPORT_FILE_ROWS); i++) {
      const month = String((i % 12) + 1).padStart(2, '0');
      const row: GoodRow = {
        key: `bench-${tag}-${i}`,
        kind: KINDS[i % KINDS.length]!,
        title: `Benchmark import ${tag}, row ${i}`,
        description: `Brokering controls and record keeping, session ${i}`,
        startDate: `2031-${month}-10`,
        endDate: `2031-${month}-12`,
        targetStates: [STATES[i % STATES.length]!, STATES[(i + 3) % STATES.length]!],
      };
      const cells = [row.key, row.kind, row.title, row.description, row.startDate, row.endDate, row.targetStates.join(';')];
      if (i % BAD_EVERY === BAD_EVERY - 1) {
        bad++;
        const which = Math.floor(i / BAD_EVERY) % 4;
        if (which === 0) cells[4] = `31/${month}/2031`; // a day as some spreadsheets write it
        else if (which === 1) cells[6] = 'KHM;XXZ'; // an unknown state code
        else if (which === 2) cells[2] = ''; // no title
        else cells[1] = 'SEMINAR'; // an unknown kind
      } else good.push(row);
      lines.push(cells.map(quote).join(','));
    }
    const csv = `${lines.join('\n')}\n`;
    // The hub takes a GraphQL request of at most 256 kB (its JSON body, the file a string in it).
    if (Buffer.byteLength(JSON.stringify(csv)) > 240_000) throw new Error(`an import file of ${Buffer.byteLength(csv)} bytes: too large for one request`);
    files.push({ csv, good, bad });
  }
  return files;
}

export const IMPORT_MUTATION =
  'mutation BenchImport($i: ImportActivitiesInput!) { importActivities(input: $i) { newRows alreadyImported rowErrors { line } userErrors { code message } } }';

export interface ImportOutcome {
  rows: number;
  created: number;
  rowErrors: number;
  seconds: number;
  /** The hub's SQL statements (x-sql-statements), summed over the files. */
  statements: number | null;
}

/** One partner's import of all the files, one file after the other, as `importActivities`. */
export async function hubImport(url: string, token: string, files: ImportFile[]): Promise<ImportOutcome> {
  const started = performance.now();
  let created = 0;
  let rowErrors = 0;
  let statements: number | null = 0;
  for (const file of files) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: IMPORT_MUTATION, variables: { i: { format: 'CSV', content: file.csv } } }),
      signal: AbortSignal.timeout(600_000),
    });
    const text = await res.text();
    const json = JSON.parse(text) as {
      data?: { importActivities: { newRows: number; rowErrors: unknown[]; userErrors: { message: string }[] } };
      errors?: { message: string }[];
    };
    const result = json.data?.importActivities;
    if (res.status !== 200 || !result || json.errors?.length || result.userErrors.length) {
      throw new Error(`the import failed: HTTP ${res.status} ${text.slice(0, 300)}`);
    }
    if (result.newRows !== file.good.length || result.rowErrors.length !== file.bad) {
      throw new Error(`the import kept ${result.newRows} rows and refused ${result.rowErrors.length}: ${file.good.length} and ${file.bad} expected`);
    }
    created += result.newRows;
    rowErrors += result.rowErrors.length;
    const count = res.headers.get('x-sql-statements');
    statements = statements === null || count === null ? null : statements + Number(count);
  }
  const rows = files.reduce((n, f) => n + f.good.length + f.bad, 0);
  return { rows, created, rowErrors, seconds: (performance.now() - started) / 1000, statements };
}

/** The floor: the same good rows, one multi-row INSERT per 1,000, in one transaction, through `pg`. */
export async function floorImport(
  databaseUrl: string,
  partner: { organisationId: string; organisationName: string; personId: string },
  files: ImportFile[],
): Promise<ImportOutcome> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    await client.query('begin');
    const good = files.flatMap((f) => f.good);
    for (let at = 0; at < good.length; at += 1000) {
      const batch = good.slice(at, at + 1000);
      const params: unknown[] = [];
      const values = batch.map((r) => {
        const p = (v: unknown) => `$${params.push(v)}`;
        return (
          `(gen_random_uuid(), 1, now(), now(), ${p(r.kind)}, ${p(r.title)}, ${p(r.description)}, ${p(r.startDate)}::date, ` +
          `${p(r.endDate)}::date, ${p(r.targetStates)}::text[], '{}', '{}', 'PUBLIC', ${p(partner.organisationId)}::uuid, ` +
          `${p(partner.organisationName)}, ${p(partner.personId)}::uuid, ${p(`floor:${r.key}`)}, 'DRAFT', true)`
        );
      });
      await client.query(
        `insert into activity (id, version, created_at, updated_at, kind, title, description, start_date, end_date, target_states,
                               target_regions, languages, classification, organiser_id, organiser_name, contributed_by_id,
                               idempotency_key, status, demo)
         values ${values.join(', ')}`,
        params,
      );
    }
    await client.query('commit');
    const rows = files.reduce((n, f) => n + f.good.length + f.bad, 0);
    return { rows, created: good.length, rowErrors: 0, seconds: (performance.now() - started) / 1000, statements: Math.ceil(good.length / 1000) + 2 };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** W2 measured for some seconds, as run.ts measures a round. */
export interface W2Round {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export interface ImportFigures {
  rows: number;
  badRows: number;
  hub: { rowsPerSecond: number; seconds: number; sqlStatementsPerRow: number | null; cpuSeconds: number | null };
  floor: { rowsPerSecond: number; seconds: number } | null;
  /** hub ÷ floor in good rows written per second (target ≥ 0.25). */
  hubToFloor: number | null;
  w2: {
    quiet: W2Round[];
    duringImports: W2Round[];
    importers: number;
    /** Rows the concurrent imports wrote per second, all together, and how long they took. */
    imports: { rowsPerSecond: number; seconds: number; errors: string[] };
    latencyP50Ms: number | null;
    latencyP99Ms: number | null;
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length ? (sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2) : 0;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The workload: one import alone (hub, then floor), then W2 quiet and W2 while IMPORTERS_AT_ONCE
 * imports of IMPORT_ROWS rows run at once (rounds until they are done, at most `rounds`).
 */
export async function measureImports(options: {
  hubUrl: string;
  /** CPU ticks (1/100 s) of the hub's process, if it can be read. */
  hubCpuTicks: () => number | null;
  token: string;
  /** The floor's database; null on the embedded database (the hub alone). */
  databaseUrl: string | null;
  partner: { organisationId: string; organisationName: string; personId: string };
  runId: string;
  measureW2: (seconds: number) => Promise<W2Round>;
  rounds: number;
  roundSeconds: number;
  log: (line: string) => void;
}): Promise<ImportFigures> {
  const { log } = options;
  const files = importFiles(`${options.runId}-a`);
  const bad = files.reduce((n, f) => n + f.bad, 0);
  // Warm: one small file first, so the figures are not the first import's compiling.
  await hubImport(options.hubUrl, options.token, importFiles(`${options.runId}-w`, 200));
  const ticks = options.hubCpuTicks();
  const alone = await hubImport(options.hubUrl, options.token, files);
  const after = options.hubCpuTicks();
  const hubRate = alone.created / alone.seconds;
  log(
    `IMPORT hub: ${alone.rows} rows (${alone.rowErrors} bad) in ${alone.seconds.toFixed(1)} s: ${hubRate.toFixed(0)} good rows/s, ` +
      `${alone.statements === null ? 'n/a' : (alone.statements / alone.rows).toFixed(3)} SQL statements per row`,
  );
  let floor: ImportFigures['floor'] = null;
  if (options.databaseUrl) {
    const out = await floorImport(options.databaseUrl, options.partner, importFiles(`${options.runId}-f`));
    floor = { rowsPerSecond: round(out.created / out.seconds), seconds: round(out.seconds, 2) };
    log(`IMPORT floor: ${out.created} good rows in ${out.seconds.toFixed(1)} s: ${floor.rowsPerSecond} rows/s`);
  }

  const quiet: W2Round[] = [];
  for (let r = 0; r < options.rounds; r++) quiet.push(await options.measureW2(options.roundSeconds));
  log(`IMPORT W2 quiet: p99 ${quiet.map((q) => q.p99Ms).join(', ')} ms`);
  const errors: string[] = [];
  const started = performance.now();
  let running = IMPORTERS_AT_ONCE;
  const imports = Array.from({ length: IMPORTERS_AT_ONCE }, (_, i) =>
    hubImport(options.hubUrl, options.token, importFiles(`${options.runId}-c${i}`))
      .catch((error: unknown) => {
        errors.push(error instanceof Error ? error.message : String(error));
        return null;
      })
      .finally(() => running--),
  );
  const during: W2Round[] = [];
  // Rounds while all the imports still run; at least one.
  while (during.length < options.rounds && (running === IMPORTERS_AT_ONCE || !during.length)) {
    during.push(await options.measureW2(options.roundSeconds));
  }
  log(`IMPORT W2 during ${IMPORTERS_AT_ONCE} imports: p99 ${during.map((q) => q.p99Ms).join(', ')} ms; waiting for the imports to end`);
  const outcomes = await Promise.all(imports);
  const seconds = (performance.now() - started) / 1000;
  const written = outcomes.reduce((n, o) => n + (o?.created ?? 0), 0);
  return {
    rows: alone.rows,
    badRows: bad,
    hub: {
      rowsPerSecond: round(hubRate),
      seconds: round(alone.seconds, 2),
      sqlStatementsPerRow: alone.statements === null ? null : round(alone.statements / alone.rows, 4),
      cpuSeconds: ticks === null || after === null ? null : (after - ticks) / 100,
    },
    floor,
    hubToFloor: floor ? round(hubRate / floor.rowsPerSecond, 3) : null,
    w2: {
      quiet,
      duringImports: during,
      importers: IMPORTERS_AT_ONCE,
      imports: { rowsPerSecond: round(written / seconds), seconds: round(seconds, 1), errors },
      latencyP50Ms: during.length ? median(during.map((d) => d.p50Ms)) : null,
      latencyP99Ms: during.length ? Math.max(...during.map((d) => d.p99Ms)) : null,
    },
  };
}

/** The lines run.ts prints for IMPORT. */
export function importTable(f: ImportFigures): string {
  const quiet = f.w2.quiet;
  return [
    `IMPORT: ${f.rows} activity rows (${f.badRows} bad) as partner-cso, CSV through importActivities in files of ${IMPORT_FILE_ROWS}`,
    `  hub     ${f.hub.rowsPerSecond} good rows/s (${f.hub.seconds} s; SQL/row ${f.hub.sqlStatementsPerRow ?? 'n/a'}; hub CPU ${f.hub.cpuSeconds ?? '?'} s)`,
    f.floor
      ? `  floor   ${f.floor.rowsPerSecond} rows/s (${f.floor.seconds} s: one INSERT per 1,000 rows, one transaction, pg)   hub ÷ floor ${f.hubToFloor}`
      : '  floor   not measured (embedded: the hub alone)',
    `  W2 quiet:                p50 ${median(quiet.map((q) => q.p50Ms))} ms, p99 ${Math.max(...quiet.map((q) => q.p99Ms))} ms, ${round(quiet.reduce((n, q) => n + q.rps, 0) / quiet.length)} req/s`,
    `  W2 during ${f.w2.importers} imports:   p50 ${f.w2.latencyP50Ms} ms, p99 ${f.w2.latencyP99Ms} ms, ${round(f.w2.duringImports.reduce((n, q) => n + q.rps, 0) / f.w2.duringImports.length)} req/s, ` +
      `${f.w2.duringImports.reduce((n, q) => n + q.errors, 0)} errors`,
    `  the ${f.w2.importers} imports together: ${f.w2.imports.rowsPerSecond} good rows/s over ${f.w2.imports.seconds} s` +
      `${f.w2.imports.errors.length ? `; FAILED: ${f.w2.imports.errors[0]}` : ''}`,
    '  PostGraphile: not measured (no import).',
  ].join('\n');
}
