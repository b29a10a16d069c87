import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../db/sql';
import { AttRegion, ParticipationStatus } from './enums';

/**
 * Status as of a date is derived in the database by the SQL function `participation_as_of`
 * (see the migrations), so lists, filters, counts and single states share one definition.
 * A status is certain when every date it depends on is known to lie on or before the date;
 * otherwise `possibleStatuses` lists what the data allows and `status` is null.
 */
export interface ParticipationAsOf {
  iso3: string;
  possibleStatuses: ParticipationStatus[];
  status: ParticipationStatus | null;
  /** null when the data cannot tell. */
  inForce: boolean | null;
}

interface Row {
  iso3: string;
  possible_statuses: ParticipationStatus[];
  status: ParticipationStatus | null;
  in_force: boolean | null;
}

export async function participationAsOf(
  em: EntityManager,
  asOf: string,
  codes: string[],
): Promise<ParticipationAsOf[]> {
  const rows: Row[] = await em.execute(
    'select * from participation_as_of(?::date) where iso3 = any(?::text[])', [asOf, textArray(codes)]);
  return rows.map((r) => ({
    iso3: r.iso3,
    possibleStatuses: r.possible_statuses,
    status: r.status,
    inForce: r.in_force,
  }));
}

export interface StatusCount {
  region: AttRegion;
  status: ParticipationStatus | null;
  states: number;
  inForce: number;
  inForceUndetermined: number;
}

export async function countByRegionAndStatus(
  em: EntityManager,
  asOf: string,
  region: AttRegion | null,
): Promise<StatusCount[]> {
  const rows: { region: AttRegion; status: ParticipationStatus | null; states: string; in_force: string; in_force_undetermined: string }[] =
    await em.execute(
      `select s.region, p.status, count(*) as states,
              count(*) filter (where p.in_force) as in_force,
              count(*) filter (where p.in_force is null) as in_force_undetermined
         from participation_as_of(?::date) p
         join state s on s.iso3 = p.iso3
        where (?::text is null or s.region = ?::text)
        group by s.region, p.status`,
      [asOf, region, region],
    );
  return rows.map((r) => ({
    region: r.region,
    status: r.status,
    states: Number(r.states),
    inForce: Number(r.in_force),
    inForceUndetermined: Number(r.in_force_undetermined),
  }));
}

export interface StateQuery {
  region: AttRegion | null;
  status: ParticipationStatus | null;
  statusUndetermined: boolean | null;
  statusAsOf: string;
  unMember: boolean | null;
  /** Only these states, when set (a filter resolved elsewhere, e.g. on what the viewer may see). */
  onlyStates: string[] | null;
  orderBy: 'NAME' | 'CODE' | 'CONSENT_DATE';
  /** The language whose collation orders by NAME (its rank, stored at load). */
  language: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
  descending: boolean;
  offset: number;
  limit: number;
}

const NAME_RANK = {
  ar: `(s.name_ranks->>'ar')::int`,
  zh: `(s.name_ranks->>'zh')::int`,
  en: `(s.name_ranks->>'en')::int`,
  fr: `(s.name_ranks->>'fr')::int`,
  ru: `(s.name_ranks->>'ru')::int`,
  es: `(s.name_ranks->>'es')::int`,
} as const;

/**
 * One page of states and the total that match, in one statement: filters and ordering are
 * done by the database, on the status derived for the day asked.
 */
export async function findStates(
  em: EntityManager,
  q: StateQuery,
): Promise<{ rows: Record<string, unknown>[]; totalCount: number }> {
  const direction = q.descending ? 'desc' : 'asc';
  const order =
    q.orderBy === 'CONSENT_DATE'
      ? `consent_order ${direction} nulls last, s.iso3 ${direction}`
      : q.orderBy === 'NAME'
        ? `${NAME_RANK[q.language]} ${direction}, s.iso3 ${direction}`
        : `s.iso3 collate "C" ${direction}`;
  const matching = `from state s
       join participation_as_of(?::date) p on p.iso3 = s.iso3
      where (?::text is null or s.region = ?::text)
        and (?::text is null or p.status = ?::text)
        and (?::boolean is null or (p.status is null) = ?::boolean)
        and (?::boolean is null or s.un_member = ?::boolean)
        and (?::text[] is null or s.iso3 = any(?::text[]))`;
  const params = [
    q.statusAsOf,
    ...[q.region, q.region, q.status, q.status],
    ...[q.statusUndetermined, q.statusUndetermined, q.unMember, q.unMember],
    ...(q.onlyStates ? [textArray(q.onlyStates), textArray(q.onlyStates)] : [null, null]),
  ];
  const rows: (Record<string, unknown> & { total_count: string; consent_order: unknown })[] = await em.execute(
    `select s.*, count(*) over () as total_count,
            -- A deposit known only to the year sorts at its first day; an unknown one sorts last.
            case when c.precision = 'UNKNOWN' then null else c.earliest end as consent_order
       from (select s.* ${matching}) s
       left join treaty_action c on c.state_iso3 = s.iso3 and c.kind = 'CONSENT'
      order by ${order}
      limit ? offset ?`,
    [...params, q.limit, q.offset],
  );
  let totalCount = Number(rows[0]?.total_count ?? 0);
  if (!rows.length && q.offset > 0) {
    // Past the last page: the window function had no row to count on.
    const [count] = await em.execute<{ n: string }[]>(`select count(*) as n ${matching}`, params);
    totalCount = Number(count?.n ?? 0);
  }
  return { rows: rows.map(({ total_count: _count, consent_order: _order, ...row }) => row), totalCount };
}

export interface StatusChange {
  iso3: string;
  before: ParticipationStatus | null;
  after: ParticipationStatus | null;
}

/** Each state's status on two days, for the states of some regions (null: undetermined). */
export async function statusChanges(
  em: EntityManager,
  before: string,
  after: string,
  regions: AttRegion[],
): Promise<StatusChange[]> {
  return em.execute<StatusChange[]>(
    `select s.iso3, a.status as before, b.status as after
       from state s
       join participation_as_of(?::date) a on a.iso3 = s.iso3
       join participation_as_of(?::date) b on b.iso3 = s.iso3
      where s.region = any(?::text[])
      order by s.iso3`,
    [before, after, textArray(regions)],
  );
}
