import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';

/**
 * A record people edit: a uuid, an optimistic version (a write based on an older version is a
 * CONFLICT) and timestamps. Its changes go through `audited-write.ts`.
 */
@Entity({ abstract: true })
// Decorated so type-graphql passes `version` on to the types; never emitted on its own.
@ObjectType('VersionedRecord')
export abstract class VersionedRecord extends Node {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Increases with every change; send it back to update.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
