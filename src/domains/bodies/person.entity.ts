import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../kernel/graphql/node';
import type { Organisation } from '../organisations/organisation.entity';

/** Someone who holds an office or signs in: an ambassador, an officer, a partner's staff member. */
@Entity({ tableName: 'person' })
@ObjectType('Person', { description: "Someone who holds an office or signs in: an ambassador, an officer, a partner's staff member.", implements: Node })
export class Person extends Node {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The `sub` of this person's verified tokens; null for people who never sign in. */
  @Property({ type: 'text', nullable: true, unique: true })
  subject?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne({ entity: 'Organisation', nullable: true, fieldName: 'organisation_id' })
  organisation?: Rel<Organisation> | null;

  @Field(() => Boolean, { description: 'Invented for the demo, not a real person.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}
