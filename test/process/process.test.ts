import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { copyTemplate, type HubProcess, spawnHub } from '../support/hub';

/**
 * The hub as `npm start` runs it: its own process, stopped by signals. Each test starts from
 * its own copy of the seeded template and drops it at the end.
 */

interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string }[];
}

/** Plain GraphQL over HTTP, as any client sends it. */
async function gql<T>(url: string, query: string): Promise<GraphQLResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const SUMMARY = '{ participationSummary { statesParties signatories nonSignatories } }';
const STATES = '{ states(first: 200) { totalCount edges { node { iso3 actions { id } } } } }';
/** Every state with its names in the six languages and its actions with their dates and sources. */
const HEAVY = `{
  states(first: 200) {
    totalCount
    edges {
      node {
        id iso3 iso2 region regionBasis unMember note status possibleStatuses inForce
        ar: name(lang: AR) zh: name(lang: ZH) en: name(lang: EN) fr: name(lang: FR) ru: name(lang: RU) es: name(lang: ES)
        actions {
          id kind instrument basis note
          date { precision date year earliest latest }
          sources { id title location confidence note }
        }
      }
    }
  }
}`;

interface Summary {
  participationSummary: { statesParties: number; signatories: number; nonSignatories: number };
}
interface States {
  states: { totalCount: number; edges: { node: { iso3: string; actions: { id: string }[] } }[] };
}

/** Starts a hub and fails with its output if it exits instead. */
async function startHub(env: Record<string, string>): Promise<HubProcess> {
  const hub = await spawnHub(env);
  if (!('proc' in hub)) throw new Error(`The hub exited with code ${hub.exitCode} before it was ready:\n${hub.output}`);
  return hub;
}

/** SIGTERM for a hub that still runs (a failed test leaves no process behind). */
async function stopIfRunning(hub: HubProcess | undefined): Promise<void> {
  if (hub && hub.proc.exitCode === null && hub.proc.signalCode === null) await hub.stop('SIGTERM');
}

async function counts(url: string) {
  const summary = await gql<Summary>(url, SUMMARY);
  expect(summary.errors).toBeUndefined();
  const states = await gql<States>(url, STATES);
  expect(states.errors).toBeUndefined();
  const edges = states.data!.states.edges;
  const actionIds = edges.flatMap((e) => e.node.actions.map((a) => a.id));
  return {
    summary: summary.data!.participationSummary,
    totalCount: states.data!.states.totalCount,
    states: edges.length,
    actionIds,
  };
}

/** The embedded database's folder (with a server, HUB_DATA_DIR only keeps the demo signing secret). */
function dataDirOf(env: Record<string, string>): string | undefined {
  return env.DATABASE_URL ? undefined : env.HUB_DATA_DIR;
}

function lockHolderPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'hub.lock');
  if (!fs.existsSync(file)) return undefined;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }).pid;
}

