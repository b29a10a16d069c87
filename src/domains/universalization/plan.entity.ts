import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { AttRegion, REGION_COUNT } from '../participation/enums';
import { ListBound, Weight, textWeight } from '../../kernel/graphql/field-cost';

/**
 * A multi-year plan (annex A, element a): focus regions held for several years, with
 * objectives; its progress is computed from the data, never entered.
 */
/** Objectives of one plan (checked on every write). */
export const MAX_OBJECTIVES = 20;

@Entity({ tableName: 'multi_year_plan' })
@ObjectType('MultiYearPlan', { description: 'A multi-year plan for universalization: its period, focus regions and objectives.', implements: Node })
export class MultiYearPlan extends VersionedRecord {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  periodFrom!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  periodTo!: string;

  @ListBound(REGION_COUNT)
  @Field(() => [AttRegion])
  @Property({ type: 'text[]' })
  focusRegions!: AttRegion[];

  @ListBound(MAX_OBJECTIVES)
  // Up to 1,000 characters each.
  @Weight(textWeight(MAX_OBJECTIVES * 1000))
  @Field(() => [String])
  @Property({ type: 'text[]' })
  objectives: Opt<string[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}
