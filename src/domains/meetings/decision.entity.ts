import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Cycle } from '../bodies/cycle.entity';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { DecisionKind, DecisionStatus, FollowUpStatus } from './enums';
import type { TreatyDocument } from './treaty-document.entity';
import { Weight, textWeight } from '../../kernel/graphql/field-cost';

/** A recommendation or decision put to a conference, and whether it was taken. */
@Entity({ tableName: 'decision' })
@ObjectType('Decision', { description: 'A recommendation or decision put to a conference, and whether it was taken.', implements: Node })
export class Decision extends VersionedRecord {
  @ManyToOne({ entity: 'TreatyDocument', fieldName: 'document_id' })
  document!: Rel<TreatyDocument>;

  @Field(() => String, { description: 'Where in the document, e.g. "annex A, para. 7 (endorse, 2)".' })
  @Property({ type: 'text' })
  reference!: string;

  @Field(() => DecisionKind)
  @Enum({ items: () => DecisionKind, type: 'string' })
  kind!: DecisionKind;

  @ManyToOne({ entity: 'Cycle', fieldName: 'decided_by_code' })
  decidedBy!: Rel<Cycle>;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  textZh?: string | null;

  @Field(() => DecisionStatus)
  @Enum({ items: () => DecisionStatus, type: 'string' })
  status!: DecisionStatus;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true, description: 'Where the status comes from.' })
  @Property({ type: 'text', nullable: true })
  statusSource?: string | null;

  @OneToMany({ entity: () => FollowUpAction, mappedBy: 'decision' })
  followUps = new Collection<FollowUpAction>(this);
}

/** Work a decision calls for, owned by an actor and tracked to completion across cycles. */
@Entity({ tableName: 'follow_up_action' })
@ObjectType('FollowUpAction', { description: 'Work a decision calls for, owned by an actor and tracked to completion across cycles.', implements: Node })
export class FollowUpAction extends VersionedRecord {
  @ManyToOne({ entity: () => Decision, fieldName: 'decision_id' })
  decision!: Rel<Decision>;

  @Weight(textWeight(2000))
  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Who owns it, e.g. "ATT Secretariat", "WGTU co-chairs".' })
  @Property({ type: 'text' })
  owner!: string;

  @ManyToOne({ entity: 'Cycle', nullable: true, fieldName: 'due_in_cycle_code' })
  dueInCycle?: Rel<Cycle> | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field(() => FollowUpStatus)
  @Enum({ items: () => FollowUpStatus, type: 'string' })
  status!: FollowUpStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Weight(textWeight(5000))
  @Field(() => String, { nullable: true, description: 'Progress notes of the treaty bodies.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  source?: string | null;
}
