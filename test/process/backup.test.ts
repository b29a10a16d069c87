import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backup } from '../../src/kernel/db/backup';
import { exactTextSettings } from '../../src/kernel/db/backup-catalog';
import { type DatabaseLocation, openExisting } from '../../src/kernel/db/backup-connection';
import { restore } from '../../src/kernel/db/restore';
import { dropServerDatabase } from '../../src/kernel/db/server-database';
import { withDatabase } from '../support/databases';
import { HubClient, startHubOn, startTestHub, type TestHub } from '../support/hub';

/**
 * `npm run backup` and `npm run restore`: a copy taken while the hub writes is one instant of it;
 * restored into a new data folder or a new server database, and from the embedded database into a
 * server, every table holds the same rows (versions and audit entries included) and the hub answers
 * as before.
 */
const template = inject('template');
const ROOT = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-backup-test-'));
const serverDatabases: string[] = [];
let source: TestHub;
let sourceLocation: DatabaseLocation;

function newServerDatabase(label: string): DatabaseLocation {
  if (template.kind !== 'server') throw new Error('no server');
  const url = withDatabase(template.url, `${template.name}_${label}`.slice(0, 63));
  serverDatabases.push(url);
  return { kind: 'server', url };
}

/** `npm run backup` / `npm run restore` as a user runs them. */
function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, output })));
}

const envOf = (location: DatabaseLocation): Record<string, string> =>
  location.kind === 'server' ? { DATABASE_URL: location.url, HUB_DATA_DIR: path.join(work, 'server-hub') } : { HUB_DATA_DIR: location.dataDir };

/** Every table's rows in their text form, sorted, and every sequence: what must be equal after a round trip. */
async function contents(location: DatabaseLocation): Promise<Record<string, string[]>> {
  const database = await openExisting(location);
  const client = new pg.Client(database.settings);
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    await exactTextSettings(client);
    const { rows: relations } = await client.query<{ name: string; kind: string }>(
      // A partitioned table through its parent (which months have partitions may differ; the rows may not).
      `select relname as name, relkind as kind from pg_class
        where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p', 'S') and not relispartition order by relname`,
    );
    const all: Record<string, string[]> = {};
    for (const { name, kind } of relations) {
      const sql = kind === 'S' ? `select (last_value, is_called)::text as r from "${name}"` : `select t::text as r from "${name}" t`;
      all[name] = (await client.query<{ r: string }>(sql)).rows.map((row) => row.r).sort();
    }
    await client.query('commit');
    return all;
  } finally {
    await client.end();
    await database.close();
  }
}

/** The backup's lines: header, then per table its name and rows, then the trailer. */
function readBackup(file: string) {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
  const header = lines[0] as { tables: { table: string; columns: { name: string }[] }[] };
  const tables: Record<string, Record<string, string | null>[]> = {};
  let current = '';
  for (const line of lines.slice(1, -1)) {
    if (Array.isArray(line)) {
      const columns = header.tables.find((t) => t.table === current)!.columns;
      tables[current]!.push(Object.fromEntries(columns.map((c, i) => [c.name, line[i] as string | null])));
    } else {
      current = (line as { table: string }).table;
      tables[current] = [];
    }
  }
  return { header, tables, trailer: lines.at(-1) as { end: boolean; rows: Record<string, number> } };
}

const ANSWERS = `{
  participationSummary { statesParties signatories nonSignatories }
  state(iso3: "COM") { nationalProcess { stage obstacles version } engagements { summary version } }
  activities(first: 100) { totalCount edges { node { id title version status targetStates { iso3 } } } }
  auditEvents(first: 100) { totalCount edges { node { id kind action actor at changes recordIds } } }
}`;

