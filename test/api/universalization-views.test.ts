import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const PlanProgressOn = graphql(`
  query PlanProgressOn($asOf: Date) {
    plans {
      name
      focusRegions
      periodFrom
      periodTo
      progress(asOf: $asOf) {
        measuredTo
        signatoriesToParties {
          iso3
        }
        nonSignatoriesToSignatories {
          iso3
        }
        nonSignatoriesToParties {
          iso3
        }
        undetermined
        activitiesHeld
        needsMatched
      }
    }
  }
`);

const Pipeline = graphql(`
  query Pipeline($region: AttRegion) {
    pipeline(region: $region) {
      tier
      entries {
        state {
          iso3
        }
        stage
        lastEngagementOn
      }
    }
  }
`);

const ChairBriefing = graphql(`
  query ChairBriefing($iso3: String!) {
    state(iso3: $iso3) {
      name
      status
      inForce
      actions {
        kind
        date {
          precision
          date
        }
      }
      activities {
        title
      }
      needs {
        kind
        status
        matches {
          status
          offer {
            providerName
          }
        }
      }
      vtfProjects {
        title
        year
      }
      sponsorshipAwards {
        meeting
      }
      coordinators {
        person {
          name
        }
      }
      champions {
        representingState {
          iso3
        }
      }
      currentPriority {
        tier
      }
      nationalProcess {
        stage
      }
      engagements {
        summary
      }
    }
  }
`);

