import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../kernel/graphql/node';
import { DatePrecision, InstrumentType, ProvenanceBasis, TreatyActionKind } from './enums';
import type { State } from './state.entity';

/**
 * One step of a state in the treaty: signature, deposit of its instrument, entry into force.
 * The date is kept as precisely as it is known: `date` when the day is known, `year` when only
 * the year is, and in every case the bounds [earliest, latest] within which it must lie.
 */
@Entity({ tableName: 'treaty_action' })
@Unique({ properties: ['state', 'kind'] })
@ObjectType('TreatyAction', { implements: Node, description: 'Signature, deposit of an instrument, or entry into force, with its date as precisely as known.' })
export class TreatyAction extends Node {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'State', fieldName: 'state_iso3', deleteRule: 'cascade' })
  @Index()
  state!: Rel<State>;

  @Field(() => TreatyActionKind)
  @Enum({ items: () => TreatyActionKind, type: 'string' })
  kind!: TreatyActionKind;

  /** For CONSENT only; null when the sources do not confirm the kind of instrument. */
  @Field(() => InstrumentType, { nullable: true, description: 'For CONSENT; null when the sources do not confirm it.' })
  @Enum({ items: () => InstrumentType, type: 'string', nullable: true })
  instrument?: InstrumentType | null;

  @Enum({ items: () => DatePrecision, type: 'string' })
  precision!: DatePrecision;

  @Property({ type: 'date', nullable: true })
  date?: string | null;

  @Property({ type: 'integer', nullable: true })
  year?: number | null;

  @Property({ type: 'date' })
  earliest!: string;

  @Property({ type: 'date' })
  latest!: string;

  @Field(() => ProvenanceBasis)
  @Enum({ items: () => ProvenanceBasis, type: 'string' })
  basis!: ProvenanceBasis;

  /** Source ids (see Source); a qualifier such as "(absent)" is kept as written. */
  @Property({ type: 'text[]' })
  sources: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Raised by every correction the Secretariat records (correctTreatyAction); the shipped data is version 1. */
  @Field(() => Int, { description: 'Increases with every correction; send it back to correct the action.' })
  @Property({ type: 'integer', version: true, default: 1 })
  version: Opt<number> = 1;
}
