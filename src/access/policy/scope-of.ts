import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessContext, LoadReference } from '../access-context';
import type { RecordScope } from './levels';
import { POLICY, type TypePolicy } from './policy-table';

/**
 * What a record is about, for the scoped grants, read from it along the paths of its type's
 * `about` in the policy table (the one place they are written). A relation on a path that is
 * not loaded (a reference holding only its key) is loaded by `load`; a property a path ends at
 * that the record was loaded without is an error, not a silent "about nothing".
 */

/** Thrown when a record was loaded without a property its scope needs: a bug in the loader, never a denial. */
export class ScopeNotLoadedError extends Error {}

/** A related record's key, or the value itself. */
function keyOf(value: unknown, keyName: (record: object) => string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[keyName(value)] : value;
}

interface Reader {
  load: LoadReference;
  /** The name of a record's key property (its entity's primary key). */
  keyName: (record: object) => string;
}

/** A path's segments, split once. */
const segmentsOf = new Map<string, string[]>();
const split = (path: string) => {
  let segments = segmentsOf.get(path);
  if (!segments) segmentsOf.set(path, (segments = path.split('.')));
  return segments;
};

/** What `followLoaded` answers when a reference on the path holds only its key. */
const NEEDS_LOAD = Symbol('a reference on the path must be loaded');

/** The value at the end of the path, if every record on it is loaded (the usual case: no promise made). */
function followLoaded(typeName: string, record: object, path: string, reader: Reader): unknown {
  const segments = split(path);
  let value: unknown = record;
  for (let i = 0; i < segments.length; i++) {
    if (value === null || value === undefined) return null;
    const segment = segments[i]!;
    const holder = value as Record<string, unknown>;
    if (holder[segment] === undefined && i > 0) return NEEDS_LOAD;
    value = holder[segment];
    if (value === undefined) {
      throw new ScopeNotLoadedError(`The scope of a ${typeName} needs '${path}', and '${segment}' was not loaded`);
    }
  }
  return keyOf(value, reader.keyName);
}

async function follow(typeName: string, record: object, path: string, reader: Reader): Promise<unknown> {
  const segments = split(path);
  let value: unknown = record;
  for (const [i, segment] of segments.entries()) {
    if (value === null || value === undefined) return null;
    let holder = value as Record<string, unknown>;
    if (holder[segment] === undefined && i > 0) {
      // A reference on the path holding only its key: load the record it points to.
      holder = ((await reader.load(holder)) ?? {}) as Record<string, unknown>;
    }
    value = holder[segment];
    if (value === undefined) {
      throw new ScopeNotLoadedError(`The scope of a ${typeName} needs '${path}', and '${segment}' was not loaded`);
    }
  }
  return keyOf(value, reader.keyName);
}

/**
 * The scope of a record of `typeName` (an empty scope for a type that is about nothing). A
 * promise only when a reference on a path must be loaded: the field rules ask for the scope of
 * every record of a large answer, and most records hold all they are about.
 */
export function scopeOfRecord(
  typeName: string,
  record: object,
  reader: Reader,
  policy: Record<string, TypePolicy> = POLICY,
): RecordScope | Promise<RecordScope> {
  try {
    return scopeLoaded(typeName, record, reader, policy);
  } catch (error) {
    // A record loaded without what its scope needs fails as the loading path does: a rejection.
    return Promise.reject(error as Error);
  }
}

function scopeLoaded(typeName: string, record: object, reader: Reader, policy: Record<string, TypePolicy>): RecordScope | Promise<RecordScope> {
  const type = policy[typeName];
  const scope: Record<string, unknown> = {};
  const about = type?.about as Record<string, string> | undefined;
  for (const fact in about) {
    const value = followLoaded(typeName, record, about[fact]!, reader);
    if (value === NEEDS_LOAD) return scopeLoading(typeName, record, reader, type!);
    if (value !== null && value !== undefined) scope[fact] = value;
  }
  const authorWhen = type?.records?.authorWhen;
  if (scope.author !== undefined && authorWhen) {
    for (const field in authorWhen) {
      const value = followLoaded(typeName, record, field, reader);
      if (value === NEEDS_LOAD) return scopeLoading(typeName, record, reader, type!);
      if (value !== authorWhen[field]) delete scope.author;
    }
  }
  return scope as RecordScope;
}

/** `scopeOfRecord` where a reference on a path must be loaded first. */
async function scopeLoading(typeName: string, record: object, reader: Reader, type: TypePolicy): Promise<RecordScope> {
  const scope: Record<string, unknown> = {};
  for (const [fact, path] of Object.entries(type.about ?? {})) {
    const value = await follow(typeName, record, path, reader);
    if (value !== null && value !== undefined) scope[fact] = value;
  }
  // The AUTHOR grant applies only where the type says so (e.g. a contribution made for no organisation).
  const records = type.records;
  if (scope.author !== undefined && records?.authorWhen) {
    for (const [field, expected] of Object.entries(records.authorWhen)) {
      if ((await follow(typeName, record, field, reader)) !== expected) delete scope.author;
    }
  }
  return scope as RecordScope;
}

/** Key names by entity class, from the ORM's metadata. */
export function keyNameIn(em: EntityManager): (record: object) => string {
  return (record) => em.getMetadata().find(record.constructor.name)?.primaryKeys[0] ?? 'id';
}

/** The scope of a record read by a request: references on its paths are loaded in batches, through the request's loaders. */
export function scopeOf(typeName: string, parent: unknown, ctx: AccessContext): RecordScope | undefined | Promise<RecordScope> {
  if (!parent || !POLICY[typeName]?.about) return undefined;
  return scopeOfRecord(typeName, parent as object, { keyName: keyNameIn(ctx.em), load: ctx.loadReference });
}

/**
 * The scope a mutation is checked against: of the record it changes, or of the record it is about
 * to create (a plain object with the same properties). Read through `tx` inside a transaction
 * (only `tx` may query there).
 */
export async function writeScope(typeName: string, record: object, tx: EntityManager): Promise<RecordScope> {
  const keyName = keyNameIn(tx);
  return await scopeOfRecord(typeName, record, {
    keyName,
    load: (reference) =>
      tx.findOne(reference.constructor as new () => object, { [keyName(reference)]: keyOf(reference, keyName) } as never, {
        filters: false,
      }),
  });
}

/** Whether fields of this type are decided per record (its `about` names what it is about). */
export function hasScope(typeName: string): boolean {
  return !!POLICY[typeName]?.about;
}
