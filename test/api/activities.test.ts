import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const Create = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        version
        status
        title
        organiserName
        organiser {
          name
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

const Submit = graphql(`
  mutation SubmitActivity($input: ModerateActivityInput!) {
    submitActivity(input: $input) {
      activity {
        id
        version
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Publish = graphql(`
  mutation PublishActivity($input: ModerateActivityInput!) {
    publishActivity(input: $input) {
      activity {
        id
        version
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const Reject = graphql(`
  mutation RejectActivity($input: ModerateActivityInput!) {
    rejectActivity(input: $input) {
      activity {
        id
        version
        status
        rejectionReason
      }
      userErrors {
        code
      }
    }
  }
`);

const Import = graphql(`
  mutation ImportActivities($input: ImportActivitiesInput!) {
    importActivities(input: $input) {
      created {
        title
        status
        targetStates {
          iso3
        }
        languages
      }
      alreadyImported
      rowErrors {
        line
        field
        message
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Activities = graphql(`
  query ActivitiesList($filter: ActivityFilter) {
    activities(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          status
          kind
          startDate
          place
          languages
          source
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

describe('the activities the source document names', () => {
  it('are published for everyone, with their place, date, languages and paragraph', async () => {
    const { data } = await hub.client.query(Activities, {});
    const titles = data!.activities.edges.map((e) => e.node);
    const jakarta = titles.find((a) => a.place === 'Jakarta, Indonesia');
    expect(jakarta).toMatchObject({ kind: 'WORKSHOP', startDate: '2023-05-31', status: 'PUBLISHED' });
    expect(jakarta?.source).toMatch(/para\. 6a/);
    expect(titles.find((a) => a.kind === 'TOOLKIT_TRANSLATION')?.languages).toEqual(['km', 'my']);
    expect(titles.find((a) => a.kind === 'UNGA_RESOLUTION')).toBeTruthy();
    const cambodia = await hub.client.query(Activities, { filter: { state: 'KHM' } });
    expect(cambodia.data!.activities.totalCount).toBeGreaterThanOrEqual(2);
  });
});

describe("a partner's activity from draft to published, and to rejected", () => {
  it('draft → submitted → published: seen by its organisation first, by everyone at the end', async () => {
    const cso = await hub.as('partner-cso');
    const created = await cso.query(Create, {
      input: {
        kind: 'WORKSHOP',
        title: 'National workshop on ATT ratification, Lusaka',
        startDate: '2026-10-14',
        place: 'Lusaka, Zambia',
        targetStates: ['AGO', 'MWI'],
        targetRegions: ['AFRICA'],
        languages: ['en', 'pt'],
        idempotencyKey: 'cso-2026-lusaka',
      },
    });
    expect(created.data?.createActivity.userErrors).toEqual([]);
    const draft = created.data!.createActivity.activity!;
    expect(draft).toMatchObject({ status: 'DRAFT', organiser: { name: 'Demo Civil Society Network' } });

    // The same submission again: the same record, not a second one.
    const again = await cso.query(Create, { input: { kind: 'WORKSHOP', title: 'Something else', idempotencyKey: 'cso-2026-lusaka' } });
    expect(again.data?.createActivity.activity?.id).toBe(draft.id);

    const visibleTo = async (who: string | null) => {
      const client = who ? await hub.as(who) : hub.client;
      const res = await client.query(Activities, {});
      return res.data!.activities.edges.some((e) => e.node.id === draft.id);
    };
    expect(await visibleTo('partner-cso')).toBe(true);
    expect(await visibleTo('secretariat')).toBe(true);
    expect(await visibleTo('partner-industry')).toBe(false);
    expect(await visibleTo(null)).toBe(false);

    // Not the Secretariat's to publish before it is submitted; not the partner's to publish at all.
    const early = await (await hub.as('secretariat')).query(Publish, { input: { id: draft.id, version: draft.version! } });
    expect(early.data?.publishActivity.userErrors[0]?.code).toBe('INVALID');
    const submitted = await cso.query(Submit, { input: { id: draft.id, version: draft.version! } });
    expect(submitted.data?.submitActivity.activity).toMatchObject({ status: 'SUBMITTED', version: draft.version! + 1 });
    const self = await cso.query(Publish, { input: { id: draft.id, version: draft.version! + 1 } });
    expect(self.errors?.[0]).toMatchObject({ message: 'You may not make this change.', extensions: { code: 'FORBIDDEN' } });

    const published = await (await hub.as('secretariat')).query(Publish, { input: { id: draft.id, version: draft.version! + 1 } });
    expect(published.data?.publishActivity.activity?.status).toBe('PUBLISHED');
    expect(await visibleTo(null)).toBe(true);
    expect(await visibleTo('partner-industry')).toBe(true);
  });

  it('submitted → rejected with a reason the contributor reads; another partner cannot touch it', async () => {
    const industry = await hub.as('partner-industry');
    const created = await industry.query(Create, { input: { kind: 'ADVOCACY', title: 'Briefing for exporters' } });
    const draft = created.data!.createActivity.activity!;
    const otherPartner = await (await hub.as('partner-cso')).query(Submit, { input: { id: draft.id, version: draft.version! } });
    expect(otherPartner.data?.submitActivity.userErrors[0]?.code).toBe('NOT_FOUND');

    await industry.query(Submit, { input: { id: draft.id, version: draft.version! } });
    const secretariat = await hub.as('secretariat');
    const noReason = await secretariat.query(Reject, { input: { id: draft.id, version: draft.version! + 1 } });
    expect(noReason.data?.rejectActivity.userErrors[0]?.code).toBe('INVALID');
    const rejected = await secretariat.query(Reject, {
      input: { id: draft.id, version: draft.version! + 1, reason: 'Please name the states it reached.' },
    });
    expect(rejected.data?.rejectActivity.activity).toMatchObject({ status: 'REJECTED', rejectionReason: 'Please name the states it reached.' });
    const own = await industry.query(Activities, { filter: { status: 'REJECTED' } });
    expect(own.data!.activities.edges.map((e) => e.node.id)).toContain(draft.id);
    // The rejected activity can be submitted again after editing.
    const resubmitted = await industry.query(Submit, { input: { id: draft.id, version: draft.version! + 2 } });
    expect(resubmitted.data?.submitActivity.activity?.status).toBe('SUBMITTED');
  });

  it('the public never sees unpublished or PARTNER-classified activities', async () => {
    const anonymous = await hub.client.query(Activities, {});
    expect(anonymous.data!.activities.edges.every((e) => e.node.status === 'PUBLISHED')).toBe(true);
    const drafts = await hub.client.query(Activities, { filter: { status: 'DRAFT' } });
    expect(drafts.data!.activities.totalCount).toBe(0);
  });
});

describe('the states an activity is aimed at', () => {
  // The cost limit prices Activity.targetStates by this bound (issue 14): every write keeps to it.
  it('are at most 60, on create and on update, with a clear user error; whole regions are named as regions', async () => {
    const cso = await hub.as('partner-cso');
    const { data: states } = await hub.client.post(JSON.stringify({ query: '{ states(first: 200, filter: { region: AFRICA }) { edges { node { iso3 } } } }' }));
    const africa = (states as unknown as { states: { edges: { node: { iso3: string } }[] } }).states.edges.map((e) => e.node.iso3);
    const asia = (
      (await hub.client.post(JSON.stringify({ query: '{ states(first: 200, filter: { region: ASIA }) { edges { node { iso3 } } } }' }))).data as unknown as {
        states: { edges: { node: { iso3: string } }[] };
      }
    ).states.edges.map((e) => e.node.iso3);
    expect(africa.length).toBe(54);

    const tooMany = [...africa, ...asia.slice(0, 7)];
    const refused = await cso.query(Create, { input: { kind: 'REGIONAL_MEETING', title: 'Too wide', targetStates: tooMany } });
    expect(refused.data?.createActivity.activity).toBeNull();
    expect(refused.data?.createActivity.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'targetStates'],
        message: 'At most 60 target states (61 named); for an activity aimed at whole regions, name the regions (targetRegions).',
      },
    ]);
    // Every state of the largest region, named one by one, is allowed.
    const regional = await cso.query(Create, { input: { kind: 'REGIONAL_MEETING', title: 'Every African state', targetStates: africa } });
    expect(regional.data?.createActivity.userErrors).toEqual([]);
    const { id, version } = regional.data!.createActivity.activity!;
    const update = (targetStates: string[], languages?: string[]) =>
      cso.post(
        JSON.stringify({
          query: 'mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { activity { version } userErrors { field message code } } }',
          variables: { i: { id, version, targetStates, ...(languages ? { languages } : {}) } },
        }),
      );
    const widened = (await update(tooMany)).data as unknown as { updateActivity: { activity: unknown; userErrors: { field: string[]; code: string }[] } };
    expect(widened.updateActivity.activity).toBeNull();
    expect(widened.updateActivity.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'targetStates'] }]);
    // Languages have a bound too (20).
    const babel = [...Array(21)].map((_, i) => `${String.fromCharCode(97 + i)}${String.fromCharCode(97 + i)}`);
    const languages = (await update(africa, babel)).data as unknown as { updateActivity: { userErrors: { field: string[]; message: string }[] } };
    expect(languages.updateActivity.userErrors).toMatchObject([{ field: ['input', 'languages'], message: 'At most 20 languages.' }]);
  });
});

describe('bulk import', () => {
  const csv = [
    'kind,title,startDate,place,targetStates,languages,key',
    'TRAINING,Customs officers training,2026-03-02,Dakar,SEN;GMB,fr;en,t-1',
    'WORKSHOP,,2026-04-01,Nairobi,KEN,en,t-2',
    'PARTY,Reception,2026-04-02,Geneva,,en,t-3',
    'ADVOCACY,Parliamentary briefing,2026-13-01,Banjul,GMB,en,t-4',
    'ADVOCACY,Parliamentary briefing,2026-05-06,Banjul,XXX,en,t-5',
    'TOOLKIT_TRANSLATION,Toolkit in Lao,2026-06-01,,LAO,lo,t-6',
  ].join('\n');

  it('keeps the good rows, returns each bad one with its line and reason, and adds nothing twice', async () => {
    const cso = await hub.as('partner-cso');
    const first = await cso.query(Import, { input: { format: 'CSV', content: csv } });
    const result = first.data!.importActivities;
    expect(result.userErrors).toEqual([]);
    expect(result.created.map((a) => a.title)).toEqual(['Customs officers training', 'Toolkit in Lao']);
    expect(result.created[0]).toMatchObject({ status: 'DRAFT', targetStates: [{ iso3: 'SEN' }, { iso3: 'GMB' }], languages: ['fr', 'en'] });
    expect(result.rowErrors.map((e) => [e.line, e.field])).toEqual([
      [3, 'title'],
      [4, 'kind'],
      [5, 'startDate'],
      [6, 'targetStates'],
    ]);
    expect(result.rowErrors[3]!.message).toBe('Unknown state codes: XXX.');

    const second = await cso.query(Import, { input: { format: 'CSV', content: csv } });
    expect(second.data!.importActivities).toMatchObject({ created: [], alreadyImported: 2 });
  });

  it('JSON rows without keys are recognised by their content; a broken file is one clear error', async () => {
    const cso = await hub.as('partner-cso');
    const rows = JSON.stringify([{ kind: 'ADVOCACY', title: 'Op-ed in regional press', targetRegions: ['AFRICA'] }, { title: 'no kind' }]);
    const first = await cso.query(Import, { input: { format: 'JSON', content: rows } });
    expect(first.data!.importActivities.created).toHaveLength(1);
    expect(first.data!.importActivities.rowErrors).toEqual([{ line: 2, field: 'kind', message: 'kind is required.' }]);
    const again = await cso.query(Import, { input: { format: 'JSON', content: rows } });
    expect(again.data!.importActivities.alreadyImported).toBe(1);

    const broken = await cso.query(Import, { input: { format: 'JSON', content: '{"kind": ' } });
    expect(broken.data!.importActivities.userErrors[0]).toMatchObject({ code: 'INVALID' });
    expect(broken.data!.importActivities.userErrors[0]!.message).toMatch(/cannot be read as JSON/);
  });

  it('the anonymous public cannot import: it is asked to sign in', async () => {
    const res = await hub.client.query(Import, { input: { format: 'CSV', content: csv } });
    expect(res.errors?.[0]).toMatchObject({ message: 'Sign in to make this change.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe("a state's latest activities", () => {
  // They are read through activity_target, which a trigger keeps from activity.target_states.
  const latestOf = async (client: Awaited<ReturnType<TestHub['as']>>, iso3: string) => {
    const res = await client.post(JSON.stringify({ query: `{ state(iso3: "${iso3}") { activities(first: 3) { title startDate } } }` }));
    expect(res.errors).toBeUndefined();
    return (res.data as unknown as { state: { activities: { title: string; startDate: string | null }[] } }).state.activities;
  };

  it('follow an edit of the states aimed at and of the date, newest first', async () => {
    const cso = await hub.as('partner-cso');
    const created = await cso.query(Create, {
      input: { kind: 'WORKSHOP', title: 'Stockpile management course, Lilongwe', startDate: '2030-03-02', targetStates: ['MWI', 'MOZ'] },
    });
    const draft = created.data!.createActivity.activity!;
    expect((await latestOf(cso, 'MWI'))[0]).toEqual({ title: 'Stockpile management course, Lilongwe', startDate: '2030-03-02' });
    expect((await latestOf(cso, 'MOZ'))[0]?.title).toBe('Stockpile management course, Lilongwe');
    // A draft is its organisation's: the public does not see it in the list.
    expect((await latestOf(hub.client, 'MWI')).map((a) => a.title)).not.toContain('Stockpile management course, Lilongwe');

    const moved = await cso.post(
      JSON.stringify({
        query: `mutation { updateActivity(input: { id: "${draft.id}", version: ${draft.version}, kind: WORKSHOP,
          title: "Stockpile management course, Lusaka", startDate: "2030-03-01", targetStates: ["ZMB", "MOZ"] }) { userErrors { message } } }`,
      }),
    );
    expect(moved.errors).toBeUndefined();
    expect((await latestOf(cso, 'MWI')).map((a) => a.title)).not.toContain('Stockpile management course, Lilongwe');
    expect((await latestOf(cso, 'ZMB'))[0]).toEqual({ title: 'Stockpile management course, Lusaka', startDate: '2030-03-01' });
    expect((await latestOf(cso, 'MOZ'))[0]?.title).toBe('Stockpile management course, Lusaka');

    // An older date falls behind a newer activity.
    await cso.query(Create, { input: { kind: 'TRAINING', title: 'Customs officers training, Maputo', startDate: '2030-04-01', targetStates: ['MOZ'] } });
    expect((await latestOf(cso, 'MOZ')).map((a) => a.title).slice(0, 2)).toEqual([
      'Customs officers training, Maputo',
      'Stockpile management course, Lusaka',
    ]);
  });

  it('read only the columns a query selects, yet every field as the activity itself reads', async () => {
    // Every field of Activity, through a fragment and an inline fragment, as the Secretariat (who reads them all).
    const fields = `id version kind title description startDate endDate place organiserName organiser { name }
      organiserState { iso3 } targetStates { iso3 } targetRegions languages outcome classification status
      rejectionReason source demo`;
    const secretariat = await hub.as('secretariat');
    const res = await secretariat.post(
      JSON.stringify({
        query: `fragment All on Activity { ${fields} }
          { state(iso3: "MOZ") { full: activities(first: 5) { ...All } some: activities(first: 5) { ... on Activity { title } } } }`,
      }),
    );
    expect(res.errors).toBeUndefined();
    const { full, some } = (res.data as unknown as { state: { full: { id: string; title: string }[]; some: { title: string }[] } }).state;
    expect(full.length).toBeGreaterThan(0);
    expect(some).toEqual(full.map(({ title }) => ({ title })));
    // The same activities read one by one, as whole records.
    for (const activity of full) {
      const one = await secretariat.post(JSON.stringify({ query: `{ node(id: "${activity.id}") { ... on Activity { ${fields} } } }` }));
      expect(one.errors).toBeUndefined();
      expect((one.data as unknown as { node: unknown }).node).toEqual(activity);
    }
  });
});
