import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Inputs a mutation needs to create a record are non-null in the schema: a client that leaves
 * one out is told before anything runs (a typed client, at compile time), not by a userError.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const cases: [string, string, string][] = [
  ['partner-cso', 'createActivity(input: { title: "No kind" }) { activity { id } }', 'kind'],
  ['partner-cso', 'createActivity(input: { kind: WORKSHOP }) { activity { id } }', 'title'],
  ['vp-africa', 'recordEngagement(input: { stateIso3: "COM", onBehalfOf: "Vice-President for Africa", summary: "A call" }) { engagement { id } }', 'kind'],
  ['vp-africa', 'recordEngagement(input: { stateIso3: "COM", onBehalfOf: "Vice-President for Africa", kind: CALL }) { engagement { id } }', 'summary'],
  ['secretariat', 'createPlan(input: { name: "No period", focusRegions: [AFRICA] }) { plan { id } }', 'periodFrom'],
];

describe('required inputs are non-null', () => {
  it.each(cases)('%s: %s is refused before it runs, naming %s', async (who, mutation, field) => {
    const res = await (await hub.as(who)).post(JSON.stringify({ query: `mutation { ${mutation} }` }));
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(new RegExp(`Field "\\w+\\.${field}" of required type`));
  });

  it('with them, the mutation runs', async () => {
    const res = await (await hub.as('partner-cso')).post(
      JSON.stringify({ query: 'mutation { createActivity(input: { kind: WORKSHOP, title: "Has both" }) { activity { title } userErrors { code } } }' }),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ createActivity: { activity: { title: 'Has both' }, userErrors: [] } });
  });
});
