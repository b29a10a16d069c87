import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../../kernel/db/sql';
import type { PageRequest } from '../../kernel/graphql/connection';
import { beyondSql, type KeyPart, type Keyset, keysetOrderSql } from '../../kernel/graphql/keyset';
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
  leaveOut: string[] = [],
): Promise<StatusCount[]> {
  const rows: { region: AttRegion; status: ParticipationStatus | null; states: string; in_force: string; in_force_undetermined: string }[] =
    await em.execute(
      `select s.region, p.status, count(*) as states,
              count(*) filter (where p.in_force) as in_force,
              count(*) filter (where p.in_force is null) as in_force_undetermined
         from participation_as_of(?::date) p
         join state s on s.iso3 = p.iso3
        where (?::text is null or s.region = ?::text)
          and s.iso3 <> all(?::text[])
        group by s.region, p.status`,
      [asOf, region, region, textArray(leaveOut)],
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
  order: Keyset<StateRow>;
  page: PageRequest;
}

/** A row of `findStates`: the state's columns, the day its consent sorts at, and its status on the day asked. */
export type StateRow = Record<string, unknown> & {
  iso3: string;
  name_ranks: Record<NameLanguage, number>;
  consent_order: string | null;
  as_of_possible_statuses: ParticipationStatus[];
  as_of_status: ParticipationStatus | null;
  as_of_in_force: boolean | null;
};

/** A state's participation on the day `findStates` was asked about, from its row. */
export function participationOfRow(row: StateRow): ParticipationAsOf {
  return { iso3: row.iso3, possibleStatuses: row.as_of_possible_statuses, status: row.as_of_status, inForce: row.as_of_in_force };
}

/** The languages a state's name ranks are kept in (state.name_ranks, computed at load: PGlite has no ICU collations). */
export type NameLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
const LANGUAGES: readonly NameLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const byCode = (desc: boolean): KeyPart<StateRow> => ({ field: 's.iso3', desc, kind: 'code', read: (r) => r.iso3 });

/** The states' sort keys (columns of `findStates`'s rows), the code last. */
export function stateOrder(field: 'NAME' | 'CODE' | 'CONSENT_DATE', desc: boolean, lang: string = 'en'): Keyset<StateRow> {
  // The enum's value (zh) from the resolver, its name (ZH) from the arguments checked before the operation runs.
  const language = lang.toLowerCase() as NameLanguage;
  if (!LANGUAGES.includes(language)) throw new Error(`No name ranks in ${lang}`);
  const list = `State:${field}${field === 'NAME' ? `:${language}` : ''}:${desc ? 'DESC' : 'ASC'}`;
  if (field === 'CODE') return { list, parts: [byCode(desc)] };
  if (field === 'NAME') {
    // The rank in the language's collation (a name's place among all states' names in that language).
    const rank = `(s.name_ranks->>'${language}')::int`;
    return { list, parts: [{ field: rank, desc, kind: 'serial', read: (r) => String(r.name_ranks[language]) }, byCode(desc)] };
  }
  return { list, parts: [{ field: 's.consent_order', desc, nullable: true, kind: 'day', read: (r) => r.consent_order }, byCode(desc)] };
}

/**
 * One page of states and the total that match, in one statement: filters and ordering are
 * done by the database, on the status derived for the day asked.
 */
export async function findStates(
  em: EntityManager,
  q: StateQuery,
): Promise<{ rows: StateRow[]; totalCount: number }> {
  const bounds = [
    ...(q.page.after ? [beyondSql(q.order, q.page.after, true)] : []),
    ...(q.page.before ? [beyondSql(q.order, q.page.before, false)] : []),
  ];
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
  // Counted over every match (the window), then narrowed to the rows beyond the cursors.
  const rows: (StateRow & { total_count: string })[] = await em.execute(
    `select * from (
       select s.*, count(*) over () as total_count,
              -- A deposit known only to the year sorts at its first day; an unknown one sorts last.
              case when c.precision = 'UNKNOWN' then null else c.earliest end as consent_order
         from (select s.*, p.possible_statuses as as_of_possible_statuses, p.status as as_of_status, p.in_force as as_of_in_force
               ${matching}) s
         left join treaty_action c on c.state_iso3 = s.iso3 and c.kind = 'CONSENT'
     ) s
      ${bounds.length ? `where ${bounds.map((b) => b.sql).join(' and ')}` : ''}
      order by ${keysetOrderSql(q.order, q.page.forward)}
      limit ?`,
    [...params, ...bounds.flatMap((b) => b.params), q.page.limit + 1],
  );
  let totalCount = Number(rows[0]?.total_count ?? 0);
  if (!rows.length && bounds.length) {
    // Nothing beyond the cursor: the window function had no row to count on.
    const [count] = await em.execute<{ n: string }[]>(`select count(*) as n ${matching}`, params);
    totalCount = Number(count?.n ?? 0);
  }
  return { rows: rows.map(({ total_count: _count, ...row }) => row as StateRow), totalCount };
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
