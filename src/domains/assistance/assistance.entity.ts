import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import type { Organisation } from '../organisations/organisation.entity';
import { AttRegion, REGION_COUNT } from '../participation/enums';
import type { State } from '../participation/state.entity';
import { AssistanceKind, MatchStatus, NeedStatus } from './enums';
import { ListBound, Weight, textWeight } from '../../kernel/graphql/field-cost';

/** A need stated by or for a state. For the treaty bodies and the state's own contact. */
@Entity({ tableName: 'assistance_need' })
@Index({ properties: ['state', 'status'] })
@ObjectType('AssistanceNeed', { description: 'A need stated by or for a state, for the treaty bodies and the state\'s own contact.', implements: Node })
export class AssistanceNeed extends VersionedRecord {
  @ManyToOne({ entity: 'State', fieldName: 'state_iso3' })
  state!: Rel<State>;

  @Field(() => AssistanceKind, { nullable: true })
  @Enum({ items: () => AssistanceKind, type: 'string' })
  kind!: AssistanceKind;

  @Weight(textWeight(5000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date' })
  statedOn!: string;

  @Field(() => String, { nullable: true, description: 'Who stated it, e.g. the national point of contact.' })
  @Property({ type: 'text' })
  statedBy!: string;

  @Field(() => NeedStatus, { nullable: true })
  @Enum({ items: () => NeedStatus, type: 'string' })
  status: Opt<NeedStatus> = NeedStatus.OPEN;

  @Field(() => Boolean, { description: 'Invented for the demo.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}

/** What a state or an organisation offers: kinds of help, in which regions (none listed: anywhere). */
@Entity({ tableName: 'assistance_offer' })
@ObjectType('AssistanceOffer', { description: 'What a state or an organisation offers: kinds of help, in which regions (none listed: anywhere).', implements: Node })
export class AssistanceOffer extends VersionedRecord {
  @ManyToOne({ entity: 'Organisation', nullable: true, fieldName: 'provider_organisation_id' })
  providerOrganisation?: Rel<Organisation> | null;

  @ManyToOne({ entity: 'State', nullable: true, fieldName: 'provider_state_iso3' })
  providerState?: Rel<State> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  providerName!: string;

  @ListBound(Object.keys(AssistanceKind).length)
  @Field(() => [AssistanceKind], { nullable: true })
  @Property({ type: 'text[]' })
  kinds!: AssistanceKind[];

  @ListBound(REGION_COUNT)
  @Field(() => [AttRegion], { nullable: true, description: 'Regions covered; empty means any.' })
  @Property({ type: 'text[]' })
  regions: Opt<AttRegion[]> = [];

  @Weight(textWeight(5000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  availableUntil?: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}

/** A need matched with an offer, tracked to completion. */
@Entity({ tableName: 'assistance_match' })
@ObjectType('AssistanceMatch', { description: 'A need matched with an offer, tracked to completion.', implements: Node })
export class AssistanceMatch extends VersionedRecord {
  @ManyToOne({ entity: () => AssistanceNeed, fieldName: 'need_id' })
  need!: Rel<AssistanceNeed>;

  @ManyToOne({ entity: () => AssistanceOffer, fieldName: 'offer_id' })
  offer!: Rel<AssistanceOffer>;

  @Field(() => MatchStatus, { nullable: true })
  @Enum({ items: () => MatchStatus, type: 'string' })
  status: Opt<MatchStatus> = MatchStatus.PROPOSED;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date' })
  matchedOn!: string;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** A match of a demo need or a demo offer is itself demo. */
  @Field(() => Boolean, { description: 'Invented for the demo (a match of a demo need or offer).' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}

