import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListBound } from '../../kernel/graphql/field-cost';
import { DateScalar } from '../../kernel/graphql/scalars';
import { MAX_USER_ERRORS, UserError } from '../../kernel/graphql/user-errors';
import { DecisionOutcome } from '../meetings/enums';
import { Meeting } from '../meetings/meeting.entity';
import { TreatyDocument } from '../meetings/treaty-document.entity';
import { AttRegion } from '../participation/enums';
import { Cycle } from './cycle.entity';
import { BodyCode, OfficeKind } from './enums';
import { OfficeHolding } from './office-holding.entity';

@InputType('AppointOfficeHolderInput', { description: 'An appointment to an office of an ATT body.' })
export class AppointOfficeHolderInput {
  @Field(() => BodyCode, { description: 'The body whose office it is.' })
  body!: BodyCode;

  @Field(() => OfficeKind, { description: 'The office.' })
  office!: OfficeKind;

  @Field(() => ID, { nullable: true, description: 'A person the hub knows (e.g. one who signs in); or give personName.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'The name of a person new to the hub, e.g. "Ambassador Jane Doe".' })
  personName?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3 of the state the holder represents.' })
  representingState?: string | null;

  @Field(() => AttRegion, { nullable: true, description: 'The region a Vice-President coordinates or a champion serves.' })
  region?: AttRegion | null;

  @Field(() => String, { nullable: true, description: 'The cycle, e.g. CSP13.' })
  cycle?: string | null;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  validFrom!: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term, when the appointment gives it.' })
  validTo?: Date | null;

  @Field(() => String, { description: 'Where the appointment is recorded, e.g. a decision or letter of the President.' })
  source!: string;

  @Field(() => String, { description: 'A note on the appointment.', nullable: true })
  note?: string | null;
}

@InputType('EndOfficeHoldingInput', { description: 'The end of a term of office, at the version last read.' })
export class EndOfficeHoldingInput {
  @Field(() => ID, { description: 'The global ID of the office holding.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the holding changed since, nothing is changed (CONFLICT).' })
  version!: number;

  @Field(() => DateScalar, { description: 'Last day of the term: the holder keeps the office\'s rights through that day, not after.' })
  validTo!: Date;

  @Field(() => String, { description: 'Where the end is recorded.' })
  source!: string;
}

@InputType('AddCycleInput', { description: 'A new CSP cycle.' })
export class AddCycleInput {
  @Field(() => String, { description: 'e.g. CSP13' })
  code!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the conference, when known.' })
  conferenceFrom?: Date | null;

  @Field(() => DateScalar, { description: 'The conference that closes the cycle.', nullable: true })
  conferenceTo?: Date | null;

  @Field(() => String, { description: 'Where the closing conference meets.', nullable: true })
  place?: string | null;

  @Field(() => String, { description: 'The presidency\'s theme, as stated.', nullable: true })
  theme?: string | null;

  @Field(() => String, { description: 'Where the cycle is set out (a decision, a report).' })
  source!: string;

  @Field(() => String, { description: 'A note on the cycle.', nullable: true })
  note?: string | null;
}

@InputType('AddMeetingInput', { description: 'A new meeting of an ATT body.' })
export class AddMeetingInput {
  @Field(() => BodyCode, { description: 'The body that meets.' })
  body!: BodyCode;

  @Field(() => String, { nullable: true, description: 'e.g. CSP13' })
  cycle?: string | null;

  @Field(() => String, { description: 'The meeting\'s title.' })
  title!: string;

  @Field(() => DateScalar, { description: 'The (first) day of the meeting.' })
  date!: Date;

  @Field(() => DateScalar, { description: 'The last day, for a meeting of several days.', nullable: true })
  endDate?: Date | null;

  @Field(() => String, { description: 'Where the meeting is recorded.' })
  source!: string;
}

@InputType('RegisterDocumentInput', { description: 'A document of an ATT body to register.' })
export class RegisterDocumentInput {
  @Field(() => String, { description: 'The UN-style symbol, e.g. ATT/CSP12.WGTU/2026/CHAIR/900/Conf.Rep.' })
  symbol!: string;

  @Field(() => String, { description: 'The document\'s title.', nullable: true })
  title?: string | null;

  @Field(() => BodyCode, { description: 'The body that issued it.', nullable: true })
  body?: BodyCode | null;

  @Field(() => String, { nullable: true, description: 'e.g. CSP12' })
  cycle?: string | null;

  @Field(() => DateScalar, { description: 'The day it was issued.', nullable: true })
  issuedOn?: Date | null;

  @ListBound(6)
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes of the six UN languages it exists in.' })
  languages?: string[] | null;

  @Field(() => String, { description: 'Where the document is found.' })
  source!: string;
}

@InputType('RecordDecisionOutcomeInput', { description: 'The outcome of a decision, at the version last read.' })
export class RecordDecisionOutcomeInput {
  @Field(() => ID, { description: 'The global ID of the decision.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; if the decision changed since, nothing is changed (CONFLICT).' })
  version!: number;

  @Field(() => DecisionOutcome, { description: 'What the conference did; NOT_RECORDED cannot be recorded.' })
  outcome!: DecisionOutcome;

  @Field(() => String, { description: 'Where it is recorded, e.g. the final report and paragraph.' })
  source!: string;

  @Field(() => String, { description: 'A note on the outcome.', nullable: true })
  note?: string | null;
}

@ObjectType('OfficeHoldingPayload', { description: 'The result of an office holding mutation: the holding as saved, or userErrors saying why nothing was saved.' })
export class OfficeHoldingPayload {
  @Field(() => OfficeHolding, { nullable: true })
  officeHolding!: OfficeHolding | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CyclePayload', { description: 'The result of addCycle: the cycle as saved, or userErrors saying why nothing was saved.' })
export class CyclePayload {
  @Field(() => Cycle, { nullable: true })
  cycle!: Cycle | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('MeetingPayload', { description: 'The result of addMeeting: the meeting as saved, or userErrors saying why nothing was saved.' })
export class MeetingPayload {
  @Field(() => Meeting, { nullable: true })
  meeting!: Meeting | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('DocumentPayload', { description: 'The result of registerDocument: the document as saved, or userErrors saying why nothing was saved.' })
export class DocumentPayload {
  @Field(() => TreatyDocument, { nullable: true })
  document!: TreatyDocument | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
