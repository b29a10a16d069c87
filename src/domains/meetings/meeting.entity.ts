import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Cycle } from '../bodies/cycle.entity';
import { BodyCode } from '../bodies/enums';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import type { TreatyDocument } from './treaty-document.entity';

/** A meeting of an ATT body, with the points discussed. */
@Entity({ tableName: 'meeting' })
@ObjectType('Meeting', { description: 'A meeting of an ATT body, with the points discussed.', implements: Node })
export class Meeting extends Node {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => BodyCode)
  @Enum({ items: () => BodyCode, type: 'string' })
  body!: BodyCode;

  @ManyToOne({ entity: 'Cycle', nullable: true, fieldName: 'cycle_code' })
  cycle?: Rel<Cycle> | null;

  @Field(() => Int, { nullable: true, description: 'First, second… meeting of the body in its cycle.' })
  @Property({ type: 'integer', nullable: true })
  ordinal?: number | null;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => DateScalar, { description: 'The (first) day.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of a meeting of several days.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Where this comes from, for meetings not reported in a document the hub has.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Broadcast live; null when not recorded.' })
  @Property({ type: 'boolean', nullable: true })
  livestreamed?: boolean | null;

  @ManyToOne({ entity: 'TreatyDocument', nullable: true, fieldName: 'reported_in_id' })
  reportedIn?: Rel<TreatyDocument> | null;

  @Field(() => String, { nullable: true, description: 'Where in that document.' })
  @Property({ type: 'text', nullable: true })
  reportedAt?: string | null;

  @OneToMany({ entity: () => MeetingPoint, mappedBy: 'meeting', orderBy: { label: 'asc' } })
  points = new Collection<MeetingPoint>(this);
}

/** One point discussed at a meeting: who spoke and what was said, in the report's words. */
@Entity({ tableName: 'meeting_point' })
@ObjectType('MeetingPoint', { description: "One point discussed at a meeting: who spoke and what was said, in the report's words." })
export class MeetingPoint {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Meeting, fieldName: 'meeting_id', deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  @Field(() => String)
  @Property({ type: 'string', length: 8 })
  label!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  speaker?: string | null;

  /** States the point is about or that spoke (ISO3). */
  @Property({ type: 'text[]' })
  stateCodes: string[] = [];

  @Field(() => String, { description: 'English (an unofficial translation where the source is not English).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The Chinese text of the source.' })
  @Property({ type: 'text', nullable: true })
  textZh?: string | null;
}
