import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * Many writers of one record at once, with readers of other records in between: every request
 * is answered, exactly one writer per round wins (the others get CONFLICT), and no answer holds
 * rows another request asked for. The same on the embedded database (one PostgreSQL session
 * shared by the pool's connections) as on a PostgreSQL server.
 */

const WRITERS = 12;
const ROUNDS = 5;
const READERS = 12;
/** Far above what a round needs on a loaded machine; only a request that is never answered reaches it. */
const NEVER_ANSWERED_MS = 60_000;

const UPDATE = `mutation($input: UpdateNationalProcessInput!) {
  updateNationalProcess(input: $input) { nationalProcess { version nextStep } userErrors { code field } }
}`;
const PROCESS = `query($iso3: String!) { state(iso3: $iso3) { nationalProcess { version nextStep } } }`;
const STATE = `query($iso3: String!) { state(iso3: $iso3) { iso3 region nationalProcess { stage } } }`;
const TRAIL = `query($filter: AuditEventFilter) { auditEvents(first: 50, filter: $filter) { totalCount edges { node { clientRequestId changes } } } }`;

const comoros = toGlobalId('NationalProcess', stableUuid('national-process:COM'));

// The answers are read loosely: each query's shape is in the query.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { status: number; data?: any; errors?: unknown[]; unanswered?: true };

/** One request; one still unanswered after NEVER_ANSWERED_MS is a failure of its own kind, not a test timeout. */
function send(client: HubClient, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const unanswered = new Promise<Answer>((resolve) => {
    timer = setTimeout(() => resolve({ status: 0, unanswered: true }), NEVER_ANSWERED_MS);
  });
  return Promise.race([client.post(JSON.stringify({ query, variables }), headers), unanswered]).finally(() => clearTimeout(timer));
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('concurrent writers of one record, with readers in between', () => {
  it(`${WRITERS} writers × ${ROUNDS} rounds: one wins per round, the rest CONFLICT, every request answered, no answer holds another's rows`, async () => {
    const secretariat = await hub.as('secretariat');
    // Writers as several viewers who may all change the process (RESTRICTED about Comoros).
    const principals = ['secretariat', 'csp-president', 'vp-africa', 'focal-point-com'];
    const writers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => hub.as(principals[i % principals.length]!)));
    // Readers ask for states other than the one written, each its own, fresh from the database.
    const all = await send(secretariat, '{ states(first: 200) { edges { node { iso3 region } } } }', {});
    const states = (all.data.states.edges as { node: { iso3: string; region: string } }[])
      .map((e) => e.node)
      .filter((s) => s.iso3 !== 'COM');
    expect(states.length).toBeGreaterThan(READERS * ROUNDS);
    const regionOf = new Map(states.map((s) => [s.iso3, s.region]));

    const start = await send(secretariat, PROCESS, { iso3: 'COM' });
    let version: number = start.data.state.nationalProcess.version;
    const firstVersion = version;
    const winners: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const asked = states.slice(round * READERS, (round + 1) * READERS).map((s) => s.iso3);
      const writes = writers.map((w, i) =>
        send(w, UPDATE, { input: { id: comoros, version, nextStep: `Round ${round}, writer ${i}` } }, { 'x-request-id': `w-${round}-${i}` }),
      );
      // As the Secretariat, who reads every process: RESTRICTED reads, so access-log writes among the updates.
      const reads = asked.map((iso3) => send(secretariat, STATE, { iso3 }, { 'cache-control': 'no-cache' }));
      const [written, read] = await Promise.all([Promise.all(writes), Promise.all(reads)]);

      for (const [i, answer] of written.entries()) {
        expect(answer.status, `round ${round}, writer ${i}: ${JSON.stringify(answer)}`).toBe(200);
        expect(answer.errors, `round ${round}, writer ${i}`).toBeUndefined();
      }
      const payloads = written.map((a) => a.data.updateNationalProcess);
      const won = payloads.filter((p) => p.userErrors.length === 0);
      const lost = payloads.filter((p) => p.userErrors.length === 1 && p.userErrors[0].code === 'CONFLICT');
      expect(won, `round ${round}: ${JSON.stringify(payloads)}`).toHaveLength(1);
      expect(lost).toHaveLength(WRITERS - 1);
      expect(won[0].nationalProcess.version).toBe(version + 1);
      winners.push(won[0].nationalProcess.nextStep);

      for (const [i, answer] of read.entries()) {
        expect(answer.status, `round ${round}, reader of ${asked[i]}: ${JSON.stringify(answer)}`).toBe(200);
        expect(answer.errors).toBeUndefined();
        // Its own state, never the rows of another request.
        expect(answer.data.state.iso3).toBe(asked[i]);
        expect(answer.data.state.region).toBe(regionOf.get(asked[i]!));
      }

      // The record moved on by exactly one version, to the winner's change.
      const now = await send(secretariat, PROCESS, { iso3: 'COM' }, { 'cache-control': 'no-cache' });
      expect(now.data.state.nationalProcess).toEqual({ version: version + 1, nextStep: winners[round] });
      version += 1;
    }
    expect(version).toBe(firstVersion + ROUNDS);

    // One audit entry per success, each the winner's own change.
    const trail = await send(secretariat, TRAIL, {
      filter: { kind: 'CHANGE', recordType: 'NationalProcess', recordId: Buffer.from(comoros, 'base64url').toString().split(':')[1] },
    });
    const entries = (trail.data.auditEvents.edges as { node: { clientRequestId: string; changes: { nextStep?: { to: string } } } }[])
      .map((e) => e.node)
      .filter((n) => n.clientRequestId?.startsWith('w-'));
    expect(entries).toHaveLength(ROUNDS);
    expect(entries.map((e) => e.changes.nextStep?.to).sort()).toEqual([...winners].sort());
  }, 300_000);
});