async function answersTo(client: HubClient): Promise<unknown> {
  const res = await client.post(JSON.stringify({ query: ANSWERS }));
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** What a Secretariat officer gets from a hub started on `location`. */
async function answers(location: DatabaseLocation): Promise<unknown> {
  const hub = await startHubOn(envOf(location), { DEMO_PRINCIPALS: 'true' });
  try {
    return await answersTo(await hub.as('secretariat'));
  } finally {
    await hub.stop();
  }
}

/** The source hub's own answer (a second hub must not open its data folder). Each asks once: the READ it logs changes the trail. */
const sourceAnswers = async () => answersTo(await source.as('secretariat'));

const CREATE = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } userErrors { message } } }`;
async function createActivities(client: HubClient, title: string, count: number, stop?: () => boolean): Promise<number> {
  let created = 0;
  for (let i = 0; i < count && !stop?.(); i++) {
    const res = await client.post(
      JSON.stringify({ query: CREATE, variables: { input: { kind: 'WORKSHOP', title: `${title} ${i}`, targetStates: ['COM', 'GMB', 'AGO'].slice(0, 1 + (i % 3)) } } }),
    );
    expect(res.errors).toBeUndefined();
    created++;
  }
  return created;
}

beforeAll(async () => {
  source = await startTestHub();
  sourceLocation = template.kind === 'server' ? { kind: 'server', url: source.config.databaseUrl! } : { kind: 'embedded', dataDir: source.config.dataDir };
  // Records of every kind the restore must carry: RESTRICTED ones, versions past 1, audit entries of both kinds.
  const vp = await source.as('vp-africa');
  const engagement = await vp.post(
    JSON.stringify({
      query: `mutation { recordEngagement(input: { stateIso3: "COM", kind: CALL, onBehalfOf: "Vice-President for Africa", summary: "Backup test: a call about the deposit." }) { engagement { id version } userErrors { message } } }`,
    }),
  );
  expect(engagement.errors).toBeUndefined();
  await createActivities(await source.as('partner-cso'), 'Backup test workshop', 3);
});

afterAll(async () => {
  await source?.stop();
  for (const url of serverDatabases) await dropServerDatabase(url).catch(() => undefined);
  fs.rmSync(work, { recursive: true, force: true });
});

// A restore into a new data folder waits for PGlite's initdb: tens of seconds on a loaded machine.
describe('backup and restore', { timeout: 300_000 }, () => {
  it('npm run backup copies one instant of a hub that is writing, owner-only', async () => {
    const file = path.join(work, 'during-writes.backup.gz');
    const partner = await source.as('partner-cso');
    let done = false;
    const writing = createActivities(partner, 'Backup consistency', 1000, () => done);
    // Some writes land before the snapshot, and the writer goes on during the backup.
    while ((await createActivities(partner, 'Backup consistency early', 1)) < 1);
    const result = await run('backup', [file], envOf(sourceLocation));
    done = true;
    const written = await writing;
    expect(result.output).toMatch(/Backed up the .* rows in \d+ tables/);
    expect(result.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(written).toBeGreaterThan(0);

    // Each activity in the copy has its audit entry and its activity_target rows (kept by a trigger); no entry is without its activity.
    const { tables, trailer } = readBackup(file);
    expect(trailer.end).toBe(true);
    const ours = tables.activity!.filter((a) => a.title!.startsWith('Backup consistency'));
    expect(ours.length).toBeGreaterThan(0);
    const audited = new Set(tables.audit_event!.filter((e) => e.kind === 'CHANGE' && e.record_type === 'Activity').map((e) => e.record_id));
    const targets = tables.activity_target!;
    for (const activity of ours) {
      expect(audited.has(activity.id)).toBe(true);
      const states = (activity.target_states ?? '{}').replace(/[{}]/g, '').split(',').filter(Boolean);
      expect(targets.filter((t) => t.activity_id === activity.id).map((t) => t.state_iso3).sort()).toEqual(states.sort());
    }
    const inCopy = new Set(tables.activity!.map((a) => a.id));
    for (const id of audited) expect(inCopy.has(id)).toBe(true);
    for (const [table, rows] of Object.entries(tables)) expect(rows.length, table).toBe(trailer.rows[table]);
  });

  it('restores into a new database: every table equal, and the hub answers as before', async () => {
    const file = path.join(work, 'quiet.backup.gz');
    await backup(sourceLocation, file);
    const before = await contents(sourceLocation);
    expect(before.audit_event!.length).toBeGreaterThan(5);
    expect(before.engagement!.some((e) => e.includes('Backup test: a call'))).toBe(true);

    const target: DatabaseLocation = template.kind === 'server' ? newServerDatabase('restored') : { kind: 'embedded', dataDir: path.join(work, 'restored') };
    if (target.kind === 'server') {
      // As a user runs it (the same command restores into a folder; in-process there, to spare the suite a process start).
      const result = await run('restore', [file], envOf(target));
      expect(result.output).toMatch(/Restored \d+ rows in \d+ tables/);
      expect(result.code).toBe(0);
    } else {
      await restore(file, target);
    }
    expect(await contents(target)).toEqual(before);
    const restoredAnswers = await answers(target);
    expect(restoredAnswers).toEqual(await sourceAnswers());

    // The restored database holds data now: a second restore is refused unless told to replace it.
    await expect(restore(file, target)).rejects.toThrow(/already holds data: .* --replace/);
    if (target.kind === 'server') {
      await restore(file, target, { replace: true });
      expect(await contents(target)).toEqual(before);
    }
  });

  it.runIf(template.kind === 'server')('moves a hub from the server into a data folder and an embedded hub into a server', async () => {
    const fromServer = path.join(work, 'server.backup.gz');
    await backup(sourceLocation, fromServer);
    const expected = await contents(sourceLocation);
    // PostgreSQL 15 → the embedded PostgreSQL 18.
    const folder: DatabaseLocation = { kind: 'embedded', dataDir: path.join(work, 'embedded') };
    await restore(fromServer, folder);
    expect(await contents(folder)).toEqual(expected);
    // The embedded database, with no hub running (the backup opens the folder itself) → a server.
    const fromEmbedded = path.join(work, 'embedded.backup.gz');
    await backup(folder, fromEmbedded);
    expect(readBackup(fromEmbedded).header).toMatchObject({ source: { kind: 'embedded' } });
    const server = newServerDatabase('moved');
    await restore(fromEmbedded, server);
    expect(await contents(server)).toEqual(expected);
    expect(await answers(server)).toEqual(await sourceAnswers());
  });

  it.runIf(template.kind === 'server')('an incomplete backup file restores nothing and leaves no database behind', async () => {
    const file = path.join(work, 'whole.backup.gz');
    await backup(sourceLocation, file);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    const cut = path.join(work, 'cut.backup.gz');
    fs.writeFileSync(cut, zlib.gzipSync(text.slice(0, Math.floor(text.length * 0.8))));
    const target = newServerDatabase('cut');
    await expect(restore(cut, target)).rejects.toThrow(/incomplete/);
    await expect(openExisting(target)).rejects.toThrow(/does not exist/);
    const foreign = path.join(work, 'foreign.gz');
    fs.writeFileSync(foreign, zlib.gzipSync('{"hello":"world"}\n'));
    await expect(restore(foreign, target)).rejects.toThrow(/not a backup of the hub/);
  });
});
