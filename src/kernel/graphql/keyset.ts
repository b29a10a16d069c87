import { isoDay, parseDay } from './scalars';

/**
 * Keyset cursors: a cursor holds the values of a row's sort key (its last part unique, the id),
 * and the next page is "the rows after these values" in the list's order. Unlike an offset, a
 * record added or removed between two requests neither repeats nor skips an item of the next
 * page (Relay's cursor connections; MikroORM's `findByCursor` refuses null sort values, which
 * activities' dates have, hence this small module).
 *
 * A cursor is base64url of the JSON array `[list, ...values]`: `list` names the list and its
 * order, so a cursor of one list (or order) is refused by another. Every value is text or null
 * and checked against its kind; only the exact text `encodeKeyset` makes is a cursor.
 */
export type KeyKind = 'day' | 'instant' | 'uuid' | 'serial' | 'code' | 'text';

export interface KeyPart<Row> {
  /** The entity property (MikroORM) or SQL expression the list is ordered by. */
  field: string;
  desc: boolean;
  /** A nullable part sorts its nulls last, in either direction. */
  nullable?: boolean;
  kind: KeyKind;
  read: (row: Row) => string | null;
}

export interface Keyset<Row> {
  /** The list and its order, as written in its cursors. */
  list: string;
  /** The sort key; the last part is unique and never null. */
  parts: KeyPart<Row>[];
}

export type KeyValues = (string | null)[];

const KIND: Record<KeyKind, (text: string) => boolean> = {
  day: (t) => parseDay(t) !== null && isoDay(parseDay(t)!) === t,
  instant: (t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(t) && !Number.isNaN(Date.parse(t)) && new Date(t).toISOString() === t,
  uuid: (t) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(t),
  serial: (t) => /^(0|[1-9]\d{0,18})$/.test(t),
  code: (t) => /^[A-Z]{3}$/.test(t),
  text: (t) => t.length <= 200 && !/[\0-\x1f\x7f]/.test(t),
};

export function encodeKeyset<Row>(keyset: Keyset<Row>, row: Row): string {
  return encodeValues(keyset.list, keyset.parts.map((part) => part.read(row)));
}

function encodeValues(list: string, values: KeyValues): string {
  return Buffer.from(JSON.stringify([list, ...values])).toString('base64url');
}

/** The sort key values a cursor of this list holds, or null for anything this list did not hand out. */
export function decodeKeyset<Row>(keyset: Keyset<Row>, cursor: string): KeyValues | null {
  if (cursor.length > 1000) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== keyset.parts.length + 1 || decoded[0] !== keyset.list) return null;
  const values = decoded.slice(1) as unknown[];
  const ok = keyset.parts.every((part, i) => {
    const value = values[i];
    if (value === null) return !!part.nullable && i < keyset.parts.length - 1;
    return typeof value === 'string' && KIND[part.kind](value);
  });
  if (!ok) return null;
  return encodeValues(keyset.list, values as KeyValues) === cursor ? (values as KeyValues) : null;
}

/** One comparison of a sort key part with a cursor's value. */
export interface KeyAtom {
  part: number;
  op: '<' | '>' | '=' | 'is null' | 'is not null';
  value?: string;
}

/**
 * The rows strictly beyond `values` (after them when `forward`, before them otherwise), as a
 * disjunction of conjunctions: beyond on the first part, or equal on it and beyond on the next, …
 * Nulls sort last: after a value come the larger (or smaller) values, then the nulls.
 */
export function beyond<Row>(keyset: Keyset<Row>, values: KeyValues, forward: boolean): KeyAtom[][] {
  const any: KeyAtom[][] = [];
  const equal: KeyAtom[] = [];
  keyset.parts.forEach((part, i) => {
    const value = values[i] ?? null;
    if (value === null) {
      // Nothing sorts after a null on this part; going back, every value sorts before it.
      if (!forward) any.push([...equal, { part: i, op: 'is not null' }]);
      equal.push({ part: i, op: 'is null' });
      return;
    }
    any.push([...equal, { part: i, op: forward !== part.desc ? '>' : '<', value }]);
    if (forward && part.nullable) any.push([...equal, { part: i, op: 'is null' }]);
    equal.push({ part: i, op: '=', value });
  });
  return any;
}

/** A MikroORM filter for `beyond` (instants compared as dates). */
export function beyondFilter<Row>(keyset: Keyset<Row>, values: KeyValues, forward: boolean): Record<string, unknown> {
  const atom = ({ part, op, value }: KeyAtom): Record<string, unknown> => {
    const { field, kind } = keyset.parts[part]!;
    const v = kind === 'instant' && value !== undefined ? new Date(value) : value;
    if (op === 'is null') return { [field]: null };
    if (op === 'is not null') return { [field]: { $ne: null } };
    return { [field]: op === '=' ? v : { [op === '<' ? '$lt' : '$gt']: v } };
  };
  return { $or: beyond(keyset, values, forward).map((all) => ({ $and: all.map(atom) })) };
}

/** An SQL condition for `beyond`, with its parameters in order. */
export function beyondSql<Row>(keyset: Keyset<Row>, values: KeyValues, forward: boolean): { sql: string; params: string[] } {
  const params: string[] = [];
  const atom = ({ part, op, value }: KeyAtom): string => {
    const { field } = keyset.parts[part]!;
    if (value === undefined) return `${field} ${op}`;
    params.push(value);
    return `${field} ${op} ?`;
  };
  const sql = beyond(keyset, values, forward)
    .map((all) => `(${all.map(atom).join(' and ')})`)
    .join(' or ');
  return { sql: `(${sql})`, params };
}

/** The list's order as MikroORM's `orderBy`, reversed for backward paging (nulls stay at the far end). */
export function keysetOrder<Row>(keyset: Keyset<Row>, forward: boolean): Record<string, string>[] {
  return keyset.parts.map((part) => ({ [part.field]: orderWord(part, forward) }));
}

/** The list's order as an SQL `order by` list. */
export function keysetOrderSql<Row>(keyset: Keyset<Row>, forward: boolean): string {
  return keyset.parts.map((part) => `${part.field} ${orderWord(part, forward)}`).join(', ');
}

function orderWord<Row>(part: KeyPart<Row>, forward: boolean): string {
  const desc = part.desc === forward;
  const direction = desc ? 'desc' : 'asc';
  if (!part.nullable) return direction;
  return `${direction} nulls ${forward ? 'last' : 'first'}`;
}