const RegionView = graphql(`
  query RegionView($code: AttRegion!) {
    region(code: $code) {
      participation {
        statesParties
        signatories
        nonSignatories
      }
      coordinators {
        person {
          name
        }
      }
      champions {
        representingState {
          iso3
        }
      }
      pipeline {
        tier
        entries {
          state {
            iso3
          }
        }
      }
      needs {
        kind
        state {
          iso3
        }
      }
      activities {
        title
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

describe("a plan's progress, computed from the data", () => {
  it('as of two dates: states that moved, activities held, needs matched', async () => {
    // An activity in the period, aimed at a focus region, published.
    const cso = await hub.as('partner-cso');
    const created = await cso.post(
      JSON.stringify({ query: 'mutation { createActivity(input: { kind: WORKSHOP, title: "Luanda workshop", startDate: "2025-03-01", targetStates: ["AGO"] }) { activity { id version } } }' }),
    );
    const { id, version } = (created.data as unknown as { createActivity: { activity: { id: string; version: number } } }).createActivity.activity;
    await cso.post(JSON.stringify({ query: `mutation { submitActivity(input: { id: "${id}", version: ${version} }) { userErrors { code } } }` }));
    await (await hub.as('secretariat')).post(
      JSON.stringify({ query: `mutation { publishActivity(input: { id: "${id}", version: ${version + 1} }) { userErrors { code } } }` }),
    );

    const secretariat = await hub.as('secretariat');
    const early = (await secretariat.query(PlanProgressOn, { asOf: '2024-01-01' })).data!.plans[0]!;
    const late = (await secretariat.query(PlanProgressOn, { asOf: '2026-08-31' })).data!.plans[0]!;
    expect(early.focusRegions).toEqual(['AFRICA', 'ASIA', 'OCEANIA']);
    const codes = (states: { iso3: string }[]) => states.map((s) => s.iso3);

    // Malawi (ratified 2024) and Vanuatu (2025): signatories that became parties; Gambia acceded in 2024.
    expect(codes(late.progress.signatoriesToParties)).toEqual(expect.arrayContaining(['MWI', 'VUT']));
    expect(codes(late.progress.nonSignatoriesToParties)).toContain('GMB');
    expect(codes(early.progress.signatoriesToParties)).not.toContain('MWI');
    // On 1 Jan 2024 a 2024 deposit known only to the year cannot be placed: counted apart.
    expect(early.progress.undetermined).toBeGreaterThan(0);
    expect(late.progress.measuredTo).toBe('2026-08-31');

    expect(early.progress.activitiesHeld).toBe(0);
    expect(late.progress.activitiesHeld).toBe(1);
    expect(early.progress.needsMatched).toBe(0);
    expect(late.progress.needsMatched).toBe(1);

    const anonymous = await hub.client.query(PlanProgressOn, { asOf: '2026-08-31' });
    expect(anonymous.data!.plans[0]!.progress.needsMatched).toBeNull();
    expect(anonymous.data!.plans[0]!.progress.signatoriesToParties).toEqual(late.progress.signatoriesToParties);
  });
});

describe('the stepwise pipeline', () => {
  it('the President sees every tier-1 signatory of Africa with its process; a VP only its region', async () => {
    const president = await (await hub.as('csp-president')).query(Pipeline, { region: 'AFRICA' });
    const tiers = president.data!.pipeline!;
    expect(tiers.map((t) => t.tier)).toEqual(['TIER_1_SIGNATORY', 'TIER_2_READY_SOON', 'TIER_3_OTHER']);
    expect(tiers[0]!.entries).toHaveLength(10);
    expect(tiers[0]!.entries.find((e) => e.state.iso3 === 'COM')?.stage).toBe('UNDER_CONSIDERATION');

    const vp = await hub.as('vp-africa');
    expect((await vp.query(Pipeline, { region: 'AFRICA' })).data!.pipeline![0]!.entries).toHaveLength(10);
    const asia = (await vp.query(Pipeline, { region: 'ASIA' })).data!.pipeline!;
    expect(asia.every((t) => t.entries.length === 0)).toBe(true);

    const anonymous = await hub.client.query(Pipeline, { region: 'AFRICA' });
    expect(anonymous.data?.pipeline).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe("a subsidiary body chair's view of a state before a meeting", () => {
  it('one query: public and treaty-body context, restricted parts denied', async () => {
    const chair = await hub.as('wgeti-chair');
    const res = await chair.query(ChairBriefing, { iso3: 'COM' });
    const com = res.data!.state!;
    expect(com).toMatchObject({ name: 'Comoros', status: 'SIGNATORY', inForce: false });
    expect(com.actions.map((a) => a.kind)).toEqual(['SIGNATURE']);
    expect(com.needs?.map((n) => n.kind)).toEqual(['LEGAL']);
    expect(com.needs?.[0]?.matches?.[0]?.offer?.providerName).toBe('Demo Legal Assistance Network');
    expect(com.vtfProjects.map((p) => p.year)).toEqual([2025]);
    expect(com.sponsorshipAwards.map((a) => a.meeting)).toEqual(['CSP11']);
    expect(com.coordinators.map((c) => c.person?.name)).toEqual(['Demo CSP Vice-President (regional coordinator for Africa)']);
    expect(com.champions.map((c) => c.representingState?.iso3)).toEqual(['GHA']);
    expect([com.currentPriority, com.nationalProcess, com.engagements]).toEqual([null, null, null]);
    expect(res.errors?.map((e) => e.path?.join('.')).sort()).toEqual([
      'state.currentPriority',
      'state.engagements',
      'state.nationalProcess',
    ]);

    const president = await (await hub.as('csp-president')).query(ChairBriefing, { iso3: 'COM' });
    expect(president.errors).toBeUndefined();
    expect(president.data!.state!.currentPriority?.tier).toBe('TIER_1_SIGNATORY');
  });
});

describe("a region's context", () => {
  it('as its Vice-President: coordinators, champions, pipeline, needs, activities', async () => {
    const vp = await hub.as('vp-africa');
    const res = await vp.query(RegionView, { code: 'AFRICA' });
    expect(res.errors).toBeUndefined();
    const africa = res.data!.region;
    expect(africa.participation).toEqual({ statesParties: 31, signatories: 10, nonSignatories: 13 });
    expect(africa.coordinators).toHaveLength(1);
    expect(africa.champions.map((c) => c.representingState?.iso3)).toEqual(['GHA']);
    expect(africa.pipeline?.[0]?.entries).toHaveLength(10);
    expect(new Set(africa.needs?.map((n) => n.state?.iso3))).toEqual(new Set(['COM', 'GMB', 'AGO', 'ZWE']));

    const asiaForVp = await vp.query(RegionView, { code: 'ASIA' });
    expect(asiaForVp.data!.region.pipeline).toBeNull();
    expect(asiaForVp.errors?.map((e) => e.path?.join('.'))).toEqual(['region.pipeline']);
    expect(asiaForVp.data!.region.activities.length).toBeGreaterThan(0);
  });
});
