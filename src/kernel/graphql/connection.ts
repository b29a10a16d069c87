import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { ListBound } from './field-cost';
import { beyondFilter, decodeKeyset, encodeKeyset, type Keyset, type KeyValues } from './keyset';

export const DEFAULT_PAGE_SIZE = 50;
/** Large enough for every state in one page, small enough to bound any list. */
export const MAX_PAGE_SIZE = 200;

@ObjectType('PageInfo', { description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last edge (paging forward: known; paging back with `before`: true).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before the first edge (paging back: known; paging forward with `after`: true).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (or from \`after\`), 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The items after this cursor (an edge’s `cursor` or `pageInfo.endCursor`).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (or from \`before\`), 0 to ${MAX_PAGE_SIZE}; not with \`first\`.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'The items before this cursor (an edge’s `cursor` or `pageInfo.startCursor`).' })
  before?: string | null;
}

/** What a page asks for: how many rows, which way, from which sort key values. */
export interface PageRequest {
  limit: number;
  /** Paging from the start (`first`), or back from the end (`last`). */
  forward: boolean;
  after: KeyValues | null;
  before: KeyValues | null;
}

/** What is wrong with a connection's arguments for this list, in words for the client; undefined when nothing is. */
export function connectionArgsProblem(args: ConnectionArgs, keyset: Keyset<never>): { message: string; argument: string } | undefined {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)) {
      return { message: `${name} must be between 0 and ${MAX_PAGE_SIZE}.`, argument: name };
    }
  }
  if (args.first != null && args.last != null) return { message: 'Give first or last, not both.', argument: 'last' };
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && decodeKeyset(keyset, cursor) === null) return { message: `${name} is not a cursor of this list.`, argument: name };
  }
  return undefined;
}

/**
 * Checks the arguments and turns them into a page request (one extra row tells whether more
 * follow). Checked before the operation runs too (`connection-arguments.ts`: a 400); here for
 * any caller that skips that.
 */
export function pageRequest<Row>(args: ConnectionArgs, keyset: Keyset<Row>): PageRequest {
  const problem = connectionArgsProblem(args, keyset as Keyset<never>);
  if (problem) throw badInput(problem.message, problem.argument);
  const forward = args.last == null;
  return {
    limit: (forward ? args.first : args.last) ?? DEFAULT_PAGE_SIZE,
    forward,
    after: args.after != null ? decodeKeyset(keyset, args.after) : null,
    before: args.before != null ? decodeKeyset(keyset, args.before) : null,
  };
}

/** `where`, narrowed to the rows beyond the request's cursors (a MikroORM filter). */
export function pageWhere<W extends object, Row>(where: W, keyset: Keyset<Row>, request: PageRequest): W {
  const bounds: object[] = [];
  if (request.after) bounds.push(beyondFilter(keyset, request.after, true));
  if (request.before) bounds.push(beyondFilter(keyset, request.before, false));
  return (bounds.length ? { $and: [where, ...bounds] } : where) as W;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
}

/**
 * Builds edges and page info from rows fetched with `limit + 1` in the request's direction
 * (backward pages come newest-last from the database and are turned round here).
 */
export function toPage<Row, T = Row>(rows: Row[], request: PageRequest, keyset: Keyset<Row>, nodeOf: (row: Row) => T = (row) => row as unknown as T): Page<T> {
  const more = rows.length > request.limit;
  const visible = rows.slice(0, request.limit);
  if (!request.forward) visible.reverse();
  const edges = visible.map((row) => ({ node: nodeOf(row), cursor: encodeKeyset(keyset, row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.forward ? more : request.before !== null,
      hasPreviousPage: request.forward ? request.after !== null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A Relay connection type for `T` with `totalCount`. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => nodeType, { description: 'The item.' })
    node!: T;

    @Field(() => String, { description: 'Where this item stands in the list: pass it as `after` or `before`.' })
    cursor!: string;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @ListBound(MAX_PAGE_SIZE)
    @Field(() => [Edge], { description: 'The items of this page, in the list’s order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Cursors of the page’s ends, and whether more items lie beyond them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many records match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
