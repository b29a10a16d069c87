import { Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../graphql/node';
import { visibilityFilter } from '../policy/record-scopes';

export enum AuditKind {
  /** A write: who changed what, field by field. */
  CHANGE = 'CHANGE',
  /** A read of RESTRICTED facts: who read which record's fields. */
  READ = 'READ',
}
registerEnumType(AuditKind, { name: 'AuditKind' });

/** One entry of the audit trail. Written in the same transaction as the change it records. */
@Entity({ tableName: 'audit_event' })
@Filter(visibilityFilter('AuditEvent'))
@Index({ properties: ['recordType', 'recordId'] })
@Index({ properties: ['at'] })
@ObjectType('AuditEvent', { implements: Node })
export class AuditEvent extends Node {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at: Date = new Date();

  @Field(() => AuditKind, { nullable: true })
  @Enum({ items: () => AuditKind, type: 'string' })
  kind!: AuditKind;

  /** The viewer's token subject; null for the anonymous public. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  actor?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Field(() => String, { nullable: true, description: 'create, update, or the operation that read.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  recordType!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  recordId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'CHANGE: { field: { from, to } }.' })
  @Property({ type: 'json', nullable: true })
  changes?: Record<string, { from: unknown; to: unknown }> | null;

  @Field(() => [String], { nullable: true, description: 'READ: the fields read.' })
  @Property({ type: 'text[]', nullable: true })
  fields?: string[] | null;
}
