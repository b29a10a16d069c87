import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

/** `decisions(outcomeRecorded:)`: the decisions awaiting an outcome (the Secretariat's desk lists them), and those with one. */
const ByOutcome = graphql(`
  query DecisionsByOutcome($recorded: Boolean) {
    decisions(outcomeRecorded: $recorded) {
      id
      version
      outcome
      outcomeSource
    }
  }
`);

const Record = graphql(`
  mutation RecordOutcomeForList($input: RecordDecisionOutcomeInput!) {
    recordDecisionOutcome(input: $input) {
      decision {
        id
        outcome
      }
      userErrors {
        field
        code
      }
    }
  }
`);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const ids = (list: { id: string }[]) => list.map((d) => d.id).sort();

describe('decisions by whether their outcome is recorded', () => {
  it('splits the decisions in two, the same for every viewer (decisions are public)', async () => {
    const all = (await hub.client.query(ByOutcome, {})).data!.decisions;
    const awaiting = (await hub.client.query(ByOutcome, { recorded: false })).data!.decisions;
    const recorded = (await hub.client.query(ByOutcome, { recorded: true })).data!.decisions;
    // The shipped CSP9 proposals have no outcome any source records: every one of them awaits one.
    expect(awaiting.length).toBeGreaterThan(0);
    expect(awaiting.every((d) => d.outcome === 'NOT_RECORDED' && d.outcomeSource === null)).toBe(true);
    expect(recorded.every((d) => d.outcome !== 'NOT_RECORDED')).toBe(true);
    expect(ids([...awaiting, ...recorded])).toEqual(ids(all));
    for (const principal of ['partner-cso', 'csp-president', 'secretariat']) {
      const seen = (await (await hub.as(principal)).query(ByOutcome, { recorded: false })).data!.decisions;
      expect(ids(seen), principal).toEqual(ids(awaiting));
    }
  });

  it('moves a decision from awaiting to recorded when the Secretariat records its outcome; others are refused and nothing moves', async () => {
    const [first] = (await hub.client.query(ByOutcome, { recorded: false })).data!.decisions;
    const input = { id: first!.id, version: first!.version!, outcome: 'NOTED' as const, source: 'Test: final report of the conference (created by this test)' };
    for (const principal of [null, 'partner-cso', 'csp-president']) {
      const client = principal ? await hub.as(principal) : hub.client;
      const refused = await client.query(Record, { input });
      expect(refused.errors?.[0]?.extensions?.code, String(principal)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(refused.data?.recordDecisionOutcome ?? null).toBeNull();
    }
    expect(ids((await hub.client.query(ByOutcome, { recorded: false })).data!.decisions)).toContain(first!.id);

    const secretariat = await hub.as('secretariat');
    const done = await secretariat.query(Record, { input });
    expect(done.data!.recordDecisionOutcome).toEqual({ decision: { id: first!.id, outcome: 'NOTED' }, userErrors: [] });
    expect(ids((await hub.client.query(ByOutcome, { recorded: false })).data!.decisions)).not.toContain(first!.id);
    const recorded = (await (await hub.as('partner-cso')).query(ByOutcome, { recorded: true })).data!.decisions;
    expect(recorded.find((d) => d.id === first!.id)).toMatchObject({ outcome: 'NOTED', outcomeSource: input.source });
  });
});
