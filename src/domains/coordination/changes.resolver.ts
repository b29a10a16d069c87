import type { QueryOrderMap } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { noteRevealed } from '../../access/audit/audit-trail';
import type { HubContext } from '../../context';
import { ConnectionArgs, type PageRequest, pageRequest, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import { badInput } from '../../kernel/graphql/errors';
import type { Keyset, KeyValues } from '../../kernel/graphql/keyset';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { BodyCode } from '../bodies/enums';
import { AttRegion } from '../participation/enums';
import { CHANGE_SOURCES, type ChangeFilter, type ChangeSource } from './change-sources';
import { type Change, ChangeConnection, ChangeKind } from './changes.types';

/**
 * The earliest `since`: the day the General Assembly adopted the Treaty (2 April 2013). Nothing
 * the hub holds changed before it, and it bounds how far back a question reaches.
 */
export const EARLIEST_SINCE = '2013-04-02';

/** Newest first, then by kind, then by record: the last part is unique. */
const CHANGE_ORDER: Keyset<Change> = {
  list: 'Change',
  parts: [
    { field: 'at', desc: true, kind: 'instant', read: (c) => c.at.toISOString() },
    { field: 'kind', desc: false, kind: 'text', read: (c) => c.kind },
    { field: 'key', desc: false, kind: 'text', read: (c) => c.key },
  ],
};
registerKeyset('ChangeConnection', () => CHANGE_ORDER);

const KINDS = new Set<string>(Object.values(ChangeKind));
const ISO3 = /^[A-Z]{3}$/;

/** Compares two keys of one source: integers as numbers (treaty actions), uuids as text (as PostgreSQL orders them). */
function compareKeys(a: string, b: string, numeric: boolean): number {
  if (numeric) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The list's order over changes of every source (forward: newest first). */
function compareChanges(a: Change, b: Change, numericKinds: ReadonlySet<ChangeKind>): number {
  return (
    b.at.getTime() - a.at.getTime() ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    compareKeys(a.key, b.key, numericKinds.has(a.kind))
  );
}

type Op = '<' | '<=' | '>' | '>=' | '=';

/**
 * A comparison of a source's time with a cursor's instant, as a condition on its own column: an
 * instant directly; a day (at midnight UTC) by the days that compare so. Null: no row can (a day
 * equal to an instant that is not a midnight).
 */
function atCondition(source: ChangeSource, op: Op, at: Date): Record<string, unknown> | null {
  if (source.atType === 'instant') {
    const ops = { '<': '$lt', '<=': '$lte', '>': '$gt', '>=': '$gte', '=': '$eq' } as const;
    return { [source.atField]: { [ops[op]]: at } };
  }
  const day = isoDay(at);
  const isMidnight = at.getTime() === Date.parse(`${day}T00:00:00.000Z`);
  switch (op) {
    case '<': return { [source.atField]: isMidnight ? { $lt: day } : { $lte: day } };
    case '<=': return { [source.atField]: { $lte: day } };
    case '>': return { [source.atField]: { $gt: day } };
    case '>=': return { [source.atField]: isMidnight ? { $gte: day } : { $gt: day } };
    case '=': return isMidnight ? { [source.atField]: day } : null;
  }
}

/**
 * The rows of one source beyond a cursor, in the list's order: (at desc, kind asc, key asc). A
 * source has one kind, so against the cursor's kind only its time and key need comparing.
 */
function beyondCursor(source: ChangeSource, values: KeyValues, forward: boolean): Record<string, unknown> | null {
  const at = new Date(values[0]!);
  const kind = values[1]!;
  const key = values[2]!;
  const older: Op = forward ? '<' : '>';
  if (source.kind === kind) {
    const strictly = atCondition(source, older, at);
    const same = atCondition(source, '=', at);
    const id = source.numericId ? Number(key) : key;
    if (source.numericId && !/^\d+$/.test(key)) return strictly;
    const tie = same && { $and: [same, { id: { [forward ? '$gt' : '$lt']: id } }] };
    const any = [strictly, tie].filter((c): c is Record<string, unknown> => !!c);
    return any.length ? { $or: any } : null;
  }
  // Kinds after the cursor's come after it at the same time (forward); those before, before it.
  const sameTimeCounts = forward ? source.kind > kind : source.kind < kind;
  return atCondition(source, sameTimeCounts ? (forward ? '<=' : '>=') : older, at);
}

async function sourceRows(ctx: HubContext, source: ChangeSource, filter: ChangeFilter, request: PageRequest): Promise<Change[]> {
  const where = await source.where(filter, ctx);
  if (!where) return [];
  const bounds: Record<string, unknown>[] = [where];
  for (const [values, forward] of [[request.after, true], [request.before, false]] as const) {
    if (!values) continue;
    const beyond = beyondCursor(source, values, forward);
    if (!beyond) return [];
    bounds.push(beyond);
  }
  const direction = request.forward ? 'desc' : 'asc';
  const idDirection = request.forward ? 'asc' : 'desc';
  const rows = await ctx.em.find(source.entity, { $and: bounds } as never, {
    orderBy: [{ [source.atField]: direction }, { id: idDirection }] as QueryOrderMap<object>[],
    limit: request.limit + 1,
    populate: (source.populate ?? []) as never,
  });
  return Promise.all(
    rows.map(async (row) => {
      const described = await source.describe(row, ctx);
      const summary = described.summary.charAt(0).toUpperCase() + described.summary.slice(1);
      return { ...described, summary, at: source.at(row), kind: source.kind, key: String((row as { id: string | number }).id) };
    }),
  );
}

/** Checks the arguments of `changes` and turns them into the list's filter. */
export function changeFilter(args: { since: Date; state?: string | null; region?: AttRegion | null; body?: BodyCode | null }, today: string): ChangeFilter {
  const since = isoDay(args.since);
  if (since < EARLIEST_SINCE) throw badInput(`since must be on or after ${EARLIEST_SINCE}, the day the Treaty was adopted.`, 'since');
  if (since > today) throw badInput('since must not be after today: nothing has changed in the future yet.', 'since');
  const state = args.state?.trim().toUpperCase();
  if (args.state != null && !ISO3.test(state ?? '')) throw badInput('state must be an ISO 3166-1 alpha-3 code, e.g. "COM".', 'state');
  return { since: args.since, today, ...(state ? { state } : {}), ...(args.region ? { region: args.region } : {}), ...(args.body ? { body: args.body } : {}) };
}

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      'What changed since a day that the viewer may see, newest first: treaty actions (status changes) on the day they took place; terms ' +
      'of office begun or ended; and the records kept in the hub (outcomes of decisions, engagements, activities, needs, matches, priority ' +
      'tiers, national processes) when the hub last recorded a change to them, the seeded ones when the hub first loaded them. Every ' +
      'part is read under the record scopes of the policy table: a change to a record the viewer may not see is not listed, and a ' +
      'tier or national process appears only to who may read it. Narrow by a state, a region or a body (a body: its terms of office, ' +
      `and the Conference's outcomes). since: from ${EARLIEST_SINCE} to today.`,
  })
  async changes(
    @Arg('since', () => DateScalar, { description: `The first day to list changes from (inclusive), ${EARLIEST_SINCE} to today.` }) since: Date,
    @Arg('state', () => String, { nullable: true, description: 'Only the changes about this state (ISO3).' }) state: string | null,
    @Arg('region', () => AttRegion, { nullable: true, description: 'Only the changes about this region.' }) region: AttRegion | null,
    @Arg('body', () => BodyCode, { nullable: true, description: "Only the changes about this body (its terms of office; for CSP also its decisions' outcomes)." })
    body: BodyCode | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: HubContext,
  ): Promise<ChangeConnection> {
    const filter = changeFilter({ since, state, region, body }, ctx.today);
    const request = pageRequest(page, CHANGE_ORDER);
    for (const cursor of [request.after, request.before]) {
      if (cursor && !KINDS.has(cursor[1]!)) throw badInput('The cursor is not one of this list.', request.after === cursor ? 'after' : 'before');
    }
    const numericKinds = new Set(CHANGE_SOURCES.filter((s) => s.numericId).map((s) => s.kind));
    // One after another: a request's statements share its one transaction.
    const all: Change[] = [];
    for (const source of CHANGE_SOURCES) all.push(...(await sourceRows(ctx, source, filter, request)));
    const ordered = all.sort((a, b) => (request.forward ? 1 : -1) * compareChanges(a, b, numericKinds)).slice(0, request.limit + 1);
    // RESTRICTED facts a change shows leave in the answer: the access log has them (the extra row too, as other lists do).
    for (const change of ordered) if (change.restricted) noteRevealed(ctx, change.restricted.recordType, [change.key], change.restricted.facts);
    return toPage(ordered, request, CHANGE_ORDER);
  }
}
