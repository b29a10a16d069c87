import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import type { State } from '../participation/state.entity';
import { ProcessStage } from './enums';
import { Weight, textWeight } from '../../kernel/graphql/field-cost';

/** Where a state stands in its national ratification or accession process. Restricted. */
@Entity({ tableName: 'national_process' })
@ObjectType('NationalProcess', { description: 'Where a state stands in its national ratification or accession process.', implements: Node })
export class NationalProcess extends VersionedRecord {
  /** One current record per state; its history is in the audit trail. */
  @ManyToOne({ entity: 'State', fieldName: 'state_iso3', unique: true })
  state!: Rel<State>;

  @Field(() => ProcessStage, { nullable: true })
  @Enum({ items: () => ProcessStage, type: 'string' })
  stage!: ProcessStage;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  obstacles?: string | null;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nextStep?: string | null;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true, description: 'Who takes the next step.' })
  @Property({ type: 'text', nullable: true })
  owner?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date' })
  lastAssessed!: string;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true, description: 'Where this assessment comes from.' })
  @Property({ type: 'text' })
  source!: string;
}
