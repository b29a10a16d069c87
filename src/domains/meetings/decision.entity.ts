import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Cycle } from '../bodies/cycle.entity';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { BodyCode, OfficeKind } from '../bodies/enums';
import { DecisionKind, DecisionOutcome, DecisionStatus, FollowUpStatus } from './enums';
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

  @Field(() => DecisionKind, { nullable: true, description: 'What the conference was asked to do; null when the source does not say.' })
  @Enum({ items: () => DecisionKind, type: 'string', nullable: true })
  kind?: DecisionKind | null;

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

  @Field(() => DecisionOutcome, {
    description: 'What the conference did with it, as a source records it; NOT_RECORDED until one does (a proposal is not a decision).',
  })
  @Enum({ items: () => DecisionOutcome, type: 'string', default: DecisionOutcome.NOT_RECORDED })
  outcome: DecisionOutcome = DecisionOutcome.NOT_RECORDED;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true, description: 'Where the outcome comes from (required to record one).' })
  @Property({ type: 'text', nullable: true })
  outcomeSource?: string | null;

  @Weight(textWeight(2000))
  @Field(() => String, { nullable: true, description: 'What is known of the outcome, e.g. that no source gives it.' })
  @Property({ type: 'text', nullable: true })
  outcomeNote?: string | null;

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

  @Field(() => String, { description: 'Who owns it, in words, e.g. "ATT Secretariat", "WGTU co-chairs".' })
  @Property({ type: 'text' })
  owner!: string;

  @Field(() => BodyCode, { nullable: true, description: "The body that owns it: it is on that body's agenda until closed." })
  @Enum({ items: () => BodyCode, type: 'string', nullable: true })
  ownerBody?: BodyCode | null;

  @Field(() => OfficeKind, { nullable: true, description: 'The office of that body that owns it (e.g. CO_CHAIR); null: the body as a whole.' })
  @Enum({ items: () => OfficeKind, type: 'string', nullable: true })
  ownerOffice?: OfficeKind | null;

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
