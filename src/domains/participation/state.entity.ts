import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../kernel/graphql/node';
import { AttRegion } from './enums';

/** Names in the six UN languages, keyed by language code. */
export type LocalizedNames = Record<'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es', string>;
/** A state's place in the list of states ordered by name, per language (computed at load with that language's collation). */
export type NameRanks = Record<keyof LocalizedNames, number>;

/** A state (or the Holy See / Niue) as the treaty's depositary lists it. */
@Entity({ tableName: 'state' })
@ObjectType('State', { implements: Node, description: 'A state as the depositary lists it, with its treaty actions.' })
export class State extends Node {
  [PrimaryKeyProp]?: 'iso3';

  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code.' })
  @PrimaryKey({ type: 'string', length: 3 })
  iso3!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code.' })
  @Property({ type: 'string', length: 2, unique: true })
  iso2!: string;

  @Property({ type: 'json' })
  names!: LocalizedNames;

  /** Ordering by name in each language (PGlite has no ICU collations; see rankNames). */
  @Property({ type: 'json' })
  nameRanks!: NameRanks;

  /** Accent-free lower-case English name, so ordering is the same on every PostgreSQL build. */
  @Property({ type: 'string', length: 100, index: true })
  nameSortKey!: string;

  @Field(() => AttRegion)
  @Enum({ items: () => AttRegion, type: 'string' })
  region!: AttRegion;

  /** How the region was assigned (the data's region mapping is partly uncertain). */
  @Field(() => String, { description: 'How the region was assigned; some mappings are uncertain.' })
  @Property({ type: 'text' })
  regionBasis!: string;

  @Field(() => Boolean, { description: 'Member of the United Nations.' })
  @Property({ type: 'boolean' })
  unMember!: boolean;

  /** Caveats of the shipped data for this state. */
  @Field(() => String, { nullable: true, description: 'Caveats of the data about this state.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
