import {
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type EventSubscriber,
  type FlushEventArgs,
  ReferenceKind,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Records built straight from their rows for reading only: objects of the entity's class (so the
 * schema, the node registry and the policy treat them as the entity) that no EntityManager tracks.
 *
 * Why: a tracked entity costs an identity-map entry, a change-set snapshot and per-property
 * propagation setters. For the hot lists (all 196 states, five activities each) building ~1,200
 * tracked entities cost more than all of the request's SQL (see bench/README.md, Performance).
 *
 * A to-one relation becomes a reference holding only its key, as MikroORM leaves an unloaded one;
 * collections are left out. A column the rows do not have (see `columnsFor`) reads as null.
 * Never persist one of these records or assign it to a relation: load the record through the
 * EntityManager for that. A flush that would write one fails (`ReadOnlyRecordGuard`, registered
 * in src/orm-mapping.ts): persisted, MikroORM would take it for a new record and insert it again.
 */
export function readOnlyRecords<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly Record<string, unknown>[]): T[] {
  const build = recordBuilder(em, entity);
  return rows.map(build);
}

/**
 * The columns of `entity` that the selected fields read, and `always` those (properties) the
 * policy and the list itself read: the key, the record's scope, its order. Why: W1's 980 activity
 * rows with every column cost a quarter of the answer's time in parsing, records and garbage
 * (measured: 51 against 38 ms of CPU per answer). A selected field that is not a property of
 * the entity (one computed from others) takes every column: `null` means all.
 */
export function columnsFor(
  em: EntityManager,
  entity: EntityClass<object>,
  fields: Iterable<string>,
  always: readonly string[],
): string[] | null {
  const meta = em.getMetadata().get(entity.name);
  const columns = new Set<string>();
  for (const name of [...always, ...fields]) {
    const prop = meta.properties[name as keyof typeof meta.properties] as EntityProperty | undefined;
    if (!prop || prop.persist === false || prop.fieldNames?.length !== 1) return null;
    columns.add(prop.fieldNames[0]!);
  }
  return [...columns].sort();
}

type Column = { name: string; read: (row: Record<string, unknown>) => unknown };

/** Marks the prototype layer of every read-only record and reference built here. */
const READ_ONLY = Symbol('read-only record');

/** Whether `entity` was built by `readOnlyRecords` (or is a reference one of them holds). */
export function isReadOnlyRecord(entity: unknown): boolean {
  return typeof entity === 'object' && entity !== null && READ_ONLY in entity;
}

export class ReadOnlyRecordError extends Error {}

/**
 * Fails a flush whose change sets would write a read-only record: an `em.persist` of one, or one
 * (or a reference it holds) assigned to a relation of a record being written, which MikroORM would
 * cascade. Nothing is written: the flush's transaction has not begun.
 */
export class ReadOnlyRecordGuard implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    for (const changeSet of args.uow.getChangeSets()) {
      if (!isReadOnlyRecord(changeSet.entity)) continue;
      throw new ReadOnlyRecordError(
        `A read-only record of ${changeSet.name} (${changeSet.getPrimaryKey(true) ? JSON.stringify(changeSet.getPrimaryKey(true)) : 'no key'}) ` +
          'was about to be written: records built by readOnlyRecords() are not tracked and must not be persisted or assigned to a relation; ' +
          'load the record through the EntityManager to change it (src/db/read-only-records.ts).',
      );
    }
  }
}

const builders = new WeakMap<EntityMetadata, (row: Record<string, unknown>) => object>();

function recordBuilder<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Record<string, unknown>) => T {
  const meta = em.getMetadata().get<T>(entity.name);
  let build = builders.get(meta);
  if (!build) {
    const columns = meta.props.map((prop) => column(em, prop)).filter((c): c is Column => !!c);
    // A layer between the records and the entity's prototype holds a plain data property for
    // each column, so assigning one never reaches the prototype's setters (which would start
    // tracking the record) and the records share one shape.
    const layer = Object.create(meta.prototype as object) as Record<string, unknown>;
    Object.defineProperty(layer, READ_ONLY, { value: true, enumerable: false });
    for (const { name } of columns) {
      Object.defineProperty(layer, name, { value: undefined, writable: true, enumerable: false, configurable: true });
    }
    // One constructor per entity with its assignments written out, so that V8 lays every record
    // out alike with its properties inside the object. Assigned in a loop, each record's property
    // store grew step by step: ~2.5 kB of garbage per record (measured on W1's activities).
    for (const { name } of columns) if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`${meta.className}.${name} is not an identifier`);
    const assignments = columns.map(({ name }, i) => `this.${name} = reads[${i}](row);`).join('\n');
    const Record = new Function('reads', `return function ReadOnlyRecord(row) {\n${assignments}\n};`)(
      columns.map((c) => c.read),
    ) as new (row: Record<string, unknown>) => object;
    Record.prototype = layer;
    build = (row) => new Record(row);
    builders.set(meta, build);
  }
  return build as (row: Record<string, unknown>) => T;
}

/** How one property is read from its column, converted as MikroORM's hydrator converts it. */
function column(em: EntityManager, prop: EntityProperty): Column | null {
  if (prop.persist === false || prop.fieldNames?.length !== 1) return null;
  const field = prop.fieldNames[0]!;
  const platform = em.getPlatform();
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    if (!prop.owner && prop.kind === ReferenceKind.ONE_TO_ONE) return null;
    const target = em.getMetadata().get(prop.type);
    const key = target.primaryKeys[0]!;
    const targetLayer = Object.create(target.prototype as object) as object;
    Object.defineProperty(targetLayer, READ_ONLY, { value: true, enumerable: false });
    Object.defineProperty(targetLayer, key, { value: undefined, writable: true, enumerable: false, configurable: true });
    return {
      name: prop.name,
      read: (row) => {
        const value = row[field];
        if (value === null || value === undefined) return null;
        const reference = Object.create(targetLayer) as Record<string, unknown>;
        reference[key] = value;
        return reference;
      },
    };
  }
  if (prop.kind !== ReferenceKind.SCALAR) return null;
  const convert: (value: unknown) => unknown = prop.customType
    ? (value) => prop.customType!.convertToJSValue(value, platform)
    : prop.runtimeType === 'boolean'
      ? (value) => !!value
      : prop.runtimeType === 'Date'
        ? (value) => (value instanceof Date ? value : new Date(value as string))
        : (value) => value;
  return { name: prop.name, read: (row) => (row[field] === null || row[field] === undefined ? null : convert(row[field])) };
}
