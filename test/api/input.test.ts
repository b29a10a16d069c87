import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeKeyset, encodeKeyset, type Keyset } from '../../src/kernel/graphql/keyset';
import { compiledGateway } from '../../src/performance/compiled-execution';
import { formatError } from '../../src/kernel/graphql/errors';
import { hiddenCharacterProblem } from '../../src/kernel/graphql/input-text';
import { isoDay, parseDay } from '../../src/kernel/graphql/scalars';
import { type HubClient, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
let partner: HubClient;
beforeAll(async () => {
  hub = await startTestHub();
  partner = await hub.as('partner-cso');
});
afterAll(async () => {
  await hub?.stop();
});

const requestBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const cursor = (text: string) => Buffer.from(text).toString('base64url');
const KEYS: Keyset<{ day: string | null; at: string; id: string }> = {
  list: 'Test',
  parts: [
    { field: 'day', desc: true, nullable: true, kind: 'day', read: (r) => r.day },
    { field: 'at', desc: true, kind: 'instant', read: (r) => r.at },
    { field: 'id', desc: false, kind: 'uuid', read: (r) => r.id },
  ],
};
const CREATE = 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id title description place } userErrors { field code message } } }';

type Answer = Awaited<ReturnType<HubClient['post']>>;
/** A refusal of the input: a clear code, never a 500 or the generic internal error. */
function expectBadInput(res: Answer, label: string, status = 400): void {
  expect(res.status, label).toBe(status);
  expect(res.errors?.[0]?.extensions?.code, label).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(res), label).not.toMatch(/INTERNAL_SERVER_ERROR|Internal server error/);
}

