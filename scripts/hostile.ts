import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSubject } from '../src/domains/bodies/demo-principals';
import { SignJWT } from 'jose';
import { localSecret, signLocalToken } from '../src/access/auth/tokens';
import { type AuthConfig, loadConfig } from '../src/kernel/config';
import { runHub } from './support/hub-process';

/**
 * `npm run test:hostile`: a seeded generator of hostile requests against a hub of its own (a new
 * embedded database, or DATABASE_URL). Every request must get a clear error with a code (or a
 * correct answer), never a crash, a 5xx, internals in the text, or a partial record; afterwards
 * the hub still answers a normal query correctly. Prints what it sent and how each was answered.
 */
const TOTAL = Number(process.env.HOSTILE_REQUESTS ?? 10_500);
const TIME_LIMIT_MS = Number(process.env.HOSTILE_SECONDS ?? 240) * 1000;
const CONCURRENCY = 16;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20230215);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const INJECTIONS = [
  "' OR 1=1 --", '"; DROP TABLE state; --', "COM'); DELETE FROM activity; --", '$where', '{{7*7}}', '${process.env}',
  '<script>alert(1)</script>', '../../etc/passwd', '%00', '\\x00', 'null', 'undefined', '__proto__', 'constructor',
  "1; select pg_sleep(10)", '*/ union select * from person /*', '🏳️‍🌈', '‮COM',
];
/** Every state the hub knows (filled in at the start): rows aimed at all of them are refused. */
let ALL_STATES: string[] = [];
const UNICODE = ['\u202e\u202dCOM', '\ud800', '\udfff', '\u0000', 'Ｃｏｍ', 'C\u0301OM', '\u200b\u200b', '😀'.repeat(50), 'ءءء', '\uffff'];

interface Hostile {
  kind: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  token?: 'partner';
  /** A create that, if acknowledged, must be found whole afterwards. */
  creates?: string;
  /** A GET of this path instead of a POST to /graphql. */
  get?: string;
  /** The code the answer's first error must have: the input is refused, with this reason. */
  refusedWith?: 'BAD_USER_INPUT' | 'UNAUTHENTICATED';
  /** The HTTP status of that refusal, where it must be one (checked before the operation runs). */
  refusedStatus?: number;
}

