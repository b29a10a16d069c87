import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { Cycle } from '../bodies/cycle.entity';
import { BodyCode } from '../bodies/enums';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { ListBound } from '../../kernel/graphql/field-cost';

/** A document of an ATT body, with its UN-style symbol where it has one. */
@Entity({ tableName: 'treaty_document' })
@ObjectType('TreatyDocument', { description: 'A document of an ATT body, with its UN-style symbol where it has one.', implements: Node })
export class TreatyDocument extends Node {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'e.g. ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep' })
  @Property({ type: 'text', nullable: true, unique: true })
  symbol?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Field(() => BodyCode, { nullable: true })
  @Enum({ items: () => BodyCode, type: 'string', nullable: true })
  body?: BodyCode | null;

  @ManyToOne({ entity: 'Cycle', nullable: true, fieldName: 'cycle_code' })
  cycle?: Rel<Cycle> | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  issuedOn?: string | null;

  // The six UN languages: the documents come from the shipped data only.
  @ListBound(6)
  @Field(() => [String], { description: 'ISO 639-1 codes of the language versions the hub knows of.' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @Field(() => String, { nullable: true, description: 'What is known of it, and where that comes from.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
