import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

/** The configuration the page hands GraphiQL, as the browser reads it. */
async function graphiqlConfig(): Promise<{ title: string; config: { defaultQuery: string; endpoint: string } }> {
  const res = await fetch(`${hub.origin}/graphql`, { headers: { accept: 'text/html' } });
  expect(res.status).toBe(200);
  const page = await res.text();
  const start = page.indexOf('const RURU_CONFIG = ') + 'const RURU_CONFIG = '.length;
  const end = page.indexOf(';\n</script>', start);
  return { title: /<title>([^<]*)<\/title>/.exec(page)![1]!, config: JSON.parse(page.slice(start, end)) as never };
}

describe('GraphiQL opens on the hub', () => {
  it('titled for the hub, with a starter operation that says how to send a token', async () => {
    const { title, config } = await graphiqlConfig();
    expect(title).toBe('ATT Coordination Hub · GraphiQL');
    expect(config.endpoint).toBe('/graphql');
    expect(config.defaultQuery).toMatch(/"Authorization": "Bearer <token>"/);
    for (const entry of ['viewer', 'participationSummary', 'states(first', 'state(iso3', 'activities(first']) expect(config.defaultQuery).toContain(entry);
  });

  it('the starter operation answers, anonymous and signed in, without an error', async () => {
    const { config } = await graphiqlConfig();
    const anonymous = await hub.client.post(JSON.stringify({ query: config.defaultQuery }));
    expect(anonymous.errors).toBeUndefined();
    const data = anonymous.data as unknown as { viewer: { signedIn: boolean }; states: { totalCount: number }; state: { name: string } };
    expect(data.viewer.signedIn).toBe(false);
    expect(data.states.totalCount).toBe(196);
    expect(data.state.name).toBe('Comores');
    const secretariat = await (await hub.as('secretariat')).post(JSON.stringify({ query: config.defaultQuery }));
    expect(secretariat.errors).toBeUndefined();
    expect((secretariat.data as unknown as { viewer: { level: string } }).viewer.level).toBe('RESTRICTED');
  });
});
