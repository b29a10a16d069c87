import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/kernel/graphql/node';
import { graphql } from '../gql';
import type { WhatChangedQuery } from '../gql/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { participationRows } from '../support/shipped-data';

const WhatChanged = graphql(`
  query WhatChanged($since: Date!, $state: String, $region: AttRegion, $body: BodyCode, $first: Int, $after: String) {
    changes(since: $since, state: $state, region: $region, body: $body, first: $first, after: $after) {
      edges {
        cursor
        node {
          at
          kind
          isNew
          summary
          states
          region
          body
          record {
            id
            ... on OfficeHolding {
              office
              person {
                name
              }
            }
            ... on Engagement {
              summary
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const WgetiView = graphql(`
  query WgetiView($years: Int) {
    body(code: WGETI) {
      universalizationView(joinedWithinYears: $years) {
        body
        from
        to
        joined {
          state {
            iso3
            needs {
              kind
            }
            vtfProjects {
              title
            }
            engagements(first: 5) {
              summary
            }
          }
          consent {
            date {
              date
            }
          }
        }
      }
    }
  }
`);

const Appoint = graphql(`
  mutation ChangesAppoint($input: AppointOfficeHolderInput!) {
    appointOfficeHolder(input: $input) {
      officeHolding {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const Engage = graphql(`
  mutation ChangesEngage($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      engagement {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const Assess = graphql(`
  mutation ChangesAssess($input: AssessPriorityInput!) {
    assessPriority(input: $input) {
      priorityAssessment {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const Draft = graphql(`
  mutation ChangesDraft($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        status
      }
      userErrors {
        message
      }
    }
  }
`);

const Need = graphql(`
  mutation ChangesNeed($input: StateNeedInput!) {
    stateNeed(input: $input) {
      need {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const ReadsOf = graphql(`
  query ChangesReadsOf($recordId: String!) {
    auditEvents(first: 20, filter: { kind: READ, recordId: $recordId }) {
      edges {
        node {
          actor
          recordType
          fields
        }
      }
    }
  }
`);

let hub: TestHub;
const today = new Date().toISOString().slice(0, 10);
/** The records this file writes, by what they are. */
const ids: Record<'appointment' | 'engagement' | 'tier' | 'draft' | 'need', string> = { appointment: '', engagement: '', tier: '', draft: '', need: '' };

beforeAll(async () => {
  hub = await startTestHub();
  const secretariat = await hub.as('secretariat');
  const appointed = await secretariat.query(Appoint, {
    input: { body: 'WGETI', office: 'FACILITATOR', personName: 'Test facilitator (created by the changes test)', validFrom: today, source: 'Test: appointment letter' },
  });
  expect(appointed.data!.appointOfficeHolder.userErrors).toEqual([]);
  ids.appointment = key(appointed.data!.appointOfficeHolder.officeHolding!.id);

  const vp = await hub.as('vp-africa');
  const engaged = await vp.query(Engage, {
    input: { stateIso3: 'COM', kind: 'CALL', onBehalfOf: 'Vice-President for Africa', summary: 'Call on the changes list (test)' },
  });
  expect(engaged.data!.recordEngagement.userErrors).toEqual([]);
  ids.engagement = key(engaged.data!.recordEngagement.engagement!.id);

  const assessed = await secretariat.query(Assess, {
    input: { stateIso3: 'AGO', tier: 'TIER_2_READY_SOON', rationale: 'Test: a restricted tier change', source: 'Test' },
  });
  expect(assessed.data!.assessPriority.userErrors).toEqual([]);
  ids.tier = key(assessed.data!.assessPriority.priorityAssessment!.id);

  const partner = await hub.as('partner-cso');
  const drafted = await partner.query(Draft, { input: { kind: 'WORKSHOP', title: 'Partner draft (changes test)', targetStates: ['COM'] } });
  expect(drafted.data!.createActivity.activity!.status).toBe('DRAFT');
  ids.draft = key(drafted.data!.createActivity.activity!.id);

  const stated = await secretariat.query(Need, {
    input: { stateIso3: 'COM', kind: 'LEGAL', description: 'Test: drafting a control list', statedBy: 'Test' },
  });
  expect(stated.data!.stateNeed.userErrors).toEqual([]);
  ids.need = key(stated.data!.stateNeed.need!.id);
});
afterAll(async () => {
  await hub?.stop();
});

type Client = Awaited<ReturnType<TestHub['as']>> | TestHub['client'];

/** Every change since `since` a client may see, page by page (small pages: the cursors are used). */
async function allChanges(client: Client, variables: { since: string; state?: string; region?: 'AFRICA'; body?: 'WGETI' }) {
  const nodes = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const { data, errors }: { data?: WhatChangedQuery | null; errors?: unknown } = await client.query(WhatChanged, { ...variables, first: 20, after });
    expect(errors).toBeUndefined();
    nodes.push(...data!.changes.edges.map((e) => e.node));
    if (!data!.changes.pageInfo.hasNextPage) return nodes;
    after = data!.changes.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

/** The records' own keys (their global ids decoded), as the ids below hold them. */
const recordIds = (nodes: { record: { id: string } }[]) => nodes.map((n) => fromGlobalId(n.record.id)!.key);
const key = (id: string) => fromGlobalId(id)!.key;

describe('what changed since a day', () => {
  it("shows a WGETI chair the new appointment and need, and none of the hidden changes (an engagement, a tier, a partner's draft)", async () => {
    const chair = await hub.as('wgeti-chair');
    const nodes = await allChanges(chair, { since: today });
    const seen = recordIds(nodes);
    expect(seen).toContain(ids.appointment);
    expect(seen).toContain(ids.need);
    expect(seen).not.toContain(ids.engagement);
    expect(seen).not.toContain(ids.tier);
    expect(seen).not.toContain(ids.draft);
    expect(nodes.map((n) => n.kind)).not.toContain('PRIORITY_ASSESSMENT');
    expect(nodes.map((n) => n.kind)).not.toContain('ENGAGEMENT');
    const appointment = nodes.find((n) => n.kind === 'APPOINTMENT' && n.record.id && recordIds([n])[0] === ids.appointment)!;
    expect(appointment).toMatchObject({ body: 'WGETI', isNew: true, record: { office: 'FACILITATOR', person: { name: 'Test facilitator (created by the changes test)' } } });
    expect(appointment.summary).toContain('Test facilitator');
    // Newest first.
    const times = nodes.map((n) => Date.parse(n.at as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('pages without repeating or skipping a change', async () => {
    const chair = await hub.as('wgeti-chair');
    const paged = await allChanges(chair, { since: '2024-01-01' });
    const { data } = await chair.query(WhatChanged, { since: '2024-01-01', first: 200 });
    const whole = data!.changes.edges.map((e) => e.node);
    expect(paged.length).toBeGreaterThan(20);
    if (!data!.changes.pageInfo.hasNextPage) expect(recordIds(paged)).toEqual(recordIds(whole));
    else expect(recordIds(paged).slice(0, 200)).toEqual(recordIds(whole));
    // States that joined in 2024 are there, as status changes, on the day they took place.
    const joined2024 = participationRows.filter((r) => r.consent_date?.startsWith('2024'));
    expect(joined2024.length).toBeGreaterThan(0);
    for (const row of joined2024) {
      expect(paged.some((n) => n.kind === 'STATUS_CHANGE' && n.states[0] === row.iso3 && (n.at as string).startsWith(row.consent_date!))).toBe(true);
    }
  });

  it('shows a restricted reader the engagement and the tier change, and still not the draft', async () => {
    const cochair = await hub.as('wgtu-cochair');
    const nodes = await allChanges(cochair, { since: today });
    const seen = recordIds(nodes);
    expect(seen).toEqual(expect.arrayContaining([ids.appointment, ids.need, ids.engagement, ids.tier]));
    expect(seen).not.toContain(ids.draft);
    const engagement = nodes.find((n) => n.kind === 'ENGAGEMENT' && recordIds([n])[0] === ids.engagement)!;
    expect(engagement).toMatchObject({ states: ['COM'], region: 'AFRICA', record: { summary: 'Call on the changes list (test)' } });
    // What it read of the engagement and the tier is in the access log, under its name.
    const secretariat = await hub.as('secretariat');
    for (const [recordId, recordType, fact] of [[ids.engagement, 'Engagement', 'date'], [ids.tier, 'PriorityAssessment', 'tier']] as const) {
      const reads = (await secretariat.query(ReadsOf, { recordId })).data!.auditEvents!.edges.map((e) => e.node);
      expect(reads.some((r) => r.actor === 'demo:wgtu-cochair' && r.recordType === recordType && r.fields?.includes(fact)), recordType).toBe(true);
    }
    // The partner sees its own draft.
    expect(recordIds(await allChanges(await hub.as('partner-cso'), { since: today }))).toContain(ids.draft);
  });

  it('shows the anonymous public only public changes', async () => {
    const nodes = await allChanges(hub.client, { since: today });
    const seen = recordIds(nodes);
    expect(seen).toContain(ids.appointment);
    for (const hidden of [ids.engagement, ids.tier, ids.draft, ids.need]) expect(seen).not.toContain(hidden);
    expect(new Set(nodes.map((n) => n.kind))).not.toContain('NEED');
  });

  it('narrows by body, state and region', async () => {
    const chair = await hub.as('wgtu-cochair');
    const byBody = await allChanges(chair, { since: today, body: 'WGETI' });
    expect(byBody.length).toBeGreaterThan(0);
    expect(byBody.every((n) => n.body === 'WGETI')).toBe(true);
    const byState = await allChanges(chair, { since: today, state: 'com' });
    expect(recordIds(byState)).toEqual(expect.arrayContaining([ids.engagement, ids.need]));
    expect(byState.every((n) => n.states.includes('COM'))).toBe(true);
    const byRegion = await allChanges(chair, { since: today, region: 'AFRICA' });
    expect(recordIds(byRegion)).toEqual(expect.arrayContaining([ids.engagement, ids.need, ids.tier]));
    expect(recordIds(byRegion)).not.toContain(ids.appointment);
  });

  it.each([
    ['2010-01-01', /on or after 2013-04-02/],
    ['2999-01-01', /not be after today/],
  ])('refuses since %s as bad input', async (since, message) => {
    const { data, errors } = await hub.client.query(WhatChanged, { since });
    expect(data?.changes ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
  });

  it('refuses a day that is no day, a state that is no code and a cursor of another list', async () => {
    const notADay = await hub.client.post(JSON.stringify({ query: '{ changes(since: "2024-02-30") { edges { cursor } } }' }));
    expect(notADay.errors?.[0]?.message).toMatch(/Date must be/);
    const notAState = await hub.client.query(WhatChanged, { since: today, state: 'Comoros' });
    expect(notAState.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = Buffer.from(JSON.stringify(['Engagement', '2024-01-01', '2024-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'])).toString('base64url');
    const badCursor = await hub.client.query(WhatChanged, { since: today, after: cursor });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("a WGETI chair's view of universalization", () => {
  it('lists the states that joined in the last five years, with their needs as the chair may see them', async () => {
    const chair = await hub.as('wgeti-chair');
    const { data, errors } = await chair.query(WgetiView, { years: 5 });
    expect(errors?.filter((e) => !/engagements/.test(String(e.path?.join('.')))) ?? []).toEqual([]);
    const view = data!.body!.universalizationView;
    expect(view.body).toBe('WGETI');
    expect(view.to).toBe(today);
    const joined = participationRows.filter((r) => r.consent_date && r.consent_date >= view.from && r.consent_date <= today).map((r) => r.iso3);
    expect(joined.length).toBeGreaterThan(0);
    const known = view.joined.filter((j) => j.consent.date.date);
    expect(known.map((j) => j.state.iso3).sort()).toEqual(joined.sort());
    // The others: parties whose deposit the sources date no closer than a window that lies within these years.
    for (const j of view.joined.filter((j) => !j.consent.date.date)) {
      expect(participationRows.find((r) => r.iso3 === j.state.iso3)).toMatchObject({ status: 'STATE_PARTY', consent_date: '' });
    }
    // Most recent first.
    const days = known.map((j) => j.consent.date.date as string);
    expect([...days].sort().reverse()).toEqual(days);
    // A chair reads needs (treaty bodies) but not engagements (RESTRICTED): denied, never leaked.
    for (const j of view.joined) expect(j.state.engagements).toBeNull();
  });

  it('refuses a window out of range', async () => {
    const { errors } = await hub.client.query(WgetiView, { years: 0 });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
