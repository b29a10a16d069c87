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

async function follow(typeName: string, record: object, path: string, reader: Reader): Promise<unknown> {
  const segments = path.split('.');
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

/** The scope of a record of `typeName` (an empty scope for a type that is about nothing). */
export async function scopeOfRecord(
  typeName: string,
  record: object,
  reader: Reader,
  policy: Record<string, TypePolicy> = POLICY,
): Promise<RecordScope> {
  const type = policy[typeName];
  const scope: Record<string, unknown> = {};
  for (const [fact, path] of Object.entries(type?.about ?? {})) {
    const value = await follow(typeName, record, path, reader);
    if (value !== null && value !== undefined) scope[fact] = value;
  }
  // The AUTHOR grant applies only where the type says so (e.g. a contribution made for no organisation).
  const records = type?.records;
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
export function scopeOf(typeName: string, parent: unknown, ctx: AccessContext): Promise<RecordScope | undefined> {
  if (!parent || !POLICY[typeName]?.about) return Promise.resolve(undefined);
  return scopeOfRecord(typeName, parent as object, { keyName: keyNameIn(ctx.em), load: ctx.loadReference });
}

/**
 * The scope a mutation is checked against: of the record it changes, or of the record it is about
 * to create (a plain object with the same properties). Read through `tx` inside a transaction
 * (only `tx` may query there).
 */
export function writeScope(typeName: string, record: object, tx: EntityManager): Promise<RecordScope> {
  const keyName = keyNameIn(tx);
  return scopeOfRecord(typeName, record, {
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
