/**
 * The floor of the benchmark: a minimal HTTP server that answers each workload with ONE
 * hand-written SQL statement, which builds the whole JSON answer in PostgreSQL
 * (json_build_object / json_agg) in the hub's own shape. No GraphQL, no ORM, no authentication,
 * no audit trail: what is left is the cost of the data itself, the HTTP round trip and the
 * driver. The hub's visibility rules are written into the statements for the one viewer each
 * workload is asked as (W1 the Secretariat: everything; W3 a Vice-President: published
 * activities up to TREATY_BODY, and its own).
 *
 *   GET  /w1                                   all states (as the hub's W1)
 *   GET  /w2                                   the participation summary by region
 *   GET  /w3?iso3=COM&levels=A,B&author=<uuid> one state's context
 *   POST /w4  {kind,title,idempotencyKey,organiserId,contributedById}   creates an activity
 *   GET  /healthz
 *
 * Environment: DATABASE_URL (required), PORT (default 0: a free one), HOST (default 127.0.0.1),
 * DB_POOL_MAX (default 8, the hub's default). Run: node -r @swc-node/register bench/floor.ts
 */
import http from 'node:http';
import pg from 'pg';

/** Today in UTC, as the hub's `today()`. */
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * One pass over the activities ranks them per target state (there is no index on
 * activity.target_states, so a lookup per state would scan the table once per state).
 */
export const W1_SQL = `
with latest as (
  select r.code,
         json_agg(json_build_object(
           'title', r.title,
           'startDate', r.start_date,
           'organiserName', r.organiser_name,
           'organiser', case when o.id is null then null else json_build_object('name', o.name) end)
           order by r.rank) as activities
    from (select a.title, a.start_date, a.organiser_name, a.organiser_id, t.code,
                 row_number() over (partition by t.code
                                    order by a.start_date desc nulls last, a.created_at desc, a.id) as rank
            from activity a
           cross join lateral unnest(a.target_states) as t(code)) r
    left join organisation o on o.id = r.organiser_id
   where r.rank <= 5
   group by r.code
), tiers as (
  select distinct on (pa.state_iso3) pa.state_iso3, pa.tier
    from priority_assessment pa
   order by pa.state_iso3, pa.assessed_on desc, pa.created_at desc
)
select json_build_object('data', json_build_object('states', json_build_object(
         'totalCount', count(*),
         'edges', coalesce(json_agg(json_build_object('node', json_build_object(
           'iso3', s.iso3,
           'region', s.region,
           'status', p.status,
           'name', s.names->>'en',
           'nameFr', s.names->>'fr',
           'nameZh', s.names->>'zh',
           'currentPriority', case when t.tier is null then null else json_build_object('tier', t.tier) end,
           'nationalProcess', case when np.stage is null then null else json_build_object('stage', np.stage) end,
           'activities', coalesce(l.activities, '[]'::json)
         )) order by (s.name_ranks->>'en')::int, s.iso3), '[]'::json)
       )))::text as body
  from state s
  join participation_as_of($1::date) p on p.iso3 = s.iso3
  left join tiers t on t.state_iso3 = s.iso3
  left join national_process np on np.state_iso3 = s.iso3
  left join latest l on l.code = s.iso3`;

export const W2_SQL = `
with counted as (
  select s.region, p.status
    from participation_as_of($1::date) p
    join state s on s.iso3 = p.iso3
), by_region as (
  select r.region, r.ord,
         count(c.region) filter (where c.status = 'STATE_PARTY') as parties,
         count(c.region) filter (where c.status = 'SIGNATORY') as signatories,
         count(c.region) filter (where c.status = 'NON_SIGNATORY') as non_signatories,
         count(c.region) filter (where c.status is null) as undetermined
    from (values ('AFRICA', 1), ('AMERICAS', 2), ('ASIA', 3), ('EUROPE', 4), ('OCEANIA', 5)) as r(region, ord)
    left join counted c on c.region = r.region
   group by r.region, r.ord
)
select json_build_object('data', json_build_object('participationSummary', json_build_object(
         'statesParties', sum(parties),
         'signatories', sum(signatories),
         'nonSignatories', sum(non_signatories),
         'undetermined', sum(undetermined),
         'byRegion', json_agg(json_build_object(
           'region', region,
           'statesParties', parties,
           'signatories', signatories,
           'nonSignatories', non_signatories,
           'undetermined', undetermined) order by ord)
       )))::text as body
  from by_region`;

