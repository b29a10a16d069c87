import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../kernel/graphql/node';

export enum OrganisationKind {
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  INDUSTRY = 'INDUSTRY',
  ACADEMIA = 'ACADEMIA',
  MEDIA = 'MEDIA',
  INTERNATIONAL = 'INTERNATIONAL',
  REGIONAL = 'REGIONAL',
}
registerEnumType(OrganisationKind, {
  valuesConfig: {
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

  @Field(() => Boolean, { description: 'Invented for the demo, not a real organisation.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}