describe('the rules, as pure functions', () => {
  it('a cursor is only the exact text the hub hands out', () => {
    const row = { day: '2024-02-29', at: '2026-11-30T10:00:00.123Z', id: '0b1f1c9e-1b7a-4e57-9f55-3b0a8e4d2c11' };
    const good = encodeKeyset(KEYS, row);
    expect(decodeKeyset(KEYS, good)).toEqual([row.day, row.at, row.id]);
    expect(decodeKeyset(KEYS, encodeKeyset(KEYS, { ...row, day: null }))).toEqual([null, row.at, row.id]);
    const bad = [
      ['Test', '2023-02-30', row.at, row.id], // a day that does not exist
      ['Test', '2024-02-29', '2026-11-30T10:00:00Z', row.id], // an instant not as the hub writes it
      ['Test', '2024-02-29', row.at, 'X'], // not an id
      ['Test', '2024-02-29', row.at, null], // the unique last part is never null
      ['Test', '2024-02-29', row.at], // too short
      ['Other', '2024-02-29', row.at, row.id], // another list's
      ['Test', 1e300, row.at, row.id],
    ];
    for (const values of bad) expect(decodeKeyset(KEYS, cursor(JSON.stringify(values))), JSON.stringify(values)).toBeNull();
    for (const text of ['offset:1e300', 'offset:5', '', '[', 'null', '{}', '\u0000']) expect(decodeKeyset(KEYS, cursor(text)), text).toBeNull();
    // The same bytes spelled another way (padding, standard base64, spaces in the JSON) are not the hub's cursor either.
    expect(decodeKeyset(KEYS, `${good}=`)).toBeNull();
    expect(decodeKeyset(KEYS, `${good}!`)).toBeNull();
    expect(decodeKeyset(KEYS, cursor(JSON.stringify(['Test', row.day, row.at, row.id], null, 1)))).toBeNull();
  });

  it('a day is YYYY-MM-DD and exists', () => {
    expect(isoDay(parseDay('2024-02-29')!)).toBe('2024-02-29');
    expect(isoDay(parseDay('0001-01-01')!)).toBe('0001-01-01');
    expect(isoDay(parseDay('0099-12-31')!)).toBe('0099-12-31');
    expect(isoDay(parseDay('9999-12-31')!)).toBe('9999-12-31');
    for (const text of ['2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '0000-01-01', '10000-01-01', '2023-1-5', ' 2023-01-05', '2023-01-05T00:00:00Z', '']) {
      expect(parseDay(text), text).toBeNull();
    }
  });

  it('text: the dangerous invisible characters are refused, the ones real text needs are kept', () => {
    const refused = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\u206a', '\ufeff', '\ufff9', '\ud800', '\udfff'];
    for (const c of refused) expect(hiddenCharacterProblem(`Workshop ${c}COM`), escape(c)).toMatch(/^holds U\+[0-9A-F]{4} \(.+\) at character 10;/);
    expect(hiddenCharacterProblem('a\u202eb')).toContain('U+202E (RIGHT-TO-LEFT OVERRIDE) at character 2');
    const kept = [
      'line one\r\nline two\tcolumn',
      'می\u200cخواهم', // Persian: ZERO WIDTH NON-JOINER inside a word
      'العربية \u200fABC\u200e', // RLM and LRM beside Latin text
      'عدد\u061c 12', // ARABIC LETTER MARK
      '👩\u200d👩\u200d👧', // a family emoji: ZERO WIDTH JOINER
      '🏳️\u200d🌈 ❤️', // variation selectors
      '🏴\udb40\udc67\udb40\udc62\udb40\udc73\udb40\udc63\udb40\udc74\udb40\udc7f', // a flag: tag characters
      'Côte d’Ivoire — 中文 — Русский',
    ];
    for (const text of kept) expect(hiddenCharacterProblem(text), text).toBeUndefined();
  });
});

describe('bad input is refused with BAD_USER_INPUT, never a 500', () => {
  it('a cursor the hub did not hand out (offset:1e300 was a 500, then a 200 with an error): a 400 before anything runs', async () => {
    const query = 'query($after: String) { states(first: 2, after: $after) { edges { node { iso3 } } } }';
    const garbage = ['%%%', 'not base64 at all!', '////', '\u00e9t\u00e9', 'A'.repeat(5000)];
    for (const text of [...['offset:1e300', 'offset:0x10', 'offset:-1', 'offset:99999999999', '["State:NAME:ASC","x"]'].map(cursor), ...garbage]) {
      const res = await hub.client.post(requestBody(query, { after: text }));
      expectBadInput(res, text);
      expect(res.errors?.[0]?.message, text).toBe('after is not a cursor of this list.');
      expect(res.data, text).toBeUndefined();
    }
    // Written in the operation, beside a field that would answer, and in a fragment: the whole request is refused.
    const beside = await hub.client.post(requestBody('{ participationSummary { statesParties } states(first: 1, before: "%%%") { totalCount } }'));
    expectBadInput(beside, 'beside another field');
    expect(beside.data).toBeUndefined();
    const inFragment = await hub.client.post(requestBody('query { ...F } fragment F on Query { activities(after: "b2Zmc2V0OjE") { totalCount } }'));
    expectBadInput(inFragment, 'in a fragment');
    // A cursor of another list, or of the same list in another order, is not this one's.
    const activities = await hub.client.post(requestBody('{ activities(first: 1) { pageInfo { endCursor } } }'));
    const activityCursor = (activities.data as unknown as { activities: { pageInfo: { endCursor: string } } }).activities.pageInfo.endCursor;
    expectBadInput(await hub.client.post(requestBody(query, { after: activityCursor })), 'another list');
    const byCode = await hub.client.post(requestBody('{ states(first: 1, orderBy: { field: CODE, direction: ASC }) { pageInfo { endCursor } } }'));
    const codeCursor = (byCode.data as unknown as { states: { pageInfo: { endCursor: string } } }).states.pageInfo.endCursor;
    expectBadInput(await hub.client.post(requestBody(query, { after: codeCursor })), 'another order');
    // Page sizes out of range, and first with last, are refused the same way.
    for (const args of ['first: 201', 'last: -1', 'first: 2, last: 2']) {
      expectBadInput(await hub.client.post(requestBody(`{ states(${args}) { totalCount } }`)), args);
    }
    // A cursor the hub gave is followed as before.
    const first = await hub.client.post(requestBody('{ states(first: 2) { pageInfo { endCursor } edges { node { iso3 } } } }'));
    const page = (first.data as unknown as { states: { pageInfo: { endCursor: string } } }).states;
    const next = await hub.client.post(requestBody(query, { after: page.pageInfo.endCursor }));
    expect(next.errors).toBeUndefined();
    expect((next.data as unknown as { states: { edges: unknown[] } }).states.edges).toHaveLength(2);
  });

  it('a NUL anywhere in a string, in a variable or written in the operation (PostgreSQL refuses it: was a 500)', async () => {
    const cases: [string, string, unknown?][] = [
      ['activity filter', 'query($s: String) { activities(first: 5, filter: { state: $s }) { totalCount } }', { s: 'CO\u0000M' }],
      ['document symbol', 'query($s: String!) { document(symbol: $s) { title } }', { s: 'ATT/CSP9\u0000' }],
      ['decided by', 'query($s: String) { decisions(decidedBy: $s) { reference } }', { s: '\u0000' }],
      ['state code', 'query($s: String!) { state(iso3: $s) { name } }', { s: 'CO\u0000' }],
      ['written in the operation', '{ document(symbol: "ATT\\u0000") { title } }'],
    ];
    for (const [label, query, variables] of cases) {
      const res = await hub.client.post(requestBody(query, variables));
      expectBadInput(res, label);
      expect(res.errors?.[0]?.message, label).toMatch(/U\+0000 \(NULL\)/);
    }
    const mutation = await partner.post(requestBody(CREATE, { i: { kind: 'WORKSHOP', title: 'Legal review', description: 'Day one\u0000' } }));
    expectBadInput(mutation, 'mutation');
    expect(mutation.errors?.[0]?.message).toBe(
      'Variable $i.description holds U+0000 (NULL) at character 8; control and invisible formatting characters are not accepted in text.',
    );
  });

  it('an impossible date, in an export URL or a GraphQL variable (2023-02-30 and year 0 were 500s)', async () => {
    for (const asOf of ['2023-02-30', '2023-02-29', '0000-01-01', '2023-13-01', 'today', '']) {
      const res = await fetch(`${hub.origin}/exports/participation.csv?asOf=${asOf}`);
      expect(res.status, asOf).toBe(400);
      expect(await res.json(), asOf).toEqual({
        errors: [{ message: 'asOf must be a calendar day, YYYY-MM-DD, from 0001-01-01 to 9999-12-31.', extensions: { code: 'BAD_USER_INPUT' } }],
      });
    }
    expect((await fetch(`${hub.origin}/exports/participation.csv?asOf=a&asOf=b`)).status).toBe(400);
    const leap = await fetch(`${hub.origin}/exports/participation.json?asOf=2024-02-29`);
    expect(leap.status).toBe(200);
    expect(((await leap.json()) as { asOf: string }).asOf).toBe('2024-02-29');

    const summary = 'query($d: Date) { participationSummary(asOf: $d) { statesParties } }';
    for (const d of ['0000-01-01', '2023-02-30']) expectBadInput(await hub.client.post(requestBody(summary, { d })), d);
    // Written in the operation, it fails validation, as any literal of the wrong shape does.
    const literal = await hub.client.post(requestBody('{ participationSummary(asOf: "0000-01-01") { statesParties } }'));
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toMatch(/Date must be a calendar day, YYYY-MM-DD/);
    const early = await hub.client.post(requestBody(summary, { d: '0001-01-01' }));
    expect(early.data).toEqual({ participationSummary: { statesParties: 0 } });
  });

  it('an impossible date in an imported row is that row\'s error', async () => {
    const content = 'kind,title,startDate\nWORKSHOP,Leap workshop,2024-02-29\nWORKSHOP,Impossible workshop,2023-02-30\n';
    const res = await partner.post(
      requestBody('mutation($i: ImportActivitiesInput!) { importActivities(input: $i) { created { startDate } rowErrors { line field message } userErrors { code } } }', {
        i: { format: 'CSV', content },
      }),
    );
    expect(res.data).toEqual({
      importActivities: {
        created: [{ startDate: '2024-02-29' }],
        rowErrors: [{ line: 3, field: 'startDate', message: 'startDate must be a calendar day, YYYY-MM-DD, from 0001-01-01 to 9999-12-31.' }],
        userErrors: [],
      },
    });
  });

  it('a little fuzz: huge and negative numbers, odd cursors, IDs, enums and dates never give a 500', async () => {
    const bodies = [
      requestBody('{ states(first: -1) { totalCount } }'),
      requestBody('{ states(first: 2147483647) { totalCount } }'),
      requestBody('{ states(first: 2147483648) { totalCount } }'),
      requestBody('query($n: Int) { states(first: $n) { totalCount } }', { n: 1e300 }),
      requestBody('query($n: Int) { states(first: $n) { totalCount } }', { n: 'NaN' }),
      requestBody('query($n: Int) { states(first: $n) { totalCount } }', { n: -0.5 }),
      requestBody('{ state(iso3: "COM") { activities(first: -5) { title } } }'),
      requestBody('{ state(iso3: "COM") { activities(first: 2147483647) { title } } }'),
      requestBody('{ vtfProjects(year: -2147483648) { title } }'),
      requestBody('{ vtfProjects(year: 2147483647) { title } }'),
      requestBody('query($a: String) { activities(first: 5, after: $a) { totalCount } }', { a: '' }),
      requestBody('query($a: String) { activities(first: 5, after: $a) { totalCount } }', { a: '💥'.repeat(1000) }),
      requestBody('query($a: String) { auditEvents(first: 5, after: $a) { totalCount } }', { a: cursor('offset:1e300') }),
      requestBody('query($r: AttRegion) { participationSummary(region: $r) { total } }', { r: 'AFRICA\u200b' }),
      requestBody('query($r: AttRegion) { participationSummary(region: $r) { total } }', { r: 'ＡＦＲＩＣＡ' }),
      requestBody('{ participationSummary(region: AFRİCA) { total } }'),
      requestBody('query($d: Date) { participationSummary(asOf: $d) { total } }', { d: '+275760-09-13' }),
      requestBody('query($d: Date) { participationSummary(asOf: $d) { total } }', { d: 20230215 }),
      requestBody('query($id: ID!) { node(id: $id) { id } }', { id: Buffer.from('AuditEvent:99999999999999999999999').toString('base64url') }),
      requestBody('query($id: ID!) { node(id: $id) { id } }', { id: Buffer.from('Activity:\u0000').toString('base64url') }),
      requestBody('query($id: ID!) { node(id: $id) { id } }', { id: Buffer.from('State:1e300').toString('base64url') }),
      requestBody('query($s: String) { followUpActions(filter: { owner: $s }) { owner } }', { s: '%_\\' }),
    ];
    for (const body of bodies) {
      const res = await hub.client.post(body);
      expect(res.status, body).toBeLessThan(500);
      expect(JSON.stringify(res.errors ?? []), body).not.toMatch(/INTERNAL_SERVER_ERROR|Internal server error/);
    }
  });

  it('an unexpected error is logged with its cause and answered as an internal error (compiled execution gave no extensions)', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'error' }, new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    const schema = buildSchema('type Query { broken: String }');
    schema.getQueryType()!.getFields().broken!.resolve = () => {
      throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    };
    const server = new ApolloServer({ gateway: compiledGateway(schema), formatError: formatError(log) });
    await server.start();
    try {
      const res = await server.executeOperation({ query: '{ broken }' });
      expect(res.body.kind === 'single' && res.body.singleResult.errors).toEqual([
        { message: 'Internal server error.', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      const logged = lines.join('');
      expect(logged).toContain('unexpected error');
      expect(logged).toContain('invalid byte sequence');
      expect(logged).toContain('22021');
    } finally {
      await server.stop();
    }
  });
});

describe('user text holds no hidden control characters', () => {
  it('a right-to-left override, a zero-width space, a byte order mark or a control character in a title is refused, naming where', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ title: 'Workshop for \u202eMOC' }, /^Variable \$i\.title holds U\+202E \(RIGHT-TO-LEFT OVERRIDE\) at character 14;/],
      [{ title: 'Work\u200bshop' }, /\$i\.title holds U\+200B \(ZERO WIDTH SPACE\)/],
      [{ title: '\ufeffWorkshop' }, /\$i\.title holds U\+FEFF/],
      [{ title: 'Workshop', place: 'Geneva\u2066x\u2069' }, /\$i\.place holds U\+2066 \(LEFT-TO-RIGHT ISOLATE\)/],
      [{ title: 'Workshop', languages: ['en', 'f\u0085r'] }, /\$i\.languages\[1\] holds U\+0085 \(a control character\)/],
      [{ title: 'Workshop', description: 'half \ud800 a pair' }, /U\+D800 \(half of a surrogate pair\)/],
    ];
    for (const [input, message] of cases) {
      const res = await partner.post(requestBody(CREATE, { i: { kind: 'WORKSHOP', ...input } }));
      expectBadInput(res, JSON.stringify(input));
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.data, 'nothing ran').toBeUndefined();
    }
    // Written in the operation itself, and in any mutation (one check for all of them).
    const literal = await partner.post(requestBody('mutation { createActivity(input: { kind: WORKSHOP, title: "A\\u202eB" }) { activity { id } } }'));
    expectBadInput(literal, 'literal');
    expect(literal.errors?.[0]?.message).toMatch(/^The string holds U\+202E/);
    const vp = await hub.as('vp-africa');
    const engagement = await vp.post(
      requestBody('mutation($i: RecordEngagementInput!) { recordEngagement(input: $i) { engagement { id } } }', {
        i: { stateIso3: 'COM', kind: 'CALL', onBehalfOf: 'Vice-President for Africa', summary: 'Call \u202ewith the minister' },
      }),
    );
    expectBadInput(engagement, 'engagement');
    // None of them was stored.
    const drafts = await partner.post(requestBody('{ activities(first: 200, filter: { status: DRAFT }) { edges { node { title } } } }'));
    expect(JSON.stringify(drafts.data)).not.toMatch(/MOC|Work\\u200bshop/);
  });

  it('Persian, Arabic and emoji text keeps its joiners and marks, and line breaks stay: stored exactly as sent', async () => {
    const input = {
      kind: 'WORKSHOP',
      title: 'کارگاه پیمان تجارت اسلحه برای کشورهای منطقه \u200f(ATT)\u200f — می\u200cخواهیم',
      description: 'ورشة عمل\u061c 2026\r\nLine two\twith a tab 👩\u200d👩\u200d👧 🏳️\u200d🌈',
      place: 'Tehrān \u200eتهران\u200e',
    };
    const res = await partner.post(requestBody(CREATE, { i: input }));
    expect(res.errors).toBeUndefined();
    const created = (res.data as unknown as { createActivity: { activity: { id: string; title: string; description: string; place: string } } }).createActivity.activity;
    const read = await partner.post(requestBody('query($id: ID!) { node(id: $id) { ... on Activity { title description place } } }', { id: created.id }));
    expect(read.data).toEqual({ node: { title: input.title, description: input.description, place: input.place } });
  });

  it('a JSON import cannot smuggle one in as an escape: that row is refused with its line, the others are kept', async () => {
    const content = '[{"kind": "WORKSHOP", "title": "Clean row"}, {"kind": "WORKSHOP", "title": "\\u202eredaeh"}, {"kind": "WORKSHOP", "title": "NUL row", "place": "Gen\\u0000eva"}]';
    const res = await partner.post(
      requestBody('mutation($i: ImportActivitiesInput!) { importActivities(input: $i) { created { title } rowErrors { line field message } userErrors { code message } } }', {
        i: { format: 'JSON', content },
      }),
    );
    const result = (res.data as unknown as { importActivities: { created: { title: string }[]; rowErrors: { line: number; field: string; message: string }[] } }).importActivities;
    expect(result.created).toEqual([{ title: 'Clean row' }]);
    expect(result.rowErrors.map((e) => [e.line, e.field])).toEqual([
      [2, 'title'],
      [3, 'place'],
    ]);
    expect(result.rowErrors[0]!.message).toMatch(/^title holds U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/);

    const badKey = await partner.post(
      requestBody('mutation($i: ImportActivitiesInput!) { importActivities(input: $i) { created { title } userErrors { code message } } }', {
        i: { format: 'JSON', content: '[{"kind": "WORKSHOP", "title": "Keyed row", "key": "k\\u0000"}]' },
      }),
    );
    expect(badKey.data).toEqual({
      importActivities: {
        created: [],
        userErrors: [{ code: 'INVALID', message: expect.stringMatching(/^Line 1: the key holds U\+0000 \(NULL\)/) as unknown }],
      },
    });
  });
});