/** Characters no text may hold (src/kernel/graphql/input-text.ts): NUL, controls, bidi overrides and isolates, zero-width space, BOM, a lone surrogate. */
const HIDDEN = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\ud800'];
const hide = (text: string, among = HIDDEN) => {
  const at = int(0, text.length);
  return `${text.slice(0, at)}${pick(among)}${text.slice(at)}`;
};
const offsetCursor = (text: string) => Buffer.from(text).toString('base64url');
const IMPOSSIBLE_DAYS = ['2023-02-30', '2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '0000-01-01', '2023-1-5', '+275760-09-13', '2023-02-15T00:00:00Z', '2023-O2-15'];
/** Tokens the hub must refuse (signed with its own secret where that matters); filled in main(). */
const HOSTILE_TOKENS: string[] = [];

const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

const GENERATORS: Record<string, () => Hostile> = {
  'invalid JSON': () => ({ kind: 'invalid JSON', body: pick(['{', '{"query": ', '[{', 'nul', '{"query": "{ a }",}', '\u0000\u0001', '{"query": 12}', '"just a string"', '{"query": "{ states { totalCount } }", "variables": "x"}']) }),
  'GraphQL syntax': () => ({ kind: 'GraphQL syntax', body: gql(pick(['{ state(iso3: "COM" { name } }', '{{{{', 'query { ... }', 'mutation { createActivity }', '{ states(first: ) { totalCount } }', 'subscription { x }', '{ state(iso3: "COM") { name } } }', 'fragment F on State { iso3 }'])) }),
  'huge strings': () => {
    const big = 'x'.repeat(int(10_000, 200_000));
    return pick([
      { kind: 'huge strings', body: gql('query($c: String!) { state(iso3: $c) { name } }', { c: big }) },
      { kind: 'huge strings', body: gql('query($s: String!) { document(symbol: $s) { title } }', { s: big }) },
      { kind: 'huge strings', body: gql('mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { code } } }', { i: { kind: 'WORKSHOP', title: `Hostile ${big}` } }), token: 'partner' as const },
    ]);
  },
  'huge lists': () => ({
    kind: 'huge lists',
    body: gql('mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { code } } }', {
      i: { kind: 'WORKSHOP', title: 'Hostile list', targetStates: [...Array(int(1000, 8000))].map((_, i) => (i % 2 ? 'COM' : `X${i}`)) },
    }),
    token: 'partner',
  }),
  'deep nesting': () => {
    const depth = int(13, 60);
    let sel = 'iso3';
    for (let i = 0; i < depth; i++) sel = `actions { state { ${sel} } }`;
    return { kind: 'deep nesting', body: gql(`{ state(iso3: "COM") { ${sel} } }`) };
  },
  'alias bomb': () => ({ kind: 'alias bomb', body: gql(`{ ${[...Array(int(300, 4000))].map((_, i) => `a${i}: states(first: 200) { totalCount }`).join(' ')} }`) }),
  'fragment bomb': () => {
    const n = int(8, 30);
    const frags = [...Array(n)].map((_, i) => `fragment F${i} on State { ${i === 0 ? 'iso3 actions { kind }' : `...F${i - 1} a${i}: actions { state { ...F${i - 1} } }`} }`);
    return { kind: 'fragment bomb', body: gql(`{ states(first: 200) { edges { node { ...F${n - 1} } } } } ${frags.join(' ')}`) };
  },
  // Issue 14: one query must not exhaust memory, whatever the lists hold and however it is asked.
  'wide nested lists': () => {
    const n = int(1, 200);
    return pick([
      { kind: 'wide nested lists', body: gql(`{ activities(first: ${n}) { edges { node { targetStates { activities(first: ${int(1, 50)}) { targetStates { iso3 name } } } } } } }`) },
      { kind: 'wide nested lists', body: gql(`{ states(first: 200) { edges { node { activities(first: 50) { targetStates { activities(first: 50) { title } } } } } } }`), token: 'partner' as const },
      { kind: 'wide nested lists', body: gql(`{ region(code: AFRICA) { states { activities(first: 50) { targetStates { iso3 } description outcome } } } }`) },
      { kind: 'wide nested lists', body: gql(`{ plans { progress { activities { targetStates { activities(first: 50) { title } } } } } }`), token: 'partner' as const },
    ]);
  },
  'alias flood of costly fields': () => {
    const n = int(20, 400);
    const field = pick([
      (i: number) => `a${i}: states(first: 0, filter: { statusAsOf: "20${10 + (i % 15)}-01-01" }) { totalCount }`,
      (i: number) => `a${i}: participationSummary(asOf: "20${10 + (i % 15)}-0${1 + (i % 9)}-01") { total }`,
      (i: number) => `a${i}: pipeline { tier }`,
      (i: number) => `a${i}: region(code: ASIA) { participation { total } pipeline { tier } }`,
      (i: number) => `a${i}: plans { progress(asOf: "20${10 + (i % 15)}-01-01") { undetermined } }`,
    ]);
    return { kind: 'alias flood of costly fields', body: gql(`{ ${[...Array(n)].map((_, i) => field(i)).join(' ')} }`), token: pick([undefined, 'partner' as const]) };
  },
  'long texts at scale': () => ({
    kind: 'long texts at scale',
    body: gql(`{ ${[...Array(int(1, 3))].map((_, i) => `a${i}: states(first: ${int(10, 200)}) { edges { node { activities(first: ${int(10, 50)}) { description outcome source } needs { description } } } }`).join(' ')} }`),
    token: 'partner',
  }),
  'directive flood': () => ({
    kind: 'directive flood',
    body: gql(`query($t: Boolean = true) { state(iso3: "COM") { ${[...Array(int(21, 300))].map(() => 'iso3 @include(if: $t)').join(' ')} } }`),
  }),
  'too many target states': () => ({
    kind: 'too many target states',
    body: gql('mutation($i: ImportActivitiesInput!) { importActivities(input: $i) { created { id } rowErrors { line field } userErrors { code } } }', {
      i: { format: 'JSON', content: JSON.stringify([...Array(int(1, 20))].map((_, i) => ({ kind: 'WORKSHOP', title: `Hostile everywhere ${i}`, targetStates: ALL_STATES }))) },
    }),
    token: 'partner',
  }),
  'fragment cycle': () => ({ kind: 'fragment cycle', body: gql('{ state(iso3: "COM") { ...A } } fragment A on State { iso3 ...B } fragment B on State { name ...A }') }),
  'batched array': () => ({ kind: 'batched array', body: JSON.stringify([...Array(int(2, 500))].map(() => ({ query: '{ participationSummary { total } }' }))) }),
  'wrong variable types': () => ({
    kind: 'wrong variable types',
    body: pick([
      gql('query($n: Int) { states(first: $n) { totalCount } }', { n: pick(['ten', {}, [], 1.5, 2 ** 40, true]) }),
      gql('query($d: Date) { participationSummary(asOf: $d) { total } }', { d: pick(['2023-02-30', 20230215, 'yesterday', null, ['2023-01-01']]) }),
      gql('query($r: AttRegion) { participationSummary(region: $r) { total } }', { r: pick(['africa', 'MARS', 1]) }),
      gql('query($c: String!) { state(iso3: $c) { name } }', {}),
    ]),
  }),
  'invalid IDs': () => {
    const id = pick([
      Buffer.from(`State:${pick(INJECTIONS)}`).toString('base64url'),
      Buffer.from('Activity:not-a-uuid').toString('base64url'),
      Buffer.from('NationalProcess:00000000-0000-0000-0000-000000000000').toString('base64url'),
      Buffer.from('AuditEvent:99999999999999999999999').toString('base64url'),
      Buffer.from('Nope:1').toString('base64url'),
      'not base64 at all!',
      '',
      'x'.repeat(5000),
    ]);
    return pick([
      { kind: 'invalid IDs', body: gql('query($id: ID!) { node(id: $id) { id } }', { id }) },
      { kind: 'invalid IDs', body: gql('mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { userErrors { code } } }', { i: { id, version: 1, title: 'x' } }), token: 'partner' as const },
      { kind: 'invalid IDs', body: gql('mutation($i: ModerateActivityInput!) { submitActivity(input: $i) { userErrors { code } } }', { i: { id, version: 1 } }), token: 'partner' as const },
    ]);
  },
  'injection strings': () => {
    const s = pick(INJECTIONS);
    const title = `Hostile ${s}`;
    return pick([
      { kind: 'injection strings', body: gql('query($c: String!) { state(iso3: $c) { name } }', { c: s }) },
      { kind: 'injection strings', body: gql('query($s: String!) { document(symbol: $s) { title } }', { s }) },
      { kind: 'injection strings', body: gql('query($s: String) { activities(first: 5, filter: { state: $s }) { totalCount } }', { s }) },
      { kind: 'injection strings', body: gql('query($s: String) { decisions(decidedBy: $s) { reference } followUpActions(filter: { owner: $s }) { owner } }', { s }) },
      { kind: 'injection strings', body: gql('mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { code } } }', { i: { kind: 'ADVOCACY', title, place: s, outcome: s } }), token: 'partner' as const, creates: title },
    ]);
  },
  'odd Unicode': () => {
    const s = pick(UNICODE);
    return pick([
      { kind: 'odd Unicode', body: gql('query($c: String!) { state(iso3: $c) { name } }', { c: s }) },
      { kind: 'odd Unicode', body: `{"query": "{ state(iso3: \\"${s}\\") { name } }"}` },
      { kind: 'odd Unicode', body: gql('mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { code } } }', { i: { kind: 'OTHER', title: `Hostile ${s}`, languages: [s] } }), token: 'partner' as const },
    ]);
  },
  'hidden characters': () => {
    const s = hide(pick(['COM', 'ATT/CSP9/2023/SEC/772/Conf.Rep', 'Secretariat', 'Workshop on the treaty']));
    return pick([
      { kind: 'hidden characters', body: gql('query($s: String) { activities(first: 5, filter: { state: $s }) { totalCount } }', { s }), refusedWith: 'BAD_USER_INPUT' as const },
      { kind: 'hidden characters', body: gql('query($s: String!) { document(symbol: $s) { title } }', { s }), refusedWith: 'BAD_USER_INPUT' as const },
      { kind: 'hidden characters', body: gql('query($s: String) { decisions(decidedBy: $s) { reference } followUpActions(filter: { owner: $s }) { owner } }', { s }), refusedWith: 'BAD_USER_INPUT' as const },
      // Written in the operation (a lone surrogate cannot be: GraphQL's parser refuses that escape itself).
      { kind: 'hidden characters', body: gql(`{ document(symbol: ${JSON.stringify(hide('ATT/CSP9', HIDDEN.slice(0, -1)))}) { title } }`), refusedWith: 'BAD_USER_INPUT' as const },
      {
        kind: 'hidden characters',
        body: gql('mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } userErrors { code } } }', {
          i: { kind: 'WORKSHOP', title: `Hostile ${s}`, ...pick([{}, { description: s }, { place: s }, { languages: ['en', s] }]) },
        }),
        token: 'partner' as const,
        refusedWith: 'BAD_USER_INPUT' as const,
      },
    ]);
  },
  'odd cursors': () => {
    const after = pick([
      offsetCursor('offset:1e300'), offsetCursor('offset:-1'), offsetCursor('offset:0x10'), offsetCursor('offset:99999999999'),
      offsetCursor('offset:NaN'), offsetCursor('offset: 7'), offsetCursor(`offset:${'9'.repeat(400)}`), `${offsetCursor('offset:5')}=`,
      '%%%', 'not base64!', '////', 'A'.repeat(2000), offsetCursor('["Activity",null,null,null]'), offsetCursor('["State:NAME:ASC","x",1e300]'),
      offsetCursor('["Activity","2023-02-30","2026-01-01T00:00:00.000Z","00000000-0000-0000-0000-000000000000"]'), offsetCursor('["AuditEvent","-1"]'),
    ]);
    const list = pick(['states', 'activities', 'auditEvents']);
    const side = pick(['after', 'before']);
    return {
      kind: 'odd cursors',
      body: gql(`query($a: String) { ${list}(${side === 'after' ? 'first' : 'last'}: 5, ${side}: $a) { totalCount } }`, { a: after }),
      refusedWith: 'BAD_USER_INPUT',
      refusedStatus: 400,
    };
  },
  'impossible dates': () => {
    const day = pick(IMPOSSIBLE_DAYS);
    return pick([
      { kind: 'impossible dates', body: '', get: `/exports/participation.${pick(['csv', 'json'])}?asOf=${encodeURIComponent(day)}`, refusedWith: 'BAD_USER_INPUT' as const },
      { kind: 'impossible dates', body: gql('query($d: Date) { participationSummary(asOf: $d) { total } }', { d: day }), refusedWith: 'BAD_USER_INPUT' as const },
      {
        kind: 'impossible dates',
        body: gql('mutation($i: ImportActivitiesInput!) { importActivities(input: $i) { created { id } rowErrors { line } userErrors { code } } }', {
          i: { format: 'CSV', content: `kind,title,startDate\nWORKSHOP,Hostile import,${day}\n` },
        }),
        token: 'partner' as const,
      },
    ]);
  },
  'hostile tokens': () => ({
    kind: 'hostile tokens',
    body: gql('{ viewer { signedIn level } }'),
    headers: { authorization: `Bearer ${pick(HOSTILE_TOKENS)}` },
    refusedWith: 'UNAUTHENTICATED',
  }),
  'oversized body': () => ({ kind: 'oversized body', body: gql(`{ participationSummary { total } } # ${'x'.repeat(int(300_000, 3_000_000))}`) }),
  'wrong content type': () =>
    pick([
      { kind: 'wrong content type', body: gql('{ participationSummary { total } }'), headers: { 'content-type': 'text/plain' } },
      { kind: 'wrong content type', body: 'query={participationSummary{total}}', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { kind: 'wrong content type', body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--', headers: { 'content-type': 'multipart/form-data; boundary=x' } },
      { kind: 'wrong content type', body: '{ participationSummary { total } }', headers: { 'content-type': 'application/graphql' } },
      { kind: 'wrong content type', body: gql('{ participationSummary { total } }'), headers: { 'content-type': '' } },
    ]),
};

const INTERNALS = /\bat \S+\.(ts|js):\d+|node_modules|\bselect\s.+\sfrom\b|\binsert into\b|syntax error at or near|mikro-?orm|knex|stacktrace/i;

/** Tokens a client could forge or mint wrongly: no expiry, too long a life, issued or valid only in the future, alg none, another secret. */
async function hostileTokens(auth: AuthConfig): Promise<string[]> {
  const secret = auth.kind === 'local' ? localSecret(auth.secretFile) : new Uint8Array(32);
  const now = Math.floor(Date.now() / 1000);
  const signed = (claims: { iat?: number; nbf?: number; exp?: number }, key = secret) => {
    const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(demoSubject('secretariat')).setIssuer(auth.issuer).setAudience(auth.audience);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(key);
  };
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return Promise.all([
    signed({ iat: now }),
    signed({ iat: now, exp: now + 30 * 24 * 3600 }),
    signed({ iat: now + 3600, exp: now + 7200 }),
    signed({ iat: now, nbf: now + 3600, exp: now + 7200 }),
    signed({ iat: now - 7200, exp: now - 3600 }),
    signed({ iat: now, exp: now + 600 }, new Uint8Array(32).fill(7)),
    `${b64({ alg: 'none' })}.${b64({ sub: demoSubject('secretariat'), iss: auth.issuer, aud: auth.audience, iat: now, exp: now + 600 })}.`,
  ]);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-hostile-'));
  const env = { HUB_DATA_DIR: dataDir, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) };
  const hub = await runHub(env);
  const auth = loadConfig({ ...process.env, ...env }).auth;
  const token = await signLocalToken(auth, demoSubject('partner-cso'));
  HOSTILE_TOKENS.push(...(await hostileTokens(auth)));
  const states = (await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gql('{ states(first: 200) { edges { node { iso3 } } } }') }).then((r) =>
    r.json(),
  )) as { data: { states: { edges: { node: { iso3: string } }[] } } };
  ALL_STATES = states.data.states.edges.map((e) => e.node.iso3);
  const kinds = Object.keys(GENERATORS);
  const stats = new Map<string, { sent: number; answers: Map<string, number> }>();
  const problems: string[] = [];
  const acknowledged = new Set<string>();
  const started = Date.now();
  let sent = 0;

  const one = async () => {
    const kind = kinds[sent % kinds.length]!;
    sent++;
    const h = GENERATORS[kind]!();
    const entry = stats.get(kind) ?? { sent: 0, answers: new Map() };
    stats.set(kind, entry);
    entry.sent++;
    let outcome: string;
    try {
      const authorization: Record<string, string> = h.token ? { authorization: `Bearer ${token}` } : {};
      const res = h.get
        ? await fetch(`${hub.origin}${h.get}`, { headers: { ...authorization, ...h.headers }, signal: AbortSignal.timeout(30_000) })
        : await fetch(hub.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...authorization, ...h.headers },
            body: h.body,
            signal: AbortSignal.timeout(30_000),
          });
      const text = await res.text();
      let json:
        | { data?: { createActivity?: { activity?: { id: string } | null }; importActivities?: { created?: unknown[] } } | null; errors?: { extensions?: { code?: unknown } }[] }
        | undefined;
      try {
        json = JSON.parse(text) as typeof json;
      } catch {
        json = undefined;
      }
      const codes = json?.errors?.map((e) => e.extensions?.code) ?? [];
      outcome = `${res.status} ${codes.length ? String(codes[0]) : json?.data ? 'answer' : 'no body'}`;
      if (res.status >= 500) problems.push(`${kind}: HTTP ${res.status}: ${text.slice(0, 200)}`);
      if (!json) problems.push(`${kind}: not JSON (HTTP ${res.status}): ${text.slice(0, 120)}`);
      else if (!json.data && !json.errors?.length) problems.push(`${kind}: neither data nor errors`);
      if (codes.some((c) => typeof c !== 'string')) problems.push(`${kind}: an error without a code: ${text.slice(0, 200)}`);
      if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`${kind}: an internal error instead of a clear one: ${String(h.body).slice(0, 200)}`);
      if (h.refusedStatus && res.status !== h.refusedStatus) problems.push(`${kind}: HTTP ${res.status}, not ${h.refusedStatus}: ${String(h.body).slice(0, 200)}`);
      if (h.refusedWith && codes[0] !== h.refusedWith) problems.push(`${kind}: not refused with ${h.refusedWith} (HTTP ${res.status}): ${(h.get ?? String(h.body)).slice(0, 200)}`);
      if (INTERNALS.test(text)) problems.push(`${kind}: internals in the answer: ${text.slice(0, 300)}`);
      if (kind === 'too many target states' && json?.data?.importActivities?.created?.length) {
        problems.push(`${kind}: rows aimed at every state were imported: ${text.slice(0, 200)}`);
      }
      const created = json?.data?.createActivity?.activity?.id;
      if (created) acknowledged.add(created);
    } catch (error) {
      outcome = `request failed (${(error as Error).name})`;
      problems.push(`${kind}: ${(error as Error).message}`);
    }
    entry.answers.set(outcome, (entry.answers.get(outcome) ?? 0) + 1);
  };

  const worker = async () => {
    while (sent < TOTAL && Date.now() - started < TIME_LIMIT_MS && hub.proc.exitCode === null) await one();
  };
  try {
    await Promise.all([...Array(CONCURRENCY)].map(worker));
    const elapsed = (Date.now() - started) / 1000;

    // Afterwards: alive, healthy, correct, and every acknowledged create whole.
    if (hub.proc.exitCode !== null || hub.proc.signalCode !== null) problems.push('the hub process died');
    const health = await fetch(`${hub.origin}/healthz`).then((r) => r.status).catch(() => 0);
    if (health !== 200) problems.push(`/healthz answered ${health}`);
    const normal = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gql('{ participationSummary { statesParties signatories nonSignatories } }') })
      .then((r) => r.json() as Promise<{ data?: { participationSummary: Record<string, number> } }>)
      .catch(() => undefined);
    const counts = normal?.data?.participationSummary;
    if (!counts || counts.statesParties !== 118 || counts.signatories !== 25 || counts.nonSignatories !== 53) {
      problems.push(`a normal query afterwards answered ${JSON.stringify(normal)}`);
    }
    let whole = 0;
    for (const id of acknowledged) {
      const res = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: gql('query($id: ID!) { node(id: $id) { ... on Activity { title kind status organiserName } } }', { id }),
      }).then((r) => r.json() as Promise<{ data?: { node?: { title?: string; kind?: string; status?: string } | null } }>);
      const node = res.data?.node;
      if (node?.title?.startsWith('Hostile') && node.kind && node.status === 'DRAFT') whole++;
      else problems.push(`acknowledged activity ${id} is missing or partial: ${JSON.stringify(res)}`);
    }

    console.log(`Hostile input: ${sent} requests in ${elapsed.toFixed(1)} s, concurrency ${CONCURRENCY}`);
    for (const [kind, { sent: n, answers }] of [...stats].sort()) {
      console.log(`  ${kind.padEnd(22)} ${String(n).padStart(5)}  ${[...answers].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`).join(', ')}`);
    }
    console.log(`  acknowledged creates: ${acknowledged.size}, found whole afterwards: ${whole}`);
    console.log(`  afterwards: /healthz ${health}, participationSummary ${JSON.stringify(counts)}`);
    if (sent < 10_000 && TOTAL >= 10_000) problems.push(`only ${sent} requests sent within the time limit`);
    if (problems.length) {
      console.error(`FAILED (${problems.length} problems):\n  - ${[...new Set(problems)].slice(0, 30).join('\n  - ')}\n${hub.output().slice(-3000)}`);
      console.log('0 passed, 1 failed');
      process.exitCode = 1;
    } else console.log('1 passed, 0 failed');
  } finally {
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
