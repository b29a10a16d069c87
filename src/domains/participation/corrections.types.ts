import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListBound } from '../../kernel/graphql/field-cost';
import { DateScalar } from '../../kernel/graphql/scalars';
import { MAX_USER_ERRORS, UserError } from '../../kernel/graphql/user-errors';
import { InstrumentType, ProvenanceBasis } from './enums';
import { PartialDate } from './participation.types';
import { TreatyActionCorrection } from './treaty-action-correction.entity';
import { TreatyAction } from './treaty-action.entity';

/** What a treaty action said before or after a correction. */
@ObjectType('TreatyActionFacts', { description: 'What a treaty action said at one moment: its instrument, date, basis, sources and note.' })
export class TreatyActionFactsType {
  @Field(() => InstrumentType, { nullable: true, description: 'For CONSENT; null when not confirmed.' })
  instrument!: InstrumentType | null;

  @Field(() => PartialDate, { description: 'The date as the hub gave it then.' })
  date!: PartialDate;

  @Field(() => ProvenanceBasis, { description: 'How the date was known.' })
  basis!: ProvenanceBasis;

  @ListBound(20)
  @Field(() => [String], { description: 'The ids of the sources cited (Source.id), as written.' })
  sources!: string[];

  @Field(() => String, { nullable: true, description: 'The note then.' })
  note!: string | null;
}

@InputType('CorrectTreatyActionInput', {
  description:
    'A correction to a treaty action, with its source and reason. Give the date as known: `date` (the day), `year` (only the ' +
    'year), or `dateUnknown: true`; leave all three out to keep the date.',
})
export class CorrectTreatyActionInput {
  @Field(() => ID, { description: 'The global ID of the treaty action.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one is a CONFLICT.' })
  version!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day of the action, when the source gives it.' })
  date?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The year of the action, when the source gives only the year.' })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the source shows the date the hub gave is wrong, and gives none.' })
  dateUnknown?: boolean | null;

  @Field(() => InstrumentType, { nullable: true, description: 'For CONSENT: the kind of instrument, when the source gives it.' })
  instrument?: InstrumentType | null;

  @Field(() => String, { nullable: true, description: 'A new note on the action (replaces the old one, which the history keeps).' })
  note?: string | null;

  @Field(() => String, { description: 'The source of the corrected facts, e.g. the depositary notification (C.N.) and its URL.' })
  source!: string;

  @Field(() => String, { description: 'Why the hub was wrong.' })
  reason!: string;
}

@ObjectType('TreatyActionPayload', {
  description: 'The result of correctTreatyAction: the action as corrected and the correction, or userErrors saying why nothing was saved.',
})
export class TreatyActionPayload {
  @Field(() => TreatyAction, { nullable: true })
  treatyAction!: TreatyAction | null;

  @Field(() => TreatyActionCorrection, { nullable: true })
  correction!: TreatyActionCorrection | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
