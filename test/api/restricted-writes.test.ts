import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const CreateProcess = graphql(`
  mutation CreateProcess($input: CreateNationalProcessInput!) {
    createNationalProcess(input: $input) {
      nationalProcess {
        id
        stage
        version
        state {
          iso3
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateProcess = graphql(`
  mutation UpdateProcess($input: UpdateNationalProcessInput!) {
    updateNationalProcess(input: $input) {
      nationalProcess {
        id
        stage
        obstacles
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const AssessPriority = graphql(`
  mutation AssessPriority($input: AssessPriorityInput!) {
    assessPriority(input: $input) {
      priorityAssessment {
        id
        tier
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const PriorityHistory = graphql(`
  query PriorityHistory($iso3: String!) {
    state(iso3: $iso3) {
      currentPriority {
        tier
        rationale
      }
      priorityAssessments {
        tier
        assessedOn
      }
    }
  }
`);

describe('the access log of a page of records', () => {
  it('is one entry per record type and fields, listing every record read; each record finds it', async () => {
    const vp = await hub.as('vp-africa');
    const page = await vp.post(
      JSON.stringify({ query: '{ states(first: 200, filter: { region: AFRICA }) { edges { node { iso3 currentPriority { tier } } } } }' }),
      { 'x-request-id': 'page-of-africa' },
    );
    type Page = { states: { edges: { node: { iso3: string } }[] } };
    // Every state's tier was read, an empty one too (that there is none is a fact as well).
    const read = (page.data as unknown as Page).states.edges.map((e) => e.node.iso3);
    expect(read.length).toBeGreaterThan(40);

    const secretariat = await hub.as('secretariat');
    const entries = await secretariat.query(Trail, { filter: { kind: 'READ', actor: 'demo:vp-africa', recordType: 'State' } });
    const ours = entries.data?.auditEvents?.edges.map((e) => e.node).filter((n) => n.clientRequestId === 'page-of-africa') ?? [];
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ fields: ['currentPriority'], recordId: null });
    expect([...(ours[0]?.recordIds ?? [])].sort()).toEqual([...read].sort());

    // An auditor asking about one state finds the entry that read it among others.
    const aboutOne = await secretariat.query(Trail, { filter: { kind: 'READ', recordId: read[3] } });
    expect(aboutOne.data?.auditEvents?.edges.some((e) => e.node.clientRequestId === 'page-of-africa')).toBe(true);
    const aboutAnother = await secretariat.query(Trail, { filter: { kind: 'READ', recordId: 'FRA' } });
    expect(aboutAnother.data?.auditEvents?.edges.some((e) => e.node.clientRequestId === 'page-of-africa')).toBe(false);
  });
});

describe('requests at once', () => {
  it('each gets its own viewer, and its access log entries under its own name, written together or not', async () => {
    const query = JSON.stringify({ query: '{ states(first: 200, filter: { region: AFRICA }) { edges { node { iso3 currentPriority { tier } } } } }' });
    const viewers = ['vp-africa', 'secretariat', 'partner-cso', 'focal-point-com'] as const;
    const clients = await Promise.all(viewers.map((v) => hub.as(v)));
    // Four rounds of every viewer at once: the first makes the answers, the others are served from the cache.
    const answers = await Promise.all(
      [0, 1, 2, 3].flatMap((round) => clients.map((c, i) => c.post(query, { 'x-request-id': `at-once-${round}-${viewers[i]}` }))),
    );
    type Page = { states: { edges: { node: { currentPriority: unknown } }[] } };
    const tiersSeen = (i: number) => (answers[i]!.data as unknown as Page).states.edges.filter((e) => e.node.currentPriority !== null).length;
    // The partner sees no tier (RESTRICTED); the Vice-President and the Secretariat see them.
    for (let round = 0; round < 4; round++) {
      expect(tiersSeen(round * 4 + 2)).toBe(0);
      expect(tiersSeen(round * 4 + 0)).toBeGreaterThan(0);
      expect(tiersSeen(round * 4 + 1)).toBe(tiersSeen(round * 4 + 0));
    }

    const secretariat = await hub.as('secretariat');
    for (const round of [0, 1, 2, 3]) {
      for (const viewer of ['vp-africa', 'secretariat'] as const) {
        const trail = await secretariat.query(Trail, { filter: { kind: 'READ', actor: `demo:${viewer}`, recordType: 'State' } });
        const ours = trail.data?.auditEvents?.edges.map((e) => e.node).filter((n) => n.clientRequestId === `at-once-${round}-${viewer}`) ?? [];
        expect(ours, `round ${round}, ${viewer}`).toHaveLength(1);
        expect(ours[0]?.fields).toEqual(['currentPriority']);
      }
    }
    // Nothing RESTRICTED reached the partner, so nothing is logged under its name.
    const partner = await secretariat.query(Trail, { filter: { kind: 'READ', actor: 'demo:partner-cso', recordType: 'State' } });
    expect(partner.data?.auditEvents?.edges.filter((e) => e.node.clientRequestId?.startsWith('at-once-'))).toEqual([]);
  });
});

const Trail = graphql(`
  query Trail($filter: AuditEventFilter) {
    auditEvents(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          kind
          actor
          action
          requestId
          clientRequestId
          recordType
          recordId
          recordIds
          changes
          fields
        }
      }
    }
  }
`);

const comoros = toGlobalId('NationalProcess', stableUuid('national-process:COM'));
const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('national processes', () => {
  it("a state's contact corrects its own process; the change is audited field by field", async () => {
    const contact = await hub.as('focal-point-com');
    const res = await contact.query(UpdateProcess, {
      input: { id: comoros, version: 1, stage: 'DOMESTIC_REVIEW', obstacles: 'Inter-ministerial review of the national arms-transfer law.' },
    });
    expect(res.data?.updateNationalProcess.userErrors).toEqual([]);
    expect(res.data?.updateNationalProcess.nationalProcess).toMatchObject({ stage: 'DOMESTIC_REVIEW', version: 2 });

    const trail = await (await hub.as('secretariat')).query(Trail, {
      filter: { kind: 'CHANGE', recordType: 'NationalProcess', recordId: keyOf(comoros) },
    });
    const entry = trail.data?.auditEvents?.edges[0]?.node;
    expect(entry).toMatchObject({ actor: 'demo:focal-point-com', action: 'update' });
    expect(entry?.changes).toEqual({
      stage: { from: 'UNDER_CONSIDERATION', to: 'DOMESTIC_REVIEW' },
      obstacles: { from: 'The conditions for ratification are not yet met.', to: 'Inter-ministerial review of the national arms-transfer law.' },
    });
  });

  it('a stale version is a CONFLICT and overwrites nothing; concurrent writers: exactly one wins', async () => {
    const secretariat = await hub.as('secretariat');
    const stale = await secretariat.query(UpdateProcess, { input: { id: comoros, version: 1, stage: 'DEPOSITED' } });
    expect(stale.data?.updateNationalProcess.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'version'] })]);

    const writers = await Promise.all(
      ['secretariat', 'csp-president', 'vp-africa', 'focal-point-com'].map((who) => hub.as(who)),
    );
    const results = await Promise.all(
      writers.map((w, i) => w.query(UpdateProcess, { input: { id: comoros, version: 2, nextStep: `Step from writer ${i}` } })),
    );
    const won = results.filter((r) => r.data?.updateNationalProcess.userErrors.length === 0);
    const lost = results.filter((r) => r.data?.updateNationalProcess.userErrors[0]?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(3);
    expect(won[0]!.data?.updateNationalProcess.nationalProcess?.version).toBe(3);
  });

  it('writers are checked against the record: the contact cannot touch another state, a VP not outside its region', async () => {
    const contact = await hub.as('focal-point-com');
    const other = await contact.query(CreateProcess, { input: { stateIso3: 'AGO', stage: 'UNDER_CONSIDERATION', source: 'Test' } });
    expect(other.data?.createNationalProcess.userErrors[0]?.code).toBe('FORBIDDEN');

    const vp = await hub.as('vp-africa');
    const outside = await vp.query(CreateProcess, { input: { stateIso3: 'UKR', stage: 'UNDER_CONSIDERATION', source: 'Test' } });
    expect(outside.data?.createNationalProcess.userErrors[0]?.code).toBe('FORBIDDEN');
    const inside = await vp.query(CreateProcess, {
      input: { stateIso3: 'AGO', stage: 'UNDER_CONSIDERATION', source: 'Bilateral meeting of the regional coordinator' },
    });
    expect(inside.data?.createNationalProcess.userErrors).toEqual([]);
    expect(inside.data?.createNationalProcess.nationalProcess).toMatchObject({ stage: 'UNDER_CONSIDERATION', version: 1, state: { iso3: 'AGO' } });

    const again = await vp.query(CreateProcess, { input: { stateIso3: 'AGO', stage: 'NOT_STARTED', source: 'Test' } });
    expect(again.data?.createNationalProcess.userErrors[0]?.code).toBe('DUPLICATE');

    const chair = await hub.as('wgeti-chair');
    const denied = await chair.query(CreateProcess, { input: { stateIso3: 'AGO', stage: 'NOT_STARTED', source: 'Test' } });
    expect(denied.data).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('bad input gets userErrors and writes nothing, not even an audit entry', async () => {
    const secretariat = await hub.as('secretariat');
    const before = (await secretariat.query(Trail, { filter: { kind: 'CHANGE' } })).data?.auditEvents?.totalCount;
    const cases = [
      { stateIso3: 'Korea', stage: 'NOT_STARTED' as const, source: 'x' },
      { stateIso3: 'KOR', stage: 'NOT_STARTED' as const, source: '' },
      { stateIso3: 'KOR', stage: 'NOT_STARTED' as const, source: 'x', lastAssessed: '2999-01-01' },
      { stateIso3: 'KOR', stage: 'NOT_STARTED' as const, source: 'x', obstacles: 'o'.repeat(2001) },
      { stateIso3: 'XXX', stage: 'NOT_STARTED' as const, source: 'x' },
    ];
    for (const input of cases) {
      const res = await secretariat.query(CreateProcess, { input });
      expect(res.data?.createNationalProcess.nationalProcess, JSON.stringify(input).slice(0, 60)).toBeNull();
      expect(res.data?.createNationalProcess.userErrors[0]?.code).toMatch(/INVALID|NOT_FOUND/);
    }
    const after = (await secretariat.query(Trail, { filter: { kind: 'CHANGE' } })).data?.auditEvents?.totalCount;
    expect(after).toBe(before);
  });
});

describe('priority tiers (stepwise approach)', () => {
  it('a co-chair sets a tier: the new assessment is current, the seeded one stays as history', async () => {
    const cochair = await hub.as('wgtu-cochair');
    const res = await cochair.query(AssessPriority, {
      input: { stateIso3: 'COM', tier: 'TIER_2_READY_SOON', rationale: 'Told the WGTU it would ratify once conditions are met.', source: 'WGTU, 15 Feb 2023', cycle: 'CSP12' },
    });
    expect(res.data?.assessPriority.userErrors).toEqual([]);
    const history = await cochair.query(PriorityHistory, { iso3: 'COM' });
    expect(history.data?.state?.currentPriority?.tier).toBe('TIER_2_READY_SOON');
    expect(history.data?.state?.priorityAssessments?.map((a) => a.tier)).toEqual(['TIER_2_READY_SOON', 'TIER_1_SIGNATORY']);
  });

  it('a VP sets tiers in its region only; a state contact reads its own tier but sets none', async () => {
    const vp = await hub.as('vp-africa');
    const ok = await vp.query(AssessPriority, { input: { stateIso3: 'AGO', tier: 'TIER_1_SIGNATORY', rationale: 'Signatory.', source: 'Stepwise rule' } });
    expect(ok.data?.assessPriority.userErrors).toEqual([]);
    const outside = await vp.query(AssessPriority, { input: { stateIso3: 'THA', tier: 'TIER_1_SIGNATORY', rationale: 'Signatory.', source: 'Stepwise rule' } });
    expect(outside.data?.assessPriority.userErrors[0]?.code).toBe('FORBIDDEN');

    const contact = await hub.as('focal-point-com');
    expect((await contact.query(PriorityHistory, { iso3: 'COM' })).data?.state?.currentPriority?.tier).toBeTruthy();
    const set = await contact.query(AssessPriority, { input: { stateIso3: 'COM', tier: 'TIER_3_OTHER', rationale: 'x', source: 'x' } });
    expect(set.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the access log', () => {
  it('records who read which RESTRICTED fields of which record, and when', async () => {
    const vp = await hub.as('vp-africa');
    await vp.post(JSON.stringify({ query: 'query Briefing { state(iso3: "GMB") { nationalProcess { stage obstacles } } }' }));
    const trail = await (await hub.as('secretariat')).query(Trail, { filter: { kind: 'READ', actor: 'demo:vp-africa', recordType: 'NationalProcess' } });
    const entry = trail.data?.auditEvents?.edges.find((e) => e.node.recordId === stableUuid('national-process:GMB'))?.node;
    expect(entry).toMatchObject({ action: 'Briefing', fields: ['obstacles', 'stage'] });

    expect(entry?.recordIds).toEqual([stableUuid('national-process:GMB')]);

    // Public reads leave no trace.
    await hub.client.post(JSON.stringify({ query: '{ state(iso3: "GMB") { name } }' }));
    const anonymous = await (await hub.as('secretariat')).query(Trail, { filter: { kind: 'READ', recordId: 'GMB' } });
    expect(anonymous.data?.auditEvents?.edges.every((e) => e.node.actor !== null)).toBe(true);
  });
});
