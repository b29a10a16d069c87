import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const Record = graphql(`
  mutation RecordEngagement($input: RecordEngagementInput!) {
    recordEngagement(input: $input) {
      engagement {
        id
        version
        date
        kind
        region
        summary
        state {
          iso3
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const Update = graphql(`
  mutation UpdateEngagement($input: UpdateEngagementInput!) {
    updateEngagement(input: $input) {
      engagement {
        outcome
        nextStep
        version
      }
      userErrors {
        code
      }
    }
  }
`);

const StateEngagements = graphql(`
  query StateEngagements($iso3: String!) {
    state(iso3: $iso3) {
      engagements {
        summary
        onBehalfOf
      }
    }
  }
`);

const RegionEngagements = graphql(`
  query RegionEngagements($region: AttRegion) {
    engagements(first: 50, filter: { region: $region }) {
      totalCount
      edges {
        node {
          summary
          organisationContacted
        }
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

describe('a Vice-President records engagements in its region', () => {
  it('records a contact with Angola, completes it later, and is refused in Asia', async () => {
    const vp = await hub.as('vp-africa');
    const recorded = await vp.query(Record, {
      input: {
        stateIso3: 'AGO',
        kind: 'BILATERAL_MEETING',
        date: '2026-11-10',
        onBehalfOf: 'Vice-President for Africa',
        counterpart: 'Ministry of Foreign Affairs',
        summary: 'Discussed the steps left before ratification.',
        nextStep: 'Send the legal-assistance offer of the VTF',
      },
    });
    expect(recorded.data?.recordEngagement.userErrors).toEqual([]);
    const engagement = recorded.data!.recordEngagement.engagement!;
    expect(engagement).toMatchObject({ region: 'AFRICA', state: { iso3: 'AGO' }, kind: 'BILATERAL_MEETING' });

    const updated = await vp.query(Update, { input: { id: engagement.id, version: engagement.version!, outcome: 'Agreed to a follow-up call.' } });
    expect(updated.data?.updateEngagement.engagement).toMatchObject({ outcome: 'Agreed to a follow-up call.', version: engagement.version! + 1 });

    const outside = await vp.query(Record, {
      input: { stateIso3: 'THA', kind: 'CALL', onBehalfOf: 'Vice-President for Africa', summary: 'Out of region.' },
    });
    expect(outside.data?.recordEngagement.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'stateIso3'] });
    const nothing = await (await hub.as('secretariat')).query(StateEngagements, { iso3: 'THA' });
    expect(nothing.data?.state?.engagements).toEqual([]);
  });

  it("the state's own contact reads its engagements; other viewers without the right do not", async () => {
    const secretariat = await hub.as('secretariat');
    await secretariat.query(Record, {
      input: { stateIso3: 'COM', kind: 'LETTER', onBehalfOf: 'ATT Secretariat', summary: 'Letter on the Sponsorship Programme.' },
    });
    const own = await (await hub.as('focal-point-com')).query(StateEngagements, { iso3: 'COM' });
    expect(own.data?.state?.engagements?.map((e) => e.summary)).toContain('Letter on the Sponsorship Programme.');
    const chair = await (await hub.as('wgeti-chair')).query(StateEngagements, { iso3: 'COM' });
    expect(chair.data?.state?.engagements).toBeNull();
    expect(chair.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a regional champion reports its contacts', () => {
  it('records contacts with a state and a regional organisation of its region, and reads only its own reports', async () => {
    const champion = await hub.as('champion-africa');
    const withState = await champion.query(Record, {
      input: { stateIso3: 'ZWE', kind: 'CALL', onBehalfOf: 'Regional champion (Ghana)', summary: 'Shared our ratification experience.' },
    });
    expect(withState.data?.recordEngagement.userErrors).toEqual([]);
    const withOrganisation = await champion.query(Record, {
      input: { organisationContacted: 'ECOWAS Commission', region: 'AFRICA', kind: 'WORKSHOP_SIDE_MEETING', onBehalfOf: 'Regional champion (Ghana)', summary: 'Regional roadmap.' },
    });
    expect(withOrganisation.data?.recordEngagement.engagement?.state).toBeNull();
    const outside = await champion.query(Record, {
      input: { stateIso3: 'FJI', kind: 'CALL', onBehalfOf: 'Regional champion (Ghana)', summary: 'Not my region.' },
    });
    expect(outside.data?.recordEngagement.userErrors[0]?.code).toBe('FORBIDDEN');

    const mine = await champion.query(RegionEngagements, { region: 'AFRICA' });
    expect(mine.data?.engagements?.edges.map((e) => e.node.summary).sort()).toEqual(['Regional roadmap.', 'Shared our ratification experience.']);
    const vp = await (await hub.as('vp-africa')).query(RegionEngagements, { region: 'AFRICA' });
    expect(vp.data?.engagements?.totalCount).toBeGreaterThan(mine.data!.engagements!.totalCount);
  });

  it('an engagement needs a state, or an organisation and its region', async () => {
    const champion = await hub.as('champion-africa');
    const neither = await champion.query(Record, { input: { kind: 'CALL', onBehalfOf: 'Regional champion', summary: 'Who?' } });
    expect(neither.data?.recordEngagement.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'stateIso3'] });
  });
});
