import { Entity, Enum, Index, ManyToOne, type Opt, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Person } from '../bodies/person.entity';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import type { Organisation } from '../organisations/organisation.entity';
import { AttRegion, REGION_COUNT } from '../participation/enums';
import type { State } from '../participation/state.entity';
import { Classification } from '../../access/policy/levels';
import { ActivityKind, ActivityStatus } from './enums';
import { ListBound, Weight, textWeight } from '../../kernel/graphql/field-cost';
import { MAX_LANGUAGES, TEXT_LIMITS } from './activity-content';

/**
 * Outreach work: a workshop, a translation, advocacy. Contributed by partners and moderated by
 * the Secretariat; each record carries its own classification, and only published ones reach
 * viewers of that level (a partner always sees its own organisation's).
 */
@Entity({ tableName: 'activity' })
// A client's key is its viewer's (the person's), whatever organisation it writes for, if any.
@Unique({ properties: ['contributedBy', 'idempotencyKey'] })
@Index({ properties: ['status', 'startDate'] })
// Activities aimed at a state (`target_states @> {…}`, `&&`): every state's context asks this.
@Index({ name: 'activity_target_states_gin', expression: 'create index "activity_target_states_gin" on "activity" using gin ("target_states")' })
// The newest first, as lists and loaders order them.
@Index({ name: 'activity_newest_first', expression: 'create index "activity_newest_first" on "activity" ("start_date" desc nulls last, "created_at" desc)' })
@ObjectType('Activity', { description: 'An outreach activity for universalization (a workshop, a meeting, advocacy…), contributed by a partner or the treaty bodies and moderated by the Secretariat before it is public.', implements: Node })
export class Activity extends VersionedRecord {
  @Field(() => ActivityKind)
  @Enum({ items: () => ActivityKind, type: 'string' })
  kind!: ActivityKind;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Weight(textWeight(TEXT_LIMITS.description))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  /** The contributing organisation; null for activities of states or treaty bodies. */
  @ManyToOne({ entity: 'Organisation', nullable: true, fieldName: 'organiser_id' })
  organiser?: Rel<Organisation> | null;

  @ManyToOne({ entity: 'State', nullable: true, fieldName: 'organiser_state_iso3' })
  organiserState?: Rel<State> | null;

  @Field(() => String, { description: 'Who organised it, as it should be shown.' })
  @Property({ type: 'text' })
  organiserName!: string;

  @Property({ type: 'text[]' })
  targetStates: Opt<string[]> = [];

  @ListBound(REGION_COUNT)
  @Field(() => [AttRegion])
  @Property({ type: 'text[]' })
  targetRegions: Opt<AttRegion[]> = [];

  @ListBound(MAX_LANGUAGES)
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages it was held in or produced.' })
  @Property({ type: 'text[]' })
  languages: Opt<string[]> = [];

  @Weight(textWeight(TEXT_LIMITS.outcome))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Field(() => Classification, { description: 'Who may see it once published.' })
  @Enum({ items: () => Classification, type: 'string' })
  classification: Opt<Classification> = Classification.PUBLIC;

  @Field(() => ActivityStatus)
  @Enum({ items: () => ActivityStatus, type: 'string' })
  status: Opt<ActivityStatus> = ActivityStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @ManyToOne({ entity: 'Person', nullable: true, fieldName: 'contributed_by_id' })
  contributedBy?: Rel<Person> | null;

  /** A client's key for one submission, unique per contributor: sending it again returns the same record. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey?: string | null;

  @Weight(textWeight(TEXT_LIMITS.source))
  @Field(() => String, { nullable: true, description: 'Where the information comes from.' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo or generated for load tests.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}
