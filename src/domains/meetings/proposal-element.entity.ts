import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { TreatyDocument } from './treaty-document.entity';

/**
 * One of the six elements of the proposal "Strengthening the work of the WGTU" (annex A of the
 * draft report to CSP9), with the five parts the report gives each. English is an unofficial
 * translation of the Chinese text the hub has; both are kept.
 */
@Entity({ tableName: 'proposal_element' })
@ObjectType('ProposalElement', { description: 'An element of the proposals for universalization put to a conference, with the five parts the report gives each, in the languages the hub has.' })
export class ProposalElement {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: 'TreatyDocument', fieldName: 'document_id' })
  document!: Rel<TreatyDocument>;

  @Field(() => String, { description: 'a to f, as in the report.' })
  @Property({ type: 'string', length: 4 })
  label!: string;

  @Field(() => String, { description: 'A stable name, e.g. stepwise-approach.' })
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  texts!: Record<'title' | 'situation' | 'rationale' | 'implementation' | 'resources' | 'recommendation', { en: string; zh: string }>;
}
