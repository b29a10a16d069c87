import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const WhoWorksHere = graphql(`
  query WhoWorksHere($state: String, $region: AttRegion, $from: Date, $to: Date) {
    whoWorksHere(state: $state, region: $region, from: $from, to: $to) {
      organisations {
        name
        shortName
        sources
      }
      otherImplementers
      projects {
        id
        mechanism
        title
        reference
        amount
        currency
        periodFrom
        periodTo
        kinds
        sources
        moderation
        demo
      }
    }
  }
`);

const StatePage = graphql(`
  query StateWhoWorksHere($iso3: String!) {
    state(iso3: $iso3) {
      name
      whoWorksHere {
        projects {
          title
          sources
        }
      }
      vtfProjects {
        title
        year
        amountUsd
      }
    }
  }
`);

const Overlaps = graphql(`
  query Overlaps($state: String) {
    projectOverlaps(state: $state) {
      score
      reasons
      kinds
      sharedDays
      states {
        iso3
      }
      projects {
        id
        title
        mechanism
      }
      activities {
        id
        title
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
        version
        title
        moderation
        owner {
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
  mutation SubmitProject($input: ModerateProjectInput!) {
    submitProject(input: $input) {
      project {
        id
        version
        moderation
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Publish = graphql(`
  mutation PublishProject($input: ModerateProjectInput!) {
    publishProject(input: $input) {
      project {
        id
        version
        moderation
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Projects = graphql(`
  query ProjectsOf($filter: ProjectFilter) {
    projects(filter: $filter, first: 200) {
      totalCount
      edges {
        node {
          id
          title
          moderation
          classification
        }
      }
    }
  }
`);

const Export = graphql(`
  query ExportIati($filter: ProjectFilter) {
    projectsIati(filter: $filter)
  }
`);

const Import = graphql(`
  mutation ImportIati($input: ImportProjectsInput!) {
    importProjects(input: $input) {
      imported {
        id
        title
        mechanism
        periodFrom
        periodTo
        kinds
        amount
        currency
        sources
        beneficiaryStates {
          iso3
        }
        moderation
      }
      unchanged
      rowErrors {
        line
        field
        message
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const Organisations = graphql(`
  query Organisations {
    organisations {
      id
      name
      shortName
      kind
      kindAsStated
      attRole
      demo
    }
  }
`);

const OrganisationWork = graphql(`
  query OrganisationWork($id: ID!) {
    node(id: $id) {
      ... on Organisation {
        worksIn {
          iso3
        }
        projects {
          mechanism
        }
      }
    }
  }
`);

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

describe('who works here', () => {
  it("lists a state's sourced projects with their sources, to the public", async () => {
    const { data, errors } = await hub.client.query(WhoWorksHere, { state: 'GHA' });
    expect(errors).toBeUndefined();
    const projects = data!.whoWorksHere.projects;
    const vtf = projects.find((p) => p.reference === 'ATT.VTF.G2018.002GHA')!;
    expect(vtf).toMatchObject({ mechanism: 'ATT_VTF', amount: '99958.00', currency: 'USD', periodFrom: '2018-08-01', periodTo: '2019-02-27', demo: false });
    expect(vtf.sources).toContain('https://fdocuments.us/document/arms-trade-treaty-voluntary-trust-fund-final-report-ghana-arms-trade-treaty.html');
    expect(vtf.kinds).toEqual(['LEGAL', 'INSTITUTIONAL']);
    // The EU's partnership since 2014, its end not known: kept unknown.
    const eu = projects.find((p) => p.mechanism === 'EU_ATT_OUTREACH' && p.periodFrom === '2014')!;
    expect(eu.periodTo).toBeNull();
    expect(projects.every((p) => p.sources.length > 0 && p.moderation === 'PUBLISHED')).toBe(true);
    expect(data!.whoWorksHere.organisations.map((o) => o.shortName)).toEqual(expect.arrayContaining(['BAFA', 'EU', 'Expertise France']));
    // The grantee is not an organisation the hub holds: named as the source names it.
    expect(data!.whoWorksHere.otherImplementers).toContain('Ghana National Commission on Small Arms and Light Weapons (grantee)');
  });

  it('narrows to a period: work outside it, or of unknown start, is left out', async () => {
    const { data } = await hub.client.query(WhoWorksHere, { state: 'GHA', from: '2016-01-01', to: '2017-12-31' });
    const titles = data!.whoWorksHere.projects.map((p) => p.title);
    // Only the open-ended partnership since 2014 reaches into 2016-2017.
    expect(titles).toEqual(['[descriptive] EU ATT Outreach Project, Ghana: long-term partner (stated); national roadmap']);
  });

  it('answers on the state page, and the old VTF view still reads', async () => {
    const { data, errors } = await hub.client.query(StatePage, { iso3: 'LBR' });
    expect(errors).toBeUndefined();
    expect(data!.state!.whoWorksHere.projects.some((p) => p.title.startsWith('Drafting legislations') && p.sources.length === 2)).toBe(true);
    expect(data!.state!.vtfProjects).toEqual(expect.arrayContaining([{ title: 'Drafting legislations to support the effective implementation of the ATT in Liberia', year: 2017, amountUsd: 91501 }]));
  });

  it('an organisation says where it works; the 52 real ones are loaded beside the demo ones', async () => {
    const { data, errors } = await hub.client.query(Organisations, {});
    expect(errors).toBeUndefined();
    const real = data!.organisations.filter((o) => !o.demo);
    expect(real).toHaveLength(52);
    const unlirec = real.find((o) => o.shortName === 'UNLIREC')!;
    expect(unlirec).toMatchObject({ kind: 'INTERNATIONAL', kindAsStated: 'UN regional centre' });
    const work = (await hub.client.query(OrganisationWork, { id: unlirec.id })).data!.node;
    expect(work && 'worksIn' in work ? work.worksIn.map((s) => s.iso3) : []).toEqual(['DOM', 'SLV', 'GTM', 'PRY']);
    expect(work && 'projects' in work ? work.projects.map((p) => p.mechanism) : []).toEqual(Array(5).fill('ATT_VTF'));
    expect(data!.organisations.filter((o) => o.demo).length).toBeGreaterThanOrEqual(3);
  });
});

describe('overlaps', () => {
  it('ranks the real data: Ghana first, then Sierra Leone; never two records of one organisation', async () => {
    const { data, errors } = await (await hub.as('secretariat')).query(Overlaps, {});
    expect(errors).toBeUndefined();
    const pairs = data!.projectOverlaps!;
    const real = pairs.filter((p) => p.projects.length === 2);
    expect(real[0]!.states.map((s) => s.iso3)).toEqual(['GHA']);
    expect(real[0]!.projects.map((p) => p.mechanism).sort()).toEqual(['ATT_VTF', 'EU_ATT_OUTREACH']);
    expect(real[0]!.reasons).toEqual(expect.arrayContaining(['both work in Ghana', 'both give institutional support', 'one end is not known (taken as ongoing)']));
    expect(real.slice(1, 3).map((p) => p.states.map((s) => s.iso3).join())).toEqual(['SLE', 'SLE']);
    expect(real[0]!.score).toBeGreaterThan(real[1]!.score);
    // The ranking is stable: scores never increase down the list.
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((a, b) => b - a));
  });

  it("flags two organisations' training in one state at one time, not in different years; a partner sees only its own", async () => {
    const cso = await hub.as('partner-cso');
    const industry = await hub.as('partner-industry');
    const secretariat = await hub.as('secretariat');
    const make = async (client: typeof cso, title: string, periodFrom: string, periodTo: string) => {
      const { data } = await client.query(Create, {
        input: { mechanism: 'BILATERAL', title, beneficiaryStates: ['KIR'], kinds: ['TRAINING'], periodFrom, periodTo, sources: ['Test record'] },
      });
      expect(data!.createProject.userErrors).toEqual([]);
      return data!.createProject.project!;
    };
    const ours = await make(cso, 'Customs training in Kiribati', '2024-03', '2024-12');
    const theirs = await make(industry, 'Licensing training in Kiribati', '2024', '2024');
    const earlier = await make(industry, 'Earlier training in Kiribati', '2019', '2019');

    const all = (await secretariat.query(Overlaps, { state: 'KIR' })).data!.projectOverlaps!;
    expect(all).toHaveLength(1);
    expect(all[0]!.projects.map((p) => p.id).sort()).toEqual([ours.id, theirs.id].sort());
    expect(all[0]!.sharedDays).toBe(306);
    expect(all.some((p) => p.projects.some((x) => x.id === earlier.id))).toBe(false);

    // Drafts: neither partner sees the other's, so no pair is formed for either.
    expect((await cso.query(Overlaps, { state: 'KIR' })).data!.projectOverlaps).toEqual([]);
    const seenByCso = (await cso.query(Projects, { filter: { state: 'KIR' } })).data!.projects.edges.map((e) => e.node.id);
    expect(seenByCso).toContain(ours.id);
    expect(seenByCso).not.toContain(theirs.id);
    const seenByPublic = (await hub.client.query(Projects, { filter: { state: 'KIR' } })).data!.projects.edges.map((e) => e.node.id);
    expect(seenByPublic.filter((id) => [ours.id, theirs.id, earlier.id].includes(id))).toEqual([]);

    // Published, the industry's project reaches the partner: the pair involving its own work appears.
    const submitted = (await industry.query(Submit, { input: { id: theirs.id, version: theirs.version! } })).data!.submitProject.project!;
    const published = await secretariat.query(Publish, { input: { id: submitted.id, version: submitted.version! } });
    expect(published.data!.publishProject.project!.moderation).toBe('PUBLISHED');
    const seen = (await cso.query(Overlaps, { state: 'KIR' })).data!.projectOverlaps!;
    expect(seen.map((p) => p.projects.map((x) => x.id).sort())).toEqual([[ours.id, theirs.id].sort()]);
    // The pairs of others' work, in the real data, are not the partner's.
    expect((await cso.query(Overlaps, {})).data!.projectOverlaps!.every((p) => p.projects.some((x) => x.id === ours.id))).toBe(true);
    expect((await hub.client.query(Overlaps, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('moderation and classification', () => {
  it('an anonymous viewer sees only published public records', async () => {
    const cso = await hub.as('partner-cso');
    const secretariat = await hub.as('secretariat');
    const { data } = await cso.query(Create, {
      input: { mechanism: 'OTHER', title: 'Partner-only project in Tuvalu', beneficiaryStates: ['TUV'], classification: 'PARTNER', sources: ['Test'] },
    });
    const draft = data!.createProject.project!;
    expect(draft).toMatchObject({ moderation: 'DRAFT', owner: { name: 'Demo Civil Society Network' } });
    const submitted = (await cso.query(Submit, { input: { id: draft.id, version: draft.version! } })).data!.submitProject.project!;
    await secretariat.query(Publish, { input: { id: submitted.id, version: submitted.version! } });
    const industry = await hub.as('partner-industry');
    expect((await industry.query(Projects, { filter: { state: 'TUV' } })).data!.projects.edges.map((e) => e.node.title)).toContain('Partner-only project in Tuvalu');
    const anonymous = (await hub.client.query(Projects, { filter: { state: 'TUV' } })).data!.projects.edges.map((e) => e.node);
    expect(anonymous.every((p) => p.moderation === 'PUBLISHED' && p.classification === 'PUBLIC')).toBe(true);
    expect(anonymous.map((p) => p.title)).not.toContain('Partner-only project in Tuvalu');
  });

  it('refuses bad input with userErrors, and a partner may not edit the hub’s sourced records', async () => {
    const cso = await hub.as('partner-cso');
    const bad = await cso.query(Create, { input: { mechanism: 'OTHER', title: 'x', beneficiaryStates: ['ZZZ'], periodFrom: '2019-13' } });
    expect(bad.data!.createProject.userErrors.map((e) => e.field.at(-1)).sort()).toEqual(['beneficiaryStates', 'periodFrom']);
    expect((await hub.client.query(Create, { input: { mechanism: 'OTHER', title: 'anonymous' } })).data?.createProject ?? null).toBeNull();
  });
});

describe('IATI exchange', () => {
  const activity = (id: string, body: string) => `<iati-activity><iati-identifier>${id}</iati-identifier>${body}</iati-activity>`;
  const file = (...activities: string[]) => `<?xml version="1.0"?>\n<iati-activities version="2.03">${activities.join('')}</iati-activities>`;

  it('imports good rows, reports each bad one with its reason, and is idempotent', async () => {
    const cso = await hub.as('partner-cso');
    const xml = file(
      activity('XM-TEST-1', '<title><narrative>Legal review, Fiji</narrative></title><recipient-country code="FJ"/><activity-date iso-date="2025-02-01" type="2"/>' +
        '<transaction><transaction-type code="2"/><transaction-date iso-date="2025-02-01"/><value currency="EUR" value-date="2025-02-01">12000</value></transaction>'),
      activity('XM-TEST-2', '<title><narrative>Somewhere</narrative></title><recipient-country code="ZZ"/>'),
      activity('XM-TEST-3', '<recipient-country code="FJ"/>'),
    );
    const first = (await cso.query(Import, { input: { iatiXml: xml, source: 'Test register file' } })).data!.importProjects;
    expect(first.userErrors).toEqual([]);
    expect(first.imported).toHaveLength(1);
    expect(first.imported[0]).toMatchObject({ title: 'Legal review, Fiji', mechanism: 'OTHER', periodFrom: '2025-02-01', amount: '12000.00', currency: 'EUR', moderation: 'DRAFT', beneficiaryStates: [{ iso3: 'FJI' }] });
    expect(first.imported[0]!.sources).toEqual(['Test register file']);
    expect(first.rowErrors).toEqual([
      { line: 2, field: 'recipient-country', message: 'XM-TEST-2: Unknown country codes: ZZ.' },
      { line: 3, field: 'title', message: 'XM-TEST-3: title is required.' },
    ]);
    const again = (await cso.query(Import, { input: { iatiXml: xml, source: 'Test register file' } })).data!.importProjects;
    expect(again).toMatchObject({ imported: [], unchanged: 1 });
    // Another organisation's identifier is never overwritten.
    const industry = await hub.as('partner-industry');
    const theirs = (await industry.query(Import, { input: { iatiXml: xml, source: 'Test register file' } })).data!.importProjects;
    expect(theirs.imported).toEqual([]);
    expect(theirs.rowErrors[0]).toEqual({ line: 1, field: 'iati-identifier', message: 'XM-TEST-1 is kept by another organisation; it was not overwritten.' });
  });

  it('serves the same file at /exports/projects.iati.xml, within the viewer’s rights', async () => {
    const res = await fetch(`${hub.origin}/exports/projects.iati.xml?state=GHA`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toContain('<hub:reference>ATT.VTF.G2018.002GHA</hub:reference>');
    expect(xml).toContain('<recipient-country code="GH" percentage="100.00"/>');
    expect((await fetch(`${hub.origin}/exports/projects.iati.xml?state=G`)).status).toBe(400);
  });

  it('refuses a file that is not IATI XML, or carries a DOCTYPE, whole', async () => {
    const cso = await hub.as('partner-cso');
    for (const iatiXml of ['<iati-activities><iati-activity>', '<projects/>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><iati-activities>&e;</iati-activities>']) {
      const { data } = await cso.query(Import, { input: { iatiXml } });
      expect(data!.importProjects.userErrors).toHaveLength(1);
      expect(data!.importProjects.imported).toEqual([]);
    }
  });

  it('a file the hub exports imports back into a fresh hub unchanged, and the hub’s own records are never overwritten', async () => {
    const cso = await hub.as('partner-cso');
    const created = (await cso.query(Create, {
      input: { mechanism: 'ATT_VTF', title: 'Round trip: control list, Vanuatu', reference: 'TEST.1', beneficiaryStates: ['VUT'], beneficiaryRegions: ['OCEANIA'],
        periodFrom: '2023', periodTo: '2024-06', kinds: ['TECHNICAL', 'LEGAL'], amount: '50000.50', currency: 'USD', status: 'ONGOING',
        statusNote: 'First workshop held', sources: ['https://example.org/a', 'Interview notes'], description: 'Say "<this>" & that' },
    })).data!.createProject.project!;
    const xml = (await cso.query(Export, { filter: { state: 'VUT', moderation: 'DRAFT' } })).data!.projectsIati;
    expect(created.title).toBe('Round trip: control list, Vanuatu');
    expect(xml).toMatch(/<iati-identifier>XM-ATTHUB-[0-9a-f-]{36}<\/iati-identifier>/);
    expect(xml).toContain('<recipient-country code="VU" percentage="100.00"/>');
    expect(xml).toContain('<sector vocabulary="1" code="15240">');
    // Into the same hub, its own record: unchanged.
    expect((await cso.query(Import, { input: { iatiXml: xml } })).data!.importProjects).toMatchObject({ imported: [], unchanged: 1, rowErrors: [] });
    // The hub's sourced records, exported and sent back by a partner: refused, not overwritten.
    const ghana = (await hub.client.query(Export, { filter: { state: 'GHA' } })).data!.projectsIati;
    const back = (await cso.query(Import, { input: { iatiXml: ghana } })).data!.importProjects;
    expect(back.imported).toEqual([]);
    expect(back.rowErrors.length).toBeGreaterThan(0);
    expect(back.rowErrors.every((e) => e.message.endsWith('is kept by another organisation; it was not overwritten.'))).toBe(true);

    const fresh = await startTestHub();
    try {
      const there = await fresh.as('partner-cso');
      const result = (await there.query(Import, { input: { iatiXml: xml } })).data!.importProjects;
      expect(result.rowErrors).toEqual([]);
      expect(result.imported).toHaveLength(1);
      const again = (await there.query(Export, { filter: { state: 'VUT', moderation: 'DRAFT' } })).data!.projectsIati;
      const body = (s: string) => s.replace(/generated-datetime="[^"]*"/, '').replace(/last-updated-datetime="[^"]*"/g, '');
      expect(body(again)).toEqual(body(xml));
    } finally {
      await fresh.stop();
    }
  }, 120_000);
});
