import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Weight, textWeight } from '../../kernel/graphql/field-cost';
import type { State } from './state.entity';
import type { TreatyAction } from './treaty-action.entity';

/** What a treaty action said at one moment: the facts a correction changes. */
export interface TreatyActionFacts {
  instrument: string | null;
  precision: string;
  date: string | null;
  year: number | null;
  earliest: string;
  latest: string;
  basis: string;
  sources: string[];
  note: string | null;
}

/**
 * One correction the Secretariat recorded to a treaty action: what the hub said before, what it
 * says since, the source and the reason, and who recorded it. Never changed or deleted: the
 * history of a state's facts.
 */
@Entity({ tableName: 'treaty_action_correction' })
@ObjectType('TreatyActionCorrection', {
  description: 'A correction to a treaty action: what the hub said before and after, why, on which source, and who recorded it.',
})
export class TreatyActionCorrection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: 'TreatyAction', fieldName: 'action_id', deleteRule: 'cascade' })
  @Index()
  action!: Rel<TreatyAction>;

  /** The action's state, kept so a state's history is one indexed read. */
  @ManyToOne({ entity: 'State', fieldName: 'state_iso3', deleteRule: 'cascade' })
  @Index()
  state!: Rel<State>;

  @Field(() => Date, { description: 'When the correction was recorded.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  correctedAt!: Date;

  @Property({ type: 'json' })
  before!: TreatyActionFacts;

  @Property({ type: 'json' })
  after!: TreatyActionFacts;

  @Weight(textWeight(2000))
  @Field(() => String, { description: 'The source of the corrected facts.' })
  @Property({ type: 'text' })
  source!: string;

  @Weight(textWeight(2000))
  @Field(() => String, { description: 'Why the hub was wrong.' })
  @Property({ type: 'text' })
  reason!: string;

  /** The account that recorded it (the person's name at the time, and its subject). */
  @Field(() => String, { nullable: true, description: 'Who recorded the correction.' })
  @Property({ type: 'text' })
  correctedBy!: string;

  @Field(() => Int, { description: "The action's version this correction made." })
  @Property({ type: 'integer' })
  version!: number;
}