/** $1 iso3, $2 today, $3 the classifications of published activities the viewer sees, $4 the viewer's person (its own activities). */
export const W3_SQL = `
select json_build_object('data', json_build_object('state', (
  select json_build_object(
    'iso3', s.iso3,
    'name', s.names->>'en',
    'region', s.region,
    'status', (select p.status from participation_as_of($2::date) p where p.iso3 = s.iso3),
    'actions', (select coalesce(json_agg(json_build_object(
                         'kind', a.kind,
                         'instrument', a.instrument,
                         'date', json_build_object('precision', a.precision, 'date', a.date, 'year', a.year,
                                                   'earliest', a.earliest, 'latest', a.latest))
                       order by a.earliest, a.id), '[]'::json)
                  from treaty_action a where a.state_iso3 = s.iso3),
    'currentPriority', (select json_build_object('tier', pa.tier, 'assessedOn', pa.assessed_on)
                          from priority_assessment pa where pa.state_iso3 = s.iso3
                         order by pa.assessed_on desc, pa.created_at desc limit 1),
    'priorityAssessments', (select coalesce(json_agg(json_build_object(
                                     'tier', pa.tier, 'rationale', pa.rationale, 'cycle', pa.cycle,
                                     'assessedOn', pa.assessed_on, 'source', pa.source)
                                   order by pa.assessed_on desc, pa.created_at desc), '[]'::json)
                              from priority_assessment pa where pa.state_iso3 = s.iso3),
    'nationalProcess', (select json_build_object('stage', np.stage, 'obstacles', np.obstacles, 'nextStep', np.next_step,
                                                 'owner', np.owner, 'lastAssessed', np.last_assessed, 'source', np.source)
                          from national_process np where np.state_iso3 = s.iso3),
    'engagements', (select coalesce(json_agg(json_build_object(
                             'date', e.date, 'kind', e.kind, 'counterpart', e.counterpart, 'summary', e.summary,
                             'outcome', e.outcome, 'nextStep', e.next_step, 'nextStepDue', e.next_step_due)
                           order by e.date desc, e.created_at desc, e.id), '[]'::json)
                      from (select * from engagement x where x.state_iso3 = s.iso3
                             order by x.date desc, x.created_at desc, x.id limit 20) e),
    'activities', (select coalesce(json_agg(json_build_object(
                            'title', a.title, 'kind', a.kind, 'startDate', a.start_date, 'endDate', a.end_date,
                            'place', a.place, 'organiserName', a.organiser_name, 'status', a.status)
                          order by a.start_date desc nulls last, a.created_at desc, a.id), '[]'::json)
                     from (select x.* from activity x
                            where x.target_states @> array[s.iso3]::text[]
                              and ((x.status = 'PUBLISHED' and x.classification = any($3::text[]))
                                   or x.contributed_by_id = $4::uuid)
                            order by x.start_date desc nulls last, x.created_at desc, x.id
                            limit 20) a),
    'needs', (select coalesce(json_agg(json_build_object(
                       'kind', n.kind, 'description', n.description, 'statedOn', n.stated_on, 'status', n.status,
                       'matches', (select coalesce(json_agg(json_build_object('status', m.status, 'matchedOn', m.matched_on)
                                                   order by m.matched_on desc), '[]'::json)
                                     from assistance_match m where m.need_id = n.id))
                     order by n.stated_on desc), '[]'::json)
                from assistance_need n where n.state_iso3 = s.iso3),
    -- Projects of the Voluntary Trust Fund and the Sponsorship Programme whose start is known, as the hub's deprecated
    -- views show them; a project is seen as an activity is (published at the viewer levels, or its author).
    'vtfProjects', (select coalesce(json_agg(json_build_object('title', v.title, 'year', left(v.period_from, 4)::int,
                                                               'amountUsd', case when v.currency = 'USD' then round(v.amount)::int end,
                                                               'status', v.status_note)
                                             order by v.starts desc nulls last, v.created_at desc, v.id), '[]'::json)
                      from assistance_project v
                     where v.beneficiary_states @> array[s.iso3]::text[] and v.mechanism = 'ATT_VTF' and v.period_from is not null
                       and ((v.moderation = 'PUBLISHED' and v.classification = any($3::text[])) or v.contributed_by_id = $4::uuid)),
    'sponsorshipAwards', (select coalesce(json_agg(json_build_object('meeting', coalesce(w.meeting, w.title),
                                                                     'year', left(w.period_from, 4)::int, 'delegates', w.delegates)
                                                   order by w.starts desc nulls last, w.created_at desc, w.id), '[]'::json)
                            from assistance_project w
                           where w.beneficiary_states @> array[s.iso3]::text[] and w.mechanism = 'ATT_SPONSORSHIP' and w.period_from is not null
                             and ((w.moderation = 'PUBLISHED' and w.classification = any($3::text[])) or w.contributed_by_id = $4::uuid)),
    'coordinators', (select coalesce(json_agg(json_build_object('person', json_build_object('name', pe.name))
                                              order by h.valid_from), '[]'::json)
                       from office_holding h join person pe on pe.id = h.person_id
                      where h.office = 'VICE_PRESIDENT' and h.body = 'CSP' and h.region = s.region
                        and (h.valid_from is null or h.valid_from <= $2::date)
                        and (h.valid_to is null or h.valid_to >= $2::date)),
    'champions', (select coalesce(json_agg(json_build_object('representingState',
                                             case when h.representing_state_iso3 is null then null
                                                  else json_build_object('iso3', h.representing_state_iso3) end)
                                           order by h.valid_from), '[]'::json)
                    from office_holding h
                   where h.office = 'REGIONAL_CHAMPION' and h.region = s.region
                     and (h.valid_from is null or h.valid_from <= $2::date)
                     and (h.valid_to is null or h.valid_to >= $2::date))
  ) from state s where s.iso3 = $1)))::text as body`;

