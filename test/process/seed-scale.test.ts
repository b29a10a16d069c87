import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { copyTemplate, startHubOn, type TestHub } from '../support/hub';

const ROOT = path.resolve(__dirname, '../..');

/**
 * `npm run seed:scale` writes its batches without the row-by-row triggers and does their work
 * set-wise (scripts/seed-scale-insert.ts): each state's latest activities (`activity_target`)
 * must come out as the trigger makes them, and the bulk path must be the one taken (a trigger
 * changed without the script makes it fall back to the slow one: this test says so).
 */
describe('seed:scale', () => {
  let hub: TestHub;
  let output = '';

  beforeAll(async () => {
    const database = await copyTemplate(inject('template'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', 'scripts/seed-scale.ts', '--factor', '0.02'],
      { cwd: ROOT, env: { ...process.env, ...database.env, NODE_ENV: 'test', DEMO_PRINCIPALS: 'true', LOG_LEVEL: 'warn' } },
    );
    output = stdout;
    hub = await startHubOn(database.env, { DEMO_PRINCIPALS: 'true' }, () => database.drop());
  }, 300_000);
  afterAll(() => hub?.stop());

  it('takes the bulk path for every table', () => {
    for (const table of ['activity', 'engagement', 'assistance_need', 'assistance_offer', 'assistance_match', 'audit_event']) {
      expect(output).toMatch(new RegExp(`^${table} .* bulk$`, 'm'));
    }
    expect(output).toMatch(/^activity +asked +400 +new +400 /m);
  });

  it("lists each state's synthetic activities among its latest, as the trigger would", async () => {
    const secretariat = await hub.as('secretariat');
    for (const iso3 of ['FRA', 'NGA', 'BRA', 'CHN', 'KEN']) {
      const res = await secretariat.post(
        JSON.stringify({
          query: `query($iso3: String!) {
            state(iso3: $iso3) { activities(first: 50) { id title } }
            activities(filter: { state: $iso3 }, first: 50) { totalCount edges { node { id } } }
          }`,
          variables: { iso3 },
        }),
      );
      expect(res.errors).toBeUndefined();
      const data = res.data as unknown as {
        state: { activities: { id: string; title: string }[] };
        activities: { totalCount: number; edges: { node: { id: string } }[] };
      };
      // Within the page: every activity aimed at the state, synthetic ones included, and no other.
      expect(data.activities.totalCount).toBeLessThan(50);
      expect(new Set(data.state.activities.map((a) => a.id))).toEqual(new Set(data.activities.edges.map((e) => e.node.id)));
    }
    const all = await secretariat.post(JSON.stringify({ query: '{ activities(filter: { state: "FRA" }, first: 50) { edges { node { title } } } }' }));
    expect(JSON.stringify(all.data)).toContain('Synthetic:');
  });
});