describe('errors say what happened, and name nothing of the schema in production', () => {
  it('the anonymous public is asked to sign in; a signed-in viewer is told it may not; a mutation is not a read', async () => {
    const anonymous = await hub.client.post(requestBody(CREATE, { i: { kind: 'WORKSHOP', title: 'Anonymous workshop' } }));
    expect(anonymous.status).toBe(200);
    expect(anonymous.errors).toEqual([expect.objectContaining({ message: 'Sign in to make this change.', path: ['createActivity'], extensions: { code: 'UNAUTHENTICATED' } })]);

    const assess = 'mutation($i: AssessPriorityInput!) { assessPriority(input: $i) { userErrors { code } } }';
    const variables = { i: { stateIso3: 'COM', tier: 'TIER_1_SIGNATORY', rationale: 'x', source: 'x' } };
    const partnerTry = await partner.post(requestBody(assess, variables));
    expect(partnerTry.errors).toEqual([expect.objectContaining({ message: 'You may not make this change.', extensions: { code: 'FORBIDDEN' } })]);
    const anonymousTry = await hub.client.post(requestBody(assess, variables));
    expect(anonymousTry.errors?.[0]).toMatchObject({ message: 'Sign in to make this change.', extensions: { code: 'UNAUTHENTICATED' } });

    const read = '{ state(iso3: "COM") { iso3 nationalProcess { stage } } }';
    expect((await hub.client.post(requestBody(read))).errors?.[0]).toMatchObject({ message: 'Sign in to read this field.', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await partner.post(requestBody(read))).errors?.[0]).toMatchObject({ message: 'You may not read this field.', extensions: { code: 'FORBIDDEN' } });
  });

  it('"Did you mean …" is off where introspection is (production), on in development', async () => {
    const production = await startTestHub({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example.org/jwks',
      AUTH_ISSUER: 'https://idp.example.org',
      AUTH_AUDIENCE: 'att-hub',
    });
    try {
      const probes = [
        requestBody('{ participationSumary { total } }'),
        requestBody('{ state(iso3: "COM") { nationalProces { stage } } }'),
        requestBody('query($r: AttRegion) { participationSummary(region: $r) { total } }', { r: 'AFRIKA' }),
        requestBody('{ participationSummary(regio: AFRICA) { total } }'),
      ];
      for (const body of probes) {
        const dev = await hub.client.post(body);
        expect(dev.errors?.[0]?.message, body).toMatch(/Did you mean/);
        const prod = await production.client.post(body);
        expect(prod.status, body).toBe(400);
        expect(prod.errors?.[0]?.message, body).not.toMatch(/Did you mean|"participationSummary"|"nationalProcess"|"AFRICA"|"region"/);
      }
    } finally {
      await production.stop();
    }
  });
});
