import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { ListBound } from './field-cost';

export const DEFAULT_PAGE_SIZE = 50;
/** Large enough for every state in one page, small enough to bound any list. */
export const MAX_PAGE_SIZE = 200;

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';
/** No list of the hub comes near this many rows; GraphQL's Int stops here too. */
const MAX_CURSOR_OFFSET = 2 ** 31 - 2;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/**
 * The offset a cursor stands for, or null for anything the hub did not hand out: only the exact
 * text `encodeCursor` makes is a cursor (no `1e300`, `0x10`, ` 5`, `-0`, padding or stray characters).
 */
export function decodeCursor(cursor: string): number | null {
  const match = /^offset:(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  return offset <= MAX_CURSOR_OFFSET && encodeCursor(offset) === cursor ? offset : null;
}

/** Checks `first` and `after` and turns them into an offset window (one extra row tells hasNextPage). */
export function pageWindow(args: ConnectionArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  let offset = 0;
  if (args.after != null) {
    const after = decodeCursor(args.after);
    if (after === null) throw badInput('after is not a cursor of this list.', 'after');
    offset = after + 1;
  }
  return { offset, limit: first };
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
}

/** Builds edges and page info from rows fetched with `limit + 1`. */
export function toPage<T>(rows: T[], window: PageWindow): Page<T> {
  const visible = rows.slice(0, window.limit);
  const edges = visible.map((node, i) => ({ node, cursor: encodeCursor(window.offset + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A Relay connection type for `T` with `totalCount`. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @ListBound(MAX_PAGE_SIZE)
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many records match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
