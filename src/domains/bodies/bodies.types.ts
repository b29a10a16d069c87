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

@InputType('AppointOfficeHolderInput')
export class AppointOfficeHolderInput {
  @Field(() => BodyCode)
  body!: BodyCode;

  @Field(() => OfficeKind)
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

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('EndOfficeHoldingInput')
export class EndOfficeHoldingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => DateScalar, { description: 'Last day of the term: the holder keeps the office\'s rights through that day, not after.' })
  validTo!: Date;

  @Field(() => String, { description: 'Where the end is recorded.' })
  source!: string;
}

@InputType('AddCycleInput')
export class AddCycleInput {
  @Field(() => String, { description: 'e.g. CSP13' })
  code!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the conference, when known.' })
  conferenceFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  conferenceTo?: Date | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  theme?: string | null;

  @Field(() => String)
  source!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('AddMeetingInput')
export class AddMeetingInput {
  @Field(() => BodyCode)
  body!: BodyCode;

  @Field(() => String, { nullable: true, description: 'e.g. CSP13' })
  cycle?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar)
  date!: Date;

  @Field(() => DateScalar, { nullable: true })
  endDate?: Date | null;

  @Field(() => String)
  source!: string;
}

@InputType('RegisterDocumentInput')
export class RegisterDocumentInput {
  @Field(() => String, { description: 'The UN-style symbol, e.g. ATT/CSP12.WGTU/2026/CHAIR/900/Conf.Rep.' })
  symbol!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => BodyCode, { nullable: true })
  body?: BodyCode | null;

  @Field(() => String, { nullable: true, description: 'e.g. CSP12' })
  cycle?: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn?: Date | null;

  @ListBound(6)
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes of the six UN languages it exists in.' })
  languages?: string[] | null;

  @Field(() => String)
  source!: string;
}

@InputType('RecordDecisionOutcomeInput')
export class RecordDecisionOutcomeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => DecisionOutcome, { description: 'What the conference did; NOT_RECORDED cannot be recorded.' })
  outcome!: DecisionOutcome;

  @Field(() => String, { description: 'Where it is recorded, e.g. the final report and paragraph.' })
  source!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('OfficeHoldingPayload')
export class OfficeHoldingPayload {
  @Field(() => OfficeHolding, { nullable: true })
  officeHolding!: OfficeHolding | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CyclePayload')
export class CyclePayload {
  @Field(() => Cycle, { nullable: true })
  cycle!: Cycle | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('MeetingPayload')
export class MeetingPayload {
  @Field(() => Meeting, { nullable: true })
  meeting!: Meeting | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('DocumentPayload')
export class DocumentPayload {
  @Field(() => TreatyDocument, { nullable: true })
  document!: TreatyDocument | null;

  @ListBound(MAX_USER_ERRORS)
  @Field(() => [UserError])
  userErrors!: UserError[];
}