/** $1 kind, $2 title, $3 organisation, $4 contributor, $5 idempotency key. */
export const W4_SQL = `
insert into activity (id, version, created_at, updated_at, kind, title, organiser_id, organiser_name,
                      target_states, target_regions, languages, classification, status,
                      contributed_by_id, idempotency_key, demo)
select gen_random_uuid(), 1, now(), now(), $1, $2, o.id, o.name,
       '{}', '{}', '{}', 'PUBLIC', 'DRAFT', $4::uuid, $5, true
  from organisation o where o.id = $3::uuid
returning json_build_object('data', json_build_object('createActivity', json_build_object(
            'activity', json_build_object('id', id, 'status', status),
            'userErrors', '[]'::json)))::text as body`;

type Query = { name: string; text: string; values: unknown[] };

class BadRequest extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 100_000) reject(new BadRequest('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function route(req: http.IncomingMessage, url: URL): Promise<Query | 'health' | null> {
  const key = `${req.method} ${url.pathname}`;
  switch (key) {
    case 'GET /healthz':
      return 'health';
    case 'GET /w1':
      return { name: 'w1', text: W1_SQL, values: [today()] };
    case 'GET /w2':
      return { name: 'w2', text: W2_SQL, values: [today()] };
    case 'GET /w3': {
      const iso3 = url.searchParams.get('iso3');
      if (!iso3) throw new BadRequest('iso3 is required');
      const levels = (url.searchParams.get('levels') ?? 'PUBLIC').split(',');
      return { name: 'w3', text: W3_SQL, values: [iso3.toUpperCase(), today(), levels, url.searchParams.get('author') || null] };
    }
    case 'POST /w4': {
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(await readBody(req)) as Record<string, unknown>;
      } catch (error) {
        if (error instanceof BadRequest) throw error;
        throw new BadRequest('the body is not JSON');
      }
      for (const field of ['kind', 'title', 'idempotencyKey', 'organiserId']) {
        if (typeof input[field] !== 'string' || !input[field]) throw new BadRequest(`${field} is required`);
      }
      return {
        name: 'w4',
        text: W4_SQL,
        values: [input.kind, input.title, input.organiserId, input.contributedById ?? null, input.idempotencyKey],
      };
    }
    default:
      return null;
  }
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const errorBody = (message: string) => JSON.stringify({ errors: [{ message }] });

export function createFloor(pool: pg.Pool): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    route(req, url)
      .then(async (query) => {
        if (query === null) return send(res, 404, errorBody(`no route ${req.method} ${url.pathname}`));
        if (query === 'health') {
          await pool.query('select 1');
          return send(res, 200, '{"status":"ok"}');
        }
        const result = await pool.query<{ body: string }>(query);
        const row = result.rows[0];
        if (!row) return send(res, 400, errorBody('nothing matched'));
        send(res, 200, row.body);
      })
      .catch((error: unknown) => {
        if (error instanceof BadRequest) return send(res, 400, errorBody(error.message));
        send(res, 500, errorBody(error instanceof Error ? error.message : String(error)));
      });
  });
}

function main(): void {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is required');
    process.exit(1);
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.DB_POOL_MAX ?? 8) });
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const server = createFloor(pool);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`floor stopping (${signal})`);
    server.close();
    server.closeAllConnections();
    pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const host = process.env.HOST || '127.0.0.1';
  server.listen(Number(process.env.PORT ?? 0), host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`floor ready at http://${host}:${port}`);
  });
}

if (require.main === module) main();
