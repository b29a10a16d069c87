import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { TreatyDocument } from '../meetings/treaty-document.entity';
import type { Cycle } from './cycle.entity';
import { BodyCode } from './enums';

/**
 * An ATT body as a record: what set it up and what it is for, with its place among the others
 * (a sub-working group under WGETI). Its office holdings, meetings, documents, decisions and
 * agenda are found through its code.
 */
@Entity({ tableName: 'body' })
@ObjectType('Body', { description: 'An ATT body: the Conference and its Bureau, a subsidiary body, a forum, the Secretariat.' })
export class Body {
  [PrimaryKeyProp]?: 'code';

  @Field(() => BodyCode)
  @PrimaryKey({ type: 'string', length: 64 })
  code!: BodyCode;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => BodyCode, type: 'string', nullable: true })
  parentCode?: BodyCode | null;

  @ManyToOne({ entity: 'Cycle', nullable: true, fieldName: 'established_by_code' })
  establishedBy?: Rel<Cycle> | null;

  @Field(() => String, { nullable: true, description: 'What it is for, in the words of its mandate where the hub has them.' })
  @Property({ type: 'text', nullable: true })
  mandate?: string | null;

  @ManyToOne({ entity: 'TreatyDocument', nullable: true, fieldName: 'mandate_document_id' })
  mandateDocument?: Rel<TreatyDocument> | null;

  @Field(() => String, { nullable: true, description: 'Where this comes from (URLs separated by " | ").' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'What is known, and what is not.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
