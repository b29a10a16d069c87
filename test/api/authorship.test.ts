import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLocalToken } from '../../src/access/auth/tokens';
import { BodyCode, OfficeKind } from '../../src/domains/bodies/enums';
import { OfficeHolding } from '../../src/domains/bodies/office-holding.entity';
import { Person } from '../../src/domains/bodies/person.entity';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { AttRegion } from '../../src/domains/participation/enums';
import { Engagement } from '../../src/domains/universalization/engagement.entity';
import { EngagementKind } from '../../src/domains/universalization/enums';
import { HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * What a viewer's own records give it: rights that last as long as the office (or membership)
 * they were made under, and idempotency keys of its own.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
const post = async (client: HubClient, query: string, variables?: Record<string, unknown>) =>
  (await client.post(JSON.stringify({ query, variables }))) as unknown as Answer;

const RECORD = `mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { engagement { id version } userErrors { code } } }`;
const UPDATE = `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { engagement { version outcome } userErrors { code } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Engagement { summary outcome } } engagements(first: 200) { edges { node { id } } } }`;

/** A person signed in with its own token, holding one office (or none). */
async function personWith(name: string, holding?: Partial<OfficeHolding>): Promise<{ client: HubClient; personId: string; holdingId?: string }> {
  const em = hub.hub.database.orm.em.fork();
  const personId = randomUUID();
  const subject = `test:${personId}`;
  em.create(Person, { id: personId, subject, name, demo: true });
  const holdingId = holding ? randomUUID() : undefined;
  if (holding) em.create(OfficeHolding, { id: holdingId, person: personId, source: 'Test record', demo: true, ...holding } as unknown as OfficeHolding);
  await em.flush();
  return { client: new HubClient(hub.client.url, await signLocalToken(hub.config.auth, subject)), personId, holdingId };
}

async function endTerm(holdingId: string, lastDay: string): Promise<void> {
  await hub.hub.database.orm.em.fork().nativeUpdate(OfficeHolding, { id: holdingId }, { validTo: lastDay });
}

describe('rights from authorship end with the office the record was made under', () => {
  it('a champion whose term ended yesterday reads and corrects its own report no more', async () => {
    const { client: champion, personId, holdingId } = await personWith('Champion for Africa (test)', {
      body: BodyCode.WGTU,
      office: OfficeKind.REGIONAL_CHAMPION,
      region: AttRegion.AFRICA,
      validFrom: '2025-01-01',
      validTo: day(0),
    });
    const made = await post(champion, RECORD, {
      input: { stateIso3: 'COM', kind: 'BILATERAL_MEETING', onBehalfOf: 'Regional champion for Africa', summary: 'Shared our ratification experience.' },
    });
    const engagement = (made.data!.recordEngagement as { engagement: { id: string; version: number } }).engagement;
    expect(engagement).toBeTruthy();

    // During the term: its own report, read and corrected (a champion reads no other RESTRICTED facts).
    const during = await post(champion, READ, { id: engagement.id });
    expect(during.data!.node).toMatchObject({ summary: 'Shared our ratification experience.' });
    expect((during.data!.engagements as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).toEqual([engagement.id]);
    const corrected = await post(champion, UPDATE, { input: { id: engagement.id, version: 1, outcome: 'A follow-up visit agreed.' } });
    expect(corrected.data!.updateEngagement).toMatchObject({ engagement: { version: 2 }, userErrors: [] });

    // The term ended yesterday: today the report is the office's, no longer this person's.
    await endTerm(holdingId!, day(-1));
    const after = await post(champion, READ, { id: engagement.id });
    expect(after.data!.node).toBeNull();
    expect((after.data!.engagements as { edges: unknown[] } | null)?.edges ?? []).toEqual([]);
    const refused = await post(champion, UPDATE, { input: { id: engagement.id, version: 2, outcome: 'Rewritten after the term.' } });
    expect(refused.data!.updateEngagement).toMatchObject({ engagement: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const newContact = await post(champion, RECORD, {
      input: { stateIso3: 'COM', kind: 'CALL', onBehalfOf: 'Former champion', summary: 'After the term.' },
    });
    expect(newContact.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The record stays whole for those who read it by office: the Vice-President for Africa.
    const vp = await post(await hub.as('vp-africa'), READ, { id: engagement.id });
    expect(vp.data!.node).toMatchObject({ outcome: 'A follow-up visit agreed.' });

    // Appointed again (a new term, a new holding): its new reports are its own, the old one stays the old office's.
    const em = hub.hub.database.orm.em.fork();
    em.create(OfficeHolding, {
      id: randomUUID(), person: personId, body: BodyCode.WGTU, office: OfficeKind.REGIONAL_CHAMPION, region: AttRegion.AFRICA,
      validFrom: day(0), source: 'Test record', demo: true,
    } as unknown as OfficeHolding);
    await em.flush();
    const again = await post(champion, READ, { id: engagement.id });
    expect(again.data!.node).toBeNull();
  });

  it("the demo former co-chair's report from its term is closed to it", async () => {
    // A contact the co-chair recorded in 2023, under the term that ended on 25 August 2023.
    const em = hub.hub.database.orm.em.fork();
    const id = randomUUID();
    em.create(Engagement, {
      id, state: 'GMB', region: AttRegion.AFRICA, date: '2023-05-10', kind: EngagementKind.BILATERAL_MEETING, onBehalfOf: 'WGTU co-chair',
      summary: 'Bilateral meeting on the margins of the WGTU meeting.', recordedBy: stableUuid('person:former-cochair'),
      recordedUnder: stableUuid('holding:former-cochair'), createdAt: new Date('2023-05-10T12:00:00Z'), updatedAt: new Date('2023-05-10T12:00:00Z'),
    } as unknown as Engagement);
    await em.flush();
    const globalId = toGlobalId('Engagement', id);
    const former = await hub.as('former-cochair');
    expect((await post(former, READ, { id: globalId })).data!.node).toBeNull();
    const refused = await post(former, UPDATE, { input: { id: globalId, version: 1, outcome: 'Edited years later.' } });
    expect(refused.data!.updateEngagement).toMatchObject({ userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await post(await hub.as('secretariat'), READ, { id: globalId })).data!.node).toMatchObject({ outcome: null });
  });

  it("an organisation's contribution is its members': staff who leave it lose its drafts; one made for no organisation stays its contributor's", async () => {
    const { client: staff, personId } = await personWith('Civil society staff member (test)');
    const organisation = stableUuid('organisation:Demo Civil Society Network');
    await hub.hub.database.orm.em.fork().nativeUpdate(Person, { id: personId }, { organisation });
    const created = await post(staff, 'mutation { createActivity(input: { kind: ADVOCACY, title: "Draft of the network" }) { activity { id } } }');
    const draft = (created.data!.createActivity as { activity: { id: string } }).activity.id;
    const readDraft = `{ node(id: "${draft}") { ... on Activity { title } } }`;
    expect((await post(staff, readDraft)).data!.node).toMatchObject({ title: 'Draft of the network' });
    // A colleague who stays reads it.
    expect((await post(await hub.as('partner-cso'), readDraft)).data!.node).toMatchObject({ title: 'Draft of the network' });

    await hub.hub.database.orm.em.fork().nativeUpdate(Person, { id: personId }, { organisation: null });
    expect((await post(staff, readDraft)).data!.node).toBeNull();
    const edit = await post(staff, `mutation { updateActivity(input: { id: "${draft}", version: 1, title: "Taken along" }) { userErrors { code } } }`);
    expect(edit.data!.updateActivity).toMatchObject({ userErrors: [{ code: 'NOT_FOUND' }] });

    // Its own contribution, made for no organisation, stays its own.
    const own = await post(staff, 'mutation { createActivity(input: { kind: ADVOCACY, title: "Own op-ed" }) { activity { id } } }');
    const ownId = (own.data!.createActivity as { activity: { id: string } }).activity.id;
    expect((await post(staff, `{ node(id: "${ownId}") { ... on Activity { title } } }`)).data!.node).toMatchObject({ title: 'Own op-ed' });
  });
});

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
