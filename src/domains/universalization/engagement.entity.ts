import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { OfficeHolding } from '../bodies/office-holding.entity';
import type { Person } from '../bodies/person.entity';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { AttRegion } from '../participation/enums';
import type { State } from '../participation/state.entity';
import { EngagementKind } from './enums';
import { Weight, textWeight } from '../../kernel/graphql/field-cost';

/**
 * A recorded contact with a state (or, for a regional champion's report, with a regional
 * organisation): who, when, how, the outcome and the next step. Restricted.
 */
@Entity({ tableName: 'engagement' })
@Index({ properties: ['state', 'date'] })
@Index({ properties: ['region', 'date'] })
// A state's latest engagements, read from the top in the order the list is shown (latestEngagements):
// a few index entries per state, however many the state has.
@Index({
  name: 'engagement_latest',
  expression: 'create index "engagement_latest" on "engagement" ("state_iso3", "date" desc, "created_at" desc, "id")',
})
@ObjectType('Engagement', { description: 'A contact made with a state (or a regional organisation) for universalization, with its outcome and next step.', implements: Node })
export class Engagement extends VersionedRecord {
  @ManyToOne({ entity: 'State', nullable: true, fieldName: 'state_iso3' })
  state?: Rel<State> | null;

  /** The state's region, or the region of the organisation contacted. */
  @Field(() => AttRegion, { nullable: true })
  @Enum({ items: () => AttRegion, type: 'string' })
  region!: AttRegion;

  @Field(() => String, { nullable: true, description: 'A regional organisation contacted instead of a state.' })
  @Property({ type: 'text', nullable: true })
  organisationContacted?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => EngagementKind, { nullable: true })
  @Enum({ items: () => EngagementKind, type: 'string' })
  kind!: EngagementKind;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true, description: "Who was met on the state's side." })
  @Property({ type: 'text', nullable: true })
  counterpart?: string | null;

  @Field(() => String, { nullable: true, description: 'In what capacity it was recorded, e.g. "Vice-President for Africa".' })
  @Property({ type: 'text' })
  onBehalfOf!: string;

  @ManyToOne({ entity: 'Person', nullable: true, fieldName: 'recorded_by_id' })
  recordedBy?: Rel<Person> | null;

  /**
   * The office holding that allowed the record (a Vice-President's, a champion's, the
   * Secretariat's): its author reads and corrects it only while that term runs (Grant.AUTHOR).
   */
  @ManyToOne({ entity: 'OfficeHolding', nullable: true, fieldName: 'recorded_under_id', deleteRule: 'set null', index: true })
  recordedUnder?: Rel<OfficeHolding> | null;

  @Weight(textWeight(5000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  summary!: string;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  nextStep?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  nextStepDue?: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo or generated for load tests.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}
