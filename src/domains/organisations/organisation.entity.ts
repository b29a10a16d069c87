import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ListBound } from '../../kernel/graphql/field-cost';
import { Node } from '../../kernel/graphql/node';

export enum OrganisationKind {
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  INDUSTRY = 'INDUSTRY',
  ACADEMIA = 'ACADEMIA',
  MEDIA = 'MEDIA',
  INTERNATIONAL = 'INTERNATIONAL',
  REGIONAL = 'REGIONAL',
  RESEARCH = 'RESEARCH',
  /** A state's agency implementing others' projects, e.g. BAFA or Expertise France for the EU. */
  NATIONAL_AGENCY = 'NATIONAL_AGENCY',
}
registerEnumType(OrganisationKind, {
  valuesConfig: { NATIONAL_AGENCY: { description: 'A state\'s agency implementing others\' projects, e.g. BAFA or Expertise France for the EU.' }, RESEARCH: { description: 'A research organisation.' },
    ACADEMIA: { description: 'A university or research institute.' },
    CIVIL_SOCIETY: { description: 'A civil society organisation.' },
    INDUSTRY: { description: 'An industry association or company.' },
    INTERNATIONAL: { description: 'An international organisation.' },
    MEDIA: { description: 'A media organisation.' },
    REGIONAL: { description: 'A regional organisation.' },
  },
  description: 'What kind of organisation a partner is.',
  name: 'OrganisationKind',
});

/** A stakeholder organisation: civil society, industry, academia, media, international or regional body. */
@Entity({ tableName: 'organisation' })
@ObjectType('Organisation', { implements: Node, description: 'A stakeholder organisation.' })
export class Organisation extends Node {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind, type: 'string' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'The short name it goes by, e.g. UNODA.' })
  @Property({ type: 'text', nullable: true })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'Its kind in the words of the source, e.g. "UN regional centre".' })
  @Property({ type: 'text', nullable: true })
  kindAsStated?: string | null;

  @Field(() => String, { nullable: true, description: 'Its website, where a page of it was read; null: not known.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does for the treaty, as its sources say.' })
  @Property({ type: 'text', nullable: true })
  attRole?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it works, as its sources say.' })
  @Property({ type: 'text', nullable: true })
  regionFocus?: string | null;

  @ListBound(20)
  @Field(() => [String], { description: 'Where the facts about it come from (at most 20).' })
  @Property({ type: 'text[]', default: '{}' })
  sources: Opt<string[]> = [];

  @Field(() => Boolean, { description: 'Invented for the demo, not a real organisation.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}
