import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../kernel/graphql/connection';
import { DateScalar } from '../../kernel/graphql/scalars';
import { AttRegion, Language, DatePrecision, MAX_STATES, ParticipationStatus, REGION_COUNT } from './enums';
import { CountBasis, FactCertainty } from './dataset';
import { PriorityTier } from '../universalization/enums';
import { State } from './state.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('PartialDate', {
  description:
    'A date known to the day, to the year, or not at all. `earliest` and `latest` always bound it, ' +
    "from the treaty's own rules (signature 3 Jun 2013 to 23 Dec 2014; entry into force 90 days after deposit) " +
    'and from the date by which the data observed each status.',
})
export class PartialDate {
  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: 'The day, when it is known.' })
  date!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year, when it is known.' })
  year!: number | null;

  @Field(() => DateScalar)
  earliest!: string;

  @Field(() => DateScalar)
  latest!: string;
}

export enum StateOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  CONSENT_DATE = 'CONSENT_DATE',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(StateOrderField, {
  valuesConfig: {
    CODE: { description: 'The ISO 3166-1 alpha-3 code.' },
    CONSENT_DATE: { description: "The date of the state's consent to be bound." },
    NAME: { description: 'The English name.' },
  },
  name: 'StateOrderField',
  description:
    'NAME orders by the UN name in the language of `StateOrder.language` (its collation: pinyin for Chinese, and so on); CONSENT_DATE by the deposit date (a year-only date at its first day; states with an unknown date or none last).',
});
registerEnumType(OrderDirection, {
  valuesConfig: {
    ASC: { description: 'Ascending.' },
    DESC: { description: 'Descending.' },
  },
  description: 'The direction of an order.',
  name: 'OrderDirection',
});

@InputType('StateOrder', { description: 'The order of a list of states.' })
export class StateOrder {
  @Field(() => StateOrderField, { description: 'What the states are ordered by (default: name).' })
  field!: StateOrderField;

  @Field(() => OrderDirection, { description: 'Ascending (default) or descending.', defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;

  // Nullable rather than defaulted: the compiled execution (graphql-jit) rejects a variable that leaves out a defaulted non-null input field.
  @Field(() => Language, { nullable: true, description: 'Whose names, and whose collation, NAME orders by (English when null).' })
  language?: Language | null;
}

@InputType('StateFilter', { description: 'Narrows a list of states.' })
export class StateFilter {
  @Field(() => AttRegion, { description: 'Only the states of this region.', nullable: true })
  region?: AttRegion | null;

  @Field(() => ParticipationStatus, {
    nullable: true,
    description: 'States whose status on `statusAsOf` is certainly this one.',
  })
  status?: ParticipationStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only states whose status on `statusAsOf` the data cannot decide; false: only those it can.',
  })
  statusUndetermined?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day for `status` and `statusUndetermined` (default today).' })
  statusAsOf?: Date | null;

  @Field(() => Boolean, { description: 'Only members (true) or non-members (false) of the United Nations.', nullable: true })
  unMember?: boolean | null;

  @Field(() => PriorityTier, {
    nullable: true,
    description:
      "States whose current priority tier is this one. Needs the right to read State.currentPriority; matches only the states whose tier the viewer may see.",
  })
  priorityTier?: PriorityTier | null;
}

@ObjectType('StateConnection', { description: 'A page of states (Relay cursor connection).' })
export class StateConnection extends Connection('State', State) {}

@ObjectType('ParticipationCounts')
abstract class ParticipationCounts {
  @Field(() => Int, { description: 'States certainly party on the day (instrument deposited).' })
  statesParties!: number;

  @Field(() => Int, { description: 'States certainly signatory, not party, on the day.' })
  signatories!: number;

  @Field(() => Int, {
    description:
      'States certainly neither on the day. Includes the Holy See (Europe), a UN observer state that has not joined: the ATT ' +
      "Secretariat's published counts cover 195 states and leave it out, so its \"not joined\" figure is one less.",
  })
  nonSignatories!: number;

  @Field(() => Int, {
    description: 'States whose status on the day the data cannot decide (a date known only to the year, or not at all).',
  })
  undetermined!: number;

  @Field(() => Int, { description: 'States Parties for which the treaty was certainly in force on the day.' })
  inForce!: number;

  @Field(() => Int, { description: 'States Parties for which the data cannot tell whether the treaty was in force yet.' })
  inForceUndetermined!: number;

  @Field(() => Int, {
    description:
      'All states counted: 196 in all, the 193 UN members, the State of Palestine, Niue and the Holy See. The ATT ' +
      "Secretariat counts 195 (without the Holy See, which it does not list), e.g. 116 / 26 / 53 in 2024–25.",
  })
  total!: number;
}

@ObjectType('RegionParticipation', { description: 'How many states of a region are States Parties, signatories or neither.' })
export class RegionParticipation extends ParticipationCounts {
  @Field(() => AttRegion)
  region!: AttRegion;
}

@ObjectType('ParticipationSummary', {
  description:
    'Counts of states by participation status on one day. Counts are of certain statuses; states the data cannot ' +
    'place on that day are counted as `undetermined`, never guessed, so the four counts add up to `total`. A day after ' +
    'the data was compiled (`participationDataSet.compiledOn`) is counted with the last known statuses: `certainty` says so.',
})
export class ParticipationSummary extends ParticipationCounts {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => CountBasis, { description: "Whose count of states: the hub's 196 or the ATT Secretariat's 195." })
  basis!: CountBasis;

  @ListBound(MAX_STATES)
  @Field(() => [String], { description: "ISO3 codes of the hub's states this basis leaves out (VAT, the Holy See, for ATT_SECRETARIAT)." })
  leftOut!: string[];

  @Field(() => FactCertainty, {
    description: 'CERTAIN when the day lies within the data; LAST_KNOWN after the day it was compiled: the last statuses the data knows.',
  })
  certainty!: FactCertainty;

  @Field(() => String, { description: 'What the certainty means for this day, with the compiled date.' })
  certaintyNote!: string;

  @Field(() => AttRegion, { nullable: true, description: 'The region asked for, if any.' })
  region!: AttRegion | null;

  @ListBound(REGION_COUNT)
  @Field(() => [RegionParticipation])
  byRegion!: RegionParticipation[];
}
