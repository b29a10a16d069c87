import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HubClient, startTestHub, type TestHub } from './support/hub';

/** What a viewer's own records give it: idempotency keys of its own. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
const post = async (client: HubClient, query: string, variables?: Record<string, unknown>) =>
  (await client.post(JSON.stringify({ query, variables }))) as unknown as Answer;

describe('idempotency keys are each viewer’s own', () => {
  const CREATE = `mutation($key: String!, $title: String!) { createActivity(input: { kind: WORKSHOP, title: $title, idempotencyKey: $key }) { activity { id } userErrors { code } } }`;
  const idOf = (answer: Answer) => (answer.data?.createActivity as { activity: { id: string } | null } | undefined)?.activity?.id;
  const count = async (title: string) =>
    (await hub.hub.database.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from activity where title = ?', [title]))[0]!.n;

  it('a viewer with no organisation sending one key twice, or twelve times at once, gets one activity', async () => {
    for (const principal of ['vp-africa', 'focal-point-com', 'csp-president']) {
      const client = await hub.as(principal);
      const title = `Workshop keyed by ${principal}`;
      const first = await post(client, CREATE, { key: `${principal}-2026-01`, title });
      const second = await post(client, CREATE, { key: `${principal}-2026-01`, title });
      expect(idOf(first)).toBeTruthy();
      expect(idOf(second)).toBe(idOf(first));
      const atOnce = await Promise.all([...Array(12)].map(() => post(client, CREATE, { key: `${principal}-2026-02`, title: `${title} (at once)` })));
      expect(new Set(atOnce.map(idOf)).size).toBe(1);
      expect(atOnce.every((a) => a.errors === undefined && idOf(a))).toBe(true);
      expect(await count(title)).toBe('1');
      expect(await count(`${title} (at once)`)).toBe('1');
    }
  });

  it("one viewer's key is not another's", async () => {
    const [vp, contact] = [await hub.as('vp-africa'), await hub.as('focal-point-com')];
    const mine = await post(vp, CREATE, { key: 'shared-key', title: 'Shared key: the VP' });
    const theirs = await post(contact, CREATE, { key: 'shared-key', title: 'Shared key: the contact' });
    expect(idOf(theirs)).toBeTruthy();
    expect(idOf(theirs)).not.toBe(idOf(mine));
  });

  it('an import by a viewer with no organisation, sent again or twice at once, adds each row once', async () => {
    const IMPORT = `mutation($content: String!) { importActivities(input: { format: CSV, content: $content }) { created { title } alreadyImported userErrors { code } } }`;
    const vp = await hub.as('vp-africa');
    const csv = 'kind,title,targetStates,key\nWORKSHOP,Imported by the VP: one,COM,vp-import-1\nTRAINING,Imported by the VP: two,GMB,vp-import-2\n';
    const first = (await post(vp, IMPORT, { content: csv })).data!.importActivities as { created: unknown[]; alreadyImported: number };
    expect(first).toMatchObject({ alreadyImported: 0 });
    expect(first.created).toHaveLength(2);
    const again = (await post(vp, IMPORT, { content: csv })).data!.importActivities;
    expect(again).toMatchObject({ created: [], alreadyImported: 2 });

    const csv2 = 'kind,title,key\nADVOCACY,Imported at once: one,vp-import-3\nADVOCACY,Imported at once: two,vp-import-4\n';
    const both = await Promise.all([post(vp, IMPORT, { content: csv2 }), post(vp, IMPORT, { content: csv2 })]);
    expect(both.every((a) => a.errors === undefined)).toBe(true);
    const results = both.map((a) => a.data!.importActivities as { created: unknown[]; alreadyImported: number });
    expect(results.reduce((n, r) => n + r.created.length, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.alreadyImported, 0)).toBe(2);
    expect(await count('Imported at once: one')).toBe('1');
  });
});
