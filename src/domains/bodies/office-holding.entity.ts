import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import type { Organisation } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import type { State } from '../participation/state.entity';
import { BodyCode, OfficeKind, TermBasis } from './enums';
import type { Person } from './person.entity';

/**
 * Who held which office of which body, from when to when. Rights that come from an office
 * hold only while the term runs: the viewer is built from the holdings valid on the day.
 * The record says how each end of the term is known (SOURCED, DERIVED by the rules, UNKNOWN),
 * and an office whose holder no source names has no person: unknown stays unknown.
 */
@Entity({ tableName: 'office_holding' })
@Index({ properties: ['person', 'validFrom'] })
@ObjectType('OfficeHolding', { description: 'Someone holding an office in an ATT body (or as a state\'s contact) for a term.', implements: Node })
export class OfficeHolding extends VersionedRecord {
  @ManyToOne({ entity: 'Person', fieldName: 'person_id', deleteRule: 'cascade', nullable: true })
  person?: Rel<Person> | null;

  @Field(() => BodyCode, { nullable: true, description: 'null for a national point of contact.' })
  @Enum({ items: () => BodyCode, type: 'string', nullable: true })
  body?: BodyCode | null;

  @Field(() => OfficeKind)
  @Enum({ items: () => OfficeKind, type: 'string' })
  office!: OfficeKind;

  @Field(() => String, { nullable: true, description: 'The CSP cycle, e.g. CSP9 (from CSP8 to CSP9).' })
  @Property({ type: 'string', length: 16, nullable: true })
  cycle?: string | null;

  @Field(() => AttRegion, { nullable: true, description: 'The region a Vice-President coordinates or a champion serves.' })
  @Enum({ items: () => AttRegion, type: 'string', nullable: true })
  region?: AttRegion | null;

  @ManyToOne({ entity: 'State', nullable: true, fieldName: 'representing_state_iso3' })
  representingState?: Rel<State> | null;

  @ManyToOne({ entity: 'Organisation', nullable: true, fieldName: 'representing_organisation_id' })
  representingOrganisation?: Rel<Organisation> | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the term; null when only its cycle is known.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term; null while it runs.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Field(() => TermBasis, { nullable: true, description: 'How the first day is known; null on demo records (invented).' })
  @Enum({ items: () => TermBasis, type: 'string', nullable: true })
  startBasis?: TermBasis | null;

  @Field(() => TermBasis, {
    nullable: true,
    description: 'How the last day is known. UNKNOWN with no validTo: the end is not known, so the term is never taken as running today.',
  })
  @Enum({ items: () => TermBasis, type: 'string', nullable: true })
  endBasis?: TermBasis | null;

  @Field(() => String, { nullable: true, description: 'Where the holding comes from (URLs separated by " | ").' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the end of the term comes from, once the Secretariat has recorded it.' })
  @Property({ type: 'text', nullable: true })
  endSource?: string | null;

  @Field(() => String, { nullable: true, description: 'What is known, what is not, and where sources disagree.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}

/** The most holdings listed as current for one region, office or person (a region has one or two Vice-Presidents and a few champions). */
export const MAX_CURRENT_HOLDINGS = 20;

/**
 * The condition for holdings whose term includes `day`: an open end runs on, unless the end is
 * UNKNOWN (a past holding whose end no source gives is not taken as current); an unknown start
 * counts as begun. buildViewer (viewer-rights.ts) states it in SQL too.
 */
export function heldOn(day: string) {
  return {
    $and: [
      { $or: [{ validFrom: null }, { validFrom: { $lte: day } }] },
      {
        $or: [
          { validTo: null, endBasis: null },
          { validTo: null, endBasis: { $ne: TermBasis.UNKNOWN } },
          { validTo: { $gte: day } },
        ],
      },
    ],
  };
}
