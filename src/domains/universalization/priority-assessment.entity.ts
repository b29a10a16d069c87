import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import type { State } from '../participation/state.entity';
import { PriorityTier } from './enums';
import { Weight, textWeight } from '../../kernel/graphql/field-cost';

/**
 * A state's tier under the stepwise approach, as assessed on a day. Each new assessment is a
 * new record, so the list of a state's assessments is its history. Restricted.
 */
@Entity({ tableName: 'priority_assessment' })
@Index({ properties: ['state', 'assessedOn'] })
@ObjectType('PriorityAssessment', { description: 'A state placed in a priority tier of the stepwise approach, with why and by whom.', implements: Node })
export class PriorityAssessment extends VersionedRecord {
  @ManyToOne({ entity: 'State', fieldName: 'state_iso3' })
  state!: Rel<State>;

  @Field(() => PriorityTier, { nullable: true })
  @Enum({ items: () => PriorityTier, type: 'string' })
  tier!: PriorityTier;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  rationale!: string;

  @Field(() => String, { nullable: true, description: 'The CSP cycle the tier is set for, e.g. CSP10.' })
  @Property({ type: 'string', length: 16, nullable: true })
  cycle?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  source!: string;
}