describe('the hub as a process', () => {
  it('answers, stops cleanly on SIGTERM, and restarts on the same database without loading twice', async () => {
    const database = await copyTemplate(inject('template'));
    const dataDir = dataDirOf(database.env);
    let hub: HubProcess | undefined;
    try {
      hub = await startHub(database.env);
      expect(hub.output()).toContain(`"database":"${inject('template').kind}"`);
      const first = await counts(hub.url);
      expect(first.summary).toEqual({ statesParties: 118, signatories: 25, nonSignatories: 53 });
      expect(first.totalCount).toBe(196);
      expect(first.states).toBe(196);
      expect(first.actionIds.length).toBeGreaterThan(0);
      expect(new Set(first.actionIds).size).toBe(first.actionIds.length);
      if (dataDir) expect(lockHolderPid(dataDir)).toBe(hub.proc.pid);

      expect(await hub.stop('SIGTERM')).toBe(0);
      expect(hub.output()).toMatch(/"msg":"stopped"/);
      if (dataDir) expect(fs.existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);

      hub = await startHub(database.env);
      expect(hub.output()).toContain('participation data already current');
      // Nothing changed since the first start seeded: the seeds write nothing this time.
      expect(hub.output()).toContain('seeds current');
      expect(hub.output()).not.toContain('demo principals present');
      const second = await counts(hub.url);
      expect(second.summary).toEqual(first.summary);
      expect(second.totalCount).toBe(196);
      expect(second.states).toBe(196);
      expect(second.actionIds.length).toBe(first.actionIds.length);
      expect(new Set(second.actionIds)).toEqual(new Set(first.actionIds));
      expect(await hub.stop('SIGTERM')).toBe(0);
    } finally {
      await stopIfRunning(hub);
      await database.drop();
    }
  });

  it('refuses a second hub on a data folder in use, and the first goes on answering', async () => {
    const template = inject('template');
    // A PostgreSQL server takes any number of hubs; only the embedded data folder is locked.
    if (template.kind !== 'embedded') return;
    const database = await copyTemplate(template);
    const dataDir = dataDirOf(database.env)!;
    let hub: HubProcess | undefined;
    let intruder: Awaited<ReturnType<typeof spawnHub>> | undefined;
    try {
      hub = await startHub(database.env);
      const started = Date.now();
      intruder = await spawnHub(database.env);
      const elapsed = Date.now() - started;
      if ('proc' in intruder) throw new Error(`A second hub started on ${dataDir}:\n${intruder.output()}`);
      expect(intruder.exitCode).not.toBe(0);
      expect(intruder.exitCode).not.toBeNull();
      expect(elapsed).toBeLessThan(15_000);
      expect(intruder.output).toContain('is in use by another hub');
      expect(intruder.output).toContain(dataDir);
      expect(intruder.output).toContain(`pid ${hub.proc.pid}`);

      // The refused start left the lock, and the database, to the first hub.
      expect(lockHolderPid(dataDir)).toBe(hub.proc.pid);
      const after = await gql<Summary>(hub.url, SUMMARY);
      expect(after.status).toBe(200);
      expect(after.data!.participationSummary).toEqual({ statesParties: 118, signatories: 25, nonSignatories: 53 });
      expect(await hub.stop('SIGTERM')).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);
    } finally {
      if (intruder && 'proc' in intruder) await stopIfRunning(intruder);
      await stopIfRunning(hub);
      await database.drop();
    }
  });

  it('takes over the lock a killed hub left behind', async () => {
    const template = inject('template');
    // Only the embedded data folder has a lock file to leave behind.
    if (template.kind !== 'embedded') return;
    const database = await copyTemplate(template);
    const dataDir = dataDirOf(database.env)!;
    let hub: HubProcess | undefined;
    try {
      hub = await startHub(database.env);
      const before = await counts(hub.url);
      const killedPid = hub.proc.pid;
      expect(await hub.stop('SIGKILL')).toBeNull();
      expect(hub.proc.signalCode).toBe('SIGKILL');
      // Nothing ran after the kill: the lock of the dead process is still there.
      expect(lockHolderPid(dataDir)).toBe(killedPid);

      hub = await startHub(database.env);
      expect(lockHolderPid(dataDir)).toBe(hub.proc.pid);
      const after = await counts(hub.url);
      expect(after.summary).toEqual({ statesParties: 118, signatories: 25, nonSignatories: 53 });
      expect(after.summary).toEqual(before.summary);
      expect(after.states).toBe(196);
      expect(new Set(after.actionIds)).toEqual(new Set(before.actionIds));
      expect(await hub.stop('SIGTERM')).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);
    } finally {
      await stopIfRunning(hub);
      await database.drop();
    }
  });

  it('lets a request in flight finish when SIGTERM arrives', async () => {
    const database = await copyTemplate(inject('template'));
    let hub: HubProcess | undefined;
    try {
      hub = await startHub(database.env);
      const running = hub;
      const body = JSON.stringify({ query: HEAVY });
      // `Expect: 100-continue` makes the hub confirm it has the request (its headers) before the
      // body is sent, so SIGTERM lands while the request is certainly in flight, not before it.
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(running.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            expect: '100-continue',
          },
        });
        req.on('error', reject);
        req.on('continue', () => {
          running.proc.kill('SIGTERM');
          // The body follows once the hub has begun to stop.
          const waitForDrain = setInterval(() => {
            const exited = running.proc.exitCode !== null || running.proc.signalCode !== null;
            if (!exited && !running.output().includes('stopping: draining requests')) return;
            clearInterval(waitForDrain);
            req.end(body);
          }, 10);
        });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          res.on('error', reject);
        });
      });
      const { status, text } = await response;
      expect(status, text.slice(0, 500)).toBe(200);
      const result = JSON.parse(text) as GraphQLResult<{ states: { totalCount: number; edges: unknown[] } }>;
      expect(result.errors).toBeUndefined();
      expect(result.data!.states.totalCount).toBe(196);
      expect(result.data!.states.edges).toHaveLength(196);

      expect(await hub.stop('SIGTERM')).toBe(0);
      const log = hub.output();
      expect(log.indexOf('"status":200')).toBeGreaterThan(log.indexOf('stopping: draining requests'));
      expect(log).toMatch(/"msg":"stopped"/);
      // Once stopped, the hub takes no new requests.
      await expect(gql(running.url, SUMMARY)).rejects.toThrow();
    } finally {
      await stopIfRunning(hub);
      await database.drop();
    }
  });
});
