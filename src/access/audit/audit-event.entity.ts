import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../kernel/graphql/node';
import { ListBound, MAX_ANSWER_VALUES, Weight, textWeight } from '../../kernel/graphql/field-cost';

export enum AuditKind {
  /** A write: who changed what, field by field. */
  CHANGE = 'CHANGE',
  /** A read of RESTRICTED facts: who read which record's fields. */
  READ = 'READ',
}
registerEnumType(AuditKind, {
  valuesConfig: {
    CHANGE: { description: 'A write: a record created or changed.' },
    READ: { description: 'RESTRICTED facts read (the access log).' },
  },
  description: 'What an audit entry records.',
  name: 'AuditKind',
});

/**
 * One entry of the audit trail. A CHANGE is written in the same transaction as the change it
 * records, one entry per record. A READ is written before the answer leaves, one entry per
 * request, record type and set of fields, listing every record read (a page of 196 states is
 * one entry, not 196: the access log cost more than the rest of a cached answer).
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['recordType', 'recordId'] })
@Index({ properties: ['at'] })
@Index({ name: 'audit_event_record_ids_gin', properties: ['recordIds'], type: 'gin' })
@ObjectType('AuditEvent', { description: 'One entry of the audit trail: a change made, or RESTRICTED facts read, by whom and when.', implements: Node })
export class AuditEvent extends Node {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  // In the primary key because the table is partitioned by month of `at` (a partitioned table's
  // keys hold its partition key: access-log-partitions.ts); `id` alone is unique all the same
  // (one sequence hands it out) and is what the hub looks an entry up by.
  @Field(() => Date, { nullable: true })
  @PrimaryKey({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();

  @Field(() => AuditKind, { nullable: true })
  @Enum({ items: () => AuditKind, type: 'string' })
  kind!: AuditKind;

  /** The viewer's token subject; null for the anonymous public. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "The hub's id of the request (its `x-request-id` response header)." })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The client's own `x-request-id`, as sent (printable ASCII, at most 128 characters); the client chose it.",
  })
  @Property({ type: 'text', nullable: true })
  clientRequestId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "CHANGE: create or update. READ: the operation that read, as the hub ran it: its name in the document, or 'anonymous query'.",
  })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  recordType!: string;

  /** CHANGE: the record changed. READ entries list their records in `recordIds` (older ones have one here). */
  @Property({ type: 'text', nullable: true })
  recordId?: string | null;

  /** READ: the records read. */
  @Property({ type: 'text[]', nullable: true })
  recordIds?: string[] | null;

  @Field(() => String, {
    name: 'recordId',
    nullable: true,
    description: 'The record the entry is about; null for a READ of several records (see `recordIds`).',
  })
  get theRecord(): Opt<string> | null {
    return (this.recordId ?? (this.recordIds?.length === 1 ? this.recordIds[0]! : null)) as Opt<string> | null;
  }

  // One entry per request and type: at most the records one answer may hold.
  @ListBound(MAX_ANSWER_VALUES)
  @Field(() => [String], { name: 'recordIds', nullable: true, description: 'Every record the entry is about (a READ may list many).' })
  get theRecords(): Opt<string[]> {
    return (this.recordIds ?? (this.recordId ? [this.recordId] : [])) as Opt<string[]>;
  }

  // Before and after of every field changed: at most an activity's texts twice.
  @Weight(textWeight(25_000))
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'CHANGE: { field: { from, to } }.' })
  @Property({ type: 'json', nullable: true })
  changes?: Record<string, { from: unknown; to: unknown }> | null;

  // The fields of one type (the largest has fewer than 50).
  @ListBound(50)
  @Field(() => [String], { nullable: true, description: 'READ: the fields read.' })
  @Property({ type: 'text[]', nullable: true })
  fields?: string[] | null;
}
